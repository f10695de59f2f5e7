//! Statistics for the yearly BUS follow-up: how many plans, for which
//! children, who does what, and whether the plan was made and followed up
//! as agreed.
//!
//! Only aggregates leave this module: counts, shares and a median, never a
//! name, a number or a free text. Small counts are hidden when the figures
//! are shown ([`Stats::shown`]), so that a child in a small municipality
//! cannot be recognised. The definitions below are the ones in
//! `docs/statistics.md`; the tests check them figure by figure.
//!
//! The files, each using only those before it: `tally` (the splits of the
//! figures and their keys), `count` (which plans count, and what each
//! adds), `suppress` (what would let a child be recognised) and `present`
//! (the rest, in the template's words).

mod count;
mod present;
mod suppress;
mod tally;

pub use count::{Figures, Input, Period, Stats, compute};
pub use present::{Row, Section, Value};
pub use suppress::Shown;
pub use tally::{Ages, ByResponsible, ByStatus, Deviations, Key};
