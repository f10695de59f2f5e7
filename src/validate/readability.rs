//! Plain Swedish for the family and the child: LIX hints (SIP057).

use crate::diagnostic::{Code, Diagnostic, FieldPath};
use crate::message::Message;
use crate::msg;
use crate::plan::Plan;

/// Text for the family and the child should be plain Swedish: a hint
/// (SIP057) where its LIX is above 40, with what makes it hard. The
/// child's and the family's words, the goals, the insatser told to the
/// child ("Min plan") and the meeting's question (in the invitation).
pub(super) fn readability(plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut texts: Vec<(FieldPath, &str)> = Vec::new();
    if let Some(text) = &plan.views.child {
        texts.push(("views.child".into(), text));
    }
    if let Some(text) = &plan.views.family {
        texts.push(("views.family".into(), text));
    }
    if let Some(text) = &plan.goals.overall {
        texts.push(("goals.overall".into(), text));
    }
    for (i, goal) in plan.goals.short_term.iter().enumerate() {
        texts.push((FieldPath::from("goals.short_term").index(i), goal));
    }
    for (i, action) in plan.actions.iter().enumerate() {
        if let Some(text) = &action.child_text {
            texts.push((
                FieldPath::from("actions").index(i).field("child_text"),
                text,
            ));
        }
    }
    if let Some(question) = &plan.meeting.question {
        texts.push(("meeting.question".into(), question));
    }
    for (path, text) in texts {
        let Some(lix) = crate::lix::lix(text).filter(|l| l.score as f32 > crate::lix::THRESHOLD)
        else {
            continue;
        };
        out.push(readability_hint(path, &lix));
    }
}

/// The SIP057 hint for a text with this score.
fn readability_hint(path: FieldPath, lix: &crate::lix::Lix) -> Diagnostic {
    let per_sentence = (lix.words as f32 / lix.sentences as f32).round() as u32;
    let long_share = (100.0 * lix.long as f32 / lix.words as f32).round() as u32;
    let longest = match lix.longest.is_empty() {
        true => "none".to_owned(),
        false => lix.longest.join(", "),
    };
    Diagnostic::new(
        Code::Sip057,
        path,
        msg!(
            "sip057",
            band = Message::new(crate::lix::band(lix.score)),
            score = lix.score,
            per_sentence = per_sentence,
            long_share = long_share,
            longest = longest
        ),
    )
    .with_hint(msg!("sip057-hint"))
}
