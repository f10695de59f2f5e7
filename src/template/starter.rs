//! The commented starter file that `sipplan template init` writes.

use super::model::{SectionRef, Template};
use crate::plan::Requirable;

/// A commented starting file that extends `from` and shows, commented out,
/// everything that can be changed, with the current values of `base`.
pub fn starter(from: &str, base: &Template) -> String {
    let quote = |t: &str| format!("{t:?}");
    let sections: Vec<String> = base
        .sections
        .iter()
        .map(|s| match s {
            SectionRef::Custom(k) => format!("Custom({k:?})"),
            other => format!("{other:?}"),
        })
        .collect();
    let mut out = format!(
        r#"// A municipality's SIP template. It extends "{from}": everything left out
// (or commented out with //) comes from there. Change only what your local
// agreement needs, then run: sipplan template check <this file>
(
    id: "kommun",                        // short id: a–z, 0–9, _
    name: "SIP för barn, Kommunen",      // shown to caseworkers
    version: "1",                        // your own version of this template
    plan_format: 1,                      // the plan file format it is written for
    extends: {extends},

    // Organisations named in the page header:
    // organisations: ["Exempelkommun", "Region Exempel"],

    // A PNG or JPEG logo beside this file (at most 512 KB), printed in the header:
    // logo: "logo.png",

    // Print order; leave a section out to hide it. Child, Consent, Meeting,
    // Actions, Responsibility and FollowUp cannot be left out. Add your own
    // sections as Custom("key").
    // sections: [{sections}],

    // Optional plan fields your agreement makes required. Possible:
    // {requirable}
    // required: ["child.school", "follow_up.caller"],

    // Your own sections: free-text fields and checklists. A plan fills them in
    // under `custom: {{ "skola": {{ "kontakt": "…", "stod": ["anpassningar"] }} }}`.
    // custom_sections: [
    //     (
    //         key: "skola",
    //         heading: "Skolans stöd",
    //         fields: [
    //             (key: "kontakt", label: "Kontaktperson i skolan"),
    //             (key: "stod", label: "Stöd", checklist: [("anpassningar", "Extra anpassningar"), ("sarskilt_stod", "Särskilt stöd")]),
    //         ],
    //     ),
    // ],

    texts: (
        // legal_basis: {legal},
        // consent: {consent},
        // secrecy: "SEKRETESS enligt 26 kap. 1 § OSL – Kommunen",
        // footer: "Kommunen · Socialtjänsten · 000-00 00 00",
    ),

    rules: (
        // Days allowed from consent to the meeting, and the warning's words:
        // consent_to_meeting_days: 21,
        // consent_to_meeting_message: "Enligt vår överenskommelse ska mötet hållas inom {{days}} dagar från samtycket",
        // Usual longest time to the follow-up:
        // follow_up_days: 180,
        // follow_up_message: "Uppföljning ska ske inom {{days}} dagar",
        // The age from which the child gets a signature line when the plan
        // names no signers (0: no line for the child):
        // child_signature_age: 12,
        // Print "Min plan", the child's own page, after every plan:
        // child_page: true,
        // Print the child's personnummer in the invitation (default: no):
        // invitation_personnummer: true,
    ),

    // Every printed word, with its current text. Remove the // in front of
    // the ones you change (and of their group line and closing bracket).
    labels: (
"#,
        extends = quote(from),
        sections = sections.join(", "),
        requirable = Requirable::ALL.map(Requirable::path).join(", "),
        legal = quote(&base.texts.legal_basis),
        consent = quote(&base.texts.consent),
    );
    if let Ok(serde_json::Value::Object(groups)) = serde_json::to_value(&base.labels) {
        for (group, labels) in groups {
            out.push_str(&format!("        // {group}: (\n"));
            if let serde_json::Value::Object(labels) = labels {
                for (key, text) in labels {
                    out.push_str(&format!("        //     {key}: {text},\n"));
                }
            }
            out.push_str("        // ),\n");
        }
    }
    out.push_str("    ),\n)\n");
    out
}
