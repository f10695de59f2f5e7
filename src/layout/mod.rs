//! A small layout engine: blocks of text, tables and boxes → pages of
//! positioned items ([`crate::document`]).
//!
//! It knows page geometry and the font's advances, nothing of SIP and nothing
//! of PDF. Coordinates are points from the top-left corner of the page; `y` of
//! text is its baseline. Text is wrapped at spaces (a word longer than the line
//! is broken), tables size their columns to their content, rows that do not
//! fit move to the next page (or are split by lines when taller than a page),
//! and a table's header row is repeated after a page break. No text is ever
//! dropped: a character the font lacks becomes
//! [`PLACEHOLDER`](crate::font::PLACEHOLDER) and is reported.
//!
//! In phases, one file each. Inline content: `collect` measures it as
//! atoms, `linebreak` breaks them into lines (with `hyphenate`), and
//! `shape` turns each run into items ([`bidi`] orders and shapes what is
//! not simply left to right). Blocks: `flow` places them on `pages`,
//! with `table`, `signature` and `bar` for what is not text;
//! `reading` says what each line is in the document's structure, and
//! [`mirror()`] turns a page right to left.

mod bar;
pub mod bidi;
mod block;
mod collect;
mod compounds;
mod flow;
mod hyphenate;
mod linebreak;
mod mirror;
mod pages;
mod reading;
mod shape;
mod signature;
mod sizes;
mod table;

pub use block::{Block, Cell, Columns, Inline, NO_BREAK_SPACE, Row};
pub use flow::{Laid, layout};
pub use mirror::mirror;
pub use shape::text_items;
pub use sizes::{BODY_SIZE, HEADING_SIZE, LARGE_HEADING_SIZE, LARGE_SIZE, line_height};
pub use table::lines_for_height;
