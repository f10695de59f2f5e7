//! The printed word of each choice of a plan, in a template's labels.
//!
//! One place for every choice → word: the plan, the child's page, the
//! deviation report, the statistics and the browser form all ask here, so
//! they say the same. Each choice lists its variants in order (`ALL`), for
//! checkbox rows and tables that show every option.

use crate::labels::Labels;
use crate::plan::{
    ActionStatus, ConsentForm, Event, FollowUpForm, Huvudman, Participation, Party, Responsible,
};

/// A choice of the plan that a template has a word for.
pub trait Printed {
    /// The word the template prints for this choice.
    fn word<'a>(&'a self, labels: &'a Labels) -> &'a str;
}

impl Printed for ActionStatus {
    fn word<'a>(&'a self, l: &'a Labels) -> &'a str {
        let c = &l.choices;
        match self {
            ActionStatus::Planned => &c.planned,
            ActionStatus::Ongoing => &c.ongoing,
            ActionStatus::Done => &c.done,
            ActionStatus::Changed => &c.changed,
            ActionStatus::Cancelled => &c.cancelled,
        }
    }
}

impl Printed for ConsentForm {
    fn word<'a>(&'a self, l: &'a Labels) -> &'a str {
        match self {
            ConsentForm::Written => &l.choices.written,
            ConsentForm::Oral => &l.choices.oral,
        }
    }
}

impl Printed for Participation {
    fn word<'a>(&'a self, l: &'a Labels) -> &'a str {
        let c = &l.choices;
        match self {
            Participation::WholeMeeting => &c.whole_meeting,
            Participation::PartOfMeeting => &c.part_of_meeting,
            Participation::ThroughRepresentative => &c.through_representative,
            Participation::ThroughLetter => &c.through_letter,
            Participation::DidNotTakePart => &c.did_not_take_part,
        }
    }
}

impl Printed for FollowUpForm {
    fn word<'a>(&'a self, l: &'a Labels) -> &'a str {
        let c = &l.choices;
        match self {
            FollowUpForm::Meeting => &c.meeting,
            FollowUpForm::Digital => &c.digital,
            FollowUpForm::Phone => &c.phone,
        }
    }
}

impl Printed for Huvudman {
    fn word<'a>(&'a self, l: &'a Labels) -> &'a str {
        match self {
            Huvudman::Kommun => &l.choices.kommun,
            Huvudman::Region => &l.choices.region,
        }
    }
}

/// Another actor is printed by its own name (`Försäkringskassan`).
impl Printed for Responsible {
    fn word<'a>(&'a self, l: &'a Labels) -> &'a str {
        let c = &l.choices;
        match self {
            Responsible::Kommun => &c.kommun,
            Responsible::Region => &c.region,
            Responsible::Family => &c.family,
            Responsible::Child => &c.child,
            Responsible::Other(name) => name,
        }
    }
}

impl Printed for Party {
    fn word<'a>(&'a self, l: &'a Labels) -> &'a str {
        match self {
            Party::Kommun => &l.choices.kommun,
            Party::Region => &l.choices.region,
            Party::Other => &l.stats.other_actor,
        }
    }
}

impl Printed for Event {
    fn word<'a>(&'a self, l: &'a Labels) -> &'a str {
        let d = &l.deviation;
        match self {
            Event::NoInitiative => &d.no_initiative,
            Event::PartyAbsent => &d.party_absent,
            Event::MeetingNotHeld => &d.meeting_not_held,
            Event::NotFollowedUp => &d.not_followed_up,
            Event::InformationNotPassed => &d.information_not_passed,
            Event::Other => &d.other,
        }
    }
}
