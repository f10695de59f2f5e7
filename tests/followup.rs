//! Follow-up meetings: the next revision, what changed, the checks of the
//! history, and the follow-up box on the printed plan.

use crate::common;

use common::{load_plan, pdf_pages_text, root, sipplan, squeeze, text};
use sipplan::followup::{self, Change};
use sipplan::plan::{ActionStatus, PlanDate};
use sipplan::render::Options;

fn date(text: &str) -> PlanDate {
    PlanDate::parse(text).unwrap()
}

#[test]
fn followup_starts_the_next_revision_beside_the_plan_and_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("elsa.ron");
    let original = std::fs::read_to_string(root().join("samples/full.ron")).unwrap();
    std::fs::write(&path, &original).unwrap();
    let output = sipplan(&["followup", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        original,
        "the plan itself is unchanged"
    );

    let next = dir.path().join("elsa-v2.ron");
    let written = std::fs::read_to_string(&next).unwrap();
    // The caseworker's own file, edited: its first comment is still first.
    assert!(written.starts_with(original.lines().next().unwrap()));
    // Until the follow-up is filled in, check lists every placeholder:
    // 3 dates of the revision, a status date and a comment per insats, and
    // the attendance: each of the 7 participants' `present` and how the
    // child took part (the last meeting's attendance is not claimed again).
    let output = sipplan(&["check", next.to_str().unwrap()]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout.matches("[SIP107]").count(),
        3 + 2 * 7 + 7 + 2,
        "{stdout}"
    );
    let (current, frozen) = written.split_at(written.find("history: [").unwrap());
    assert!(!current.contains("Elsa var med den första halvtimmen"));
    assert!(frozen.contains("Elsa var med den första halvtimmen"));
}

#[test]
fn the_next_revision_freezes_the_current_one_and_numbers_the_actions() {
    let plan = load_plan("samples/full.ron");
    let next = followup::next_revision(&plan);
    assert_eq!(next.document.revision, 2);
    assert_eq!(next.history.len(), 1);
    let frozen = &next.history[0];
    assert_eq!(frozen.meeting.date, plan.meeting.date);
    assert!(frozen.history.is_empty());
    let ids: Vec<Option<u32>> = next.actions.iter().map(|a| a.id).collect();
    assert_eq!(ids, (1..=7).map(Some).collect::<Vec<_>>());
    assert_eq!(frozen.actions.iter().map(|a| a.id).collect::<Vec<_>>(), ids);
    // And what it writes reads back as the same plan once filled in.
    let text = sipplan::ron_file::to_ron(&next).unwrap();
    let filled = text
        .replace("\"<YYYY-MM-DD>\"", "\"2027-01-19\"")
        .replace(
            "<vad som sades om insatsen vid uppföljningen>",
            "Som planerat.",
        )
        .replace("<hur barnet deltog i uppföljningsmötet>", "Hela mötet.");
    let source =
        sipplan::source::Source::from_text("v2.ron", &filled, sipplan::source::Format::Ron);
    let back = sipplan::load::parse_plan(&source).unwrap();
    assert_eq!(back.history.len(), 1);
    assert_eq!(back.actions.len(), 7);
}

#[test]
fn followup_refuses_a_plan_with_errors() {
    let output = sipplan(&[
        "followup",
        "tests/bad/plans/sip011-consent-after-meeting.ron",
        "-o",
        "/tmp/never.ron",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output).1.contains("rätta planen innan"));
    assert!(!std::path::Path::new("/tmp/never.ron").exists());
}

#[test]
fn changes_between_revisions_are_found() {
    let plan = load_plan("samples/followed-up.ron");
    let changes = followup::changes(&plan.history[1], &plan);
    assert!(changes.contains(&Change::Cancelled(
        "Föräldrastödsprogram i grupp för båda vårdnadshavarna".into()
    )));
    assert!(changes.contains(&Change::Changed(
        "Kartläggning av sömn och stöd med dygnsrytm".into()
    )));
    assert!(changes.contains(&Change::Coordinator(
        "Anna Svensson".into(),
        "Sofia Nilsson".into()
    )));
    assert!(changes.contains(&Change::FollowUp("2027-04-20".into(), "2027-09-14".into())));
    let first = followup::changes(&plan.history[0], &plan.history[1]);
    assert!(first.contains(&Change::Added(
        "Samtalsstöd kring oro inför högstadiet".into()
    )));
    assert_eq!(
        first
            .iter()
            .filter(|c| matches!(c, Change::Done(_)))
            .count(),
        2
    );
}

#[test]
fn diff_says_what_changed_in_the_templates_language() {
    for (args, name) in [
        (vec!["diff", "samples/followed-up.ron"], "diff_sv"),
        (
            vec!["diff", "samples/followed-up.ron", "--template", "en"],
            "diff_en",
        ),
        (
            vec!["diff", "samples/full.ron", "samples/minimal.ron"],
            "diff_two_files",
        ),
    ] {
        let output = sipplan(&args);
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(0), "{stderr}");
        common::assert_snapshot("followup", name, &stdout);
    }
    let output = sipplan(&["diff", "samples/minimal.ron"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output).1.contains("bara en version"));
}

#[test]
fn the_followed_up_sample_is_valid_at_its_own_time() {
    let output = sipplan(&["check", "samples/followed-up.ron", "--today", "2027-05-01"]);
    let (stdout, _) = text(&output);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout.contains("samples/followed-up.ron: OK\n"), "{stdout}");
}

#[test]
fn a_passed_follow_up_without_a_newer_revision_is_a_warning() {
    let plan = load_plan("samples/full.ron");
    let codes = |today: &str| -> Vec<&str> {
        sipplan::validate::validate_history(&plan, Some(date(today).0))
            .iter()
            .map(|d| d.code.as_str())
            .collect()
    };
    assert!(codes("2027-01-19").is_empty());
    assert_eq!(codes("2027-01-20"), ["SIP094"]);
    let output = sipplan(&["check", "samples/full.ron", "--today", "2027-03-01"]);
    assert_eq!(output.status.code(), Some(0), "a warning only");
    assert!(text(&output).0.contains("[SIP094]"));
}

#[test]
fn a_closed_plan_needs_no_follow_up_but_cannot_close_before_its_meeting() {
    let mut plan = load_plan("samples/full.ron");
    plan.follow_up.closed = Some(date("2027-01-15"));
    let late = sipplan::validate::validate_history(&plan, Some(date("2027-03-01").0));
    assert!(late.is_empty(), "{late:?}");
    assert!(sipplan::validate::validate(&plan).is_empty());
    plan.follow_up.closed = Some(date("2026-01-01"));
    let codes: Vec<&str> = sipplan::validate::validate(&plan)
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert_eq!(codes, ["SIP022"]);
}

#[test]
fn a_closed_plan_is_not_followed_up() {
    let folder = tempfile::tempdir().unwrap();
    let plan = folder.path().join("closed.ron");
    let sample = std::fs::read_to_string(root().join("samples/full.ron")).unwrap();
    let closed = sample.replacen("follow_up: (", "follow_up: (closed: \"2027-01-19\", ", 1);
    assert_ne!(closed, sample);
    std::fs::write(&plan, closed).unwrap();
    let output = sipplan(&["followup", plan.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output).1.contains("planen avslutades 2027-01-19"));
    assert_eq!(
        std::fs::read_dir(folder.path()).unwrap().count(),
        1,
        "nothing written"
    );
    // The printed plan says when it was closed.
    let pdf = folder.path().join("closed.pdf");
    let output = sipplan(&[
        "render",
        plan.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output).1);
    let pages = pdf_pages_text(&std::fs::read(&pdf).unwrap());
    assert!(squeeze(&pages.join(" ")).contains(&squeeze("Planen avslutades: 2027-01-19")));
}

#[test]
fn an_action_left_without_status_at_a_follow_up_is_a_warning() {
    let mut plan = load_plan("samples/followed-up.ron");
    plan.actions[2].status_date = plan.history[1].actions[2].status_date;
    let found = sipplan::validate::validate_history(&plan, None);
    assert_eq!(
        found.iter().map(|d| d.code.as_str()).collect::<Vec<_>>(),
        ["SIP095"]
    );
    assert!(common::sv(&found[0].message).contains("Föräldrastödsprogram"));
    // An action added at this meeting (no id yet) needs no review.
    let mut plan = load_plan("samples/followed-up.ron");
    let mut new = plan.actions[7].clone();
    new.id = None;
    new.status_date = None;
    plan.actions.push(new);
    assert!(sipplan::validate::validate_history(&plan, None).is_empty());
}

#[test]
fn an_action_marked_done_before_its_done_by_date_is_a_warning_whatever_the_clock_says() {
    let mut plan = load_plan("samples/full.ron");
    plan.actions[1].status = ActionStatus::Done; // done by 2027-06-11
    let codes = |plan: &sipplan::plan::Plan, today: &str| -> Vec<&str> {
        sipplan::validate::validate_history(plan, Some(date(today).0))
            .iter()
            .map(|d| d.code.as_str())
            .filter(|c| *c != "SIP094") // the follow-up is overdue by 2030
            .collect()
    };
    // Marked done when the plan was written (2026-09-15): too early.
    for today in ["2026-12-01", "2030-01-01"] {
        assert_eq!(codes(&plan, today), ["SIP096"], "{today}");
    }
    // Marked done on the day it was due: fine, on any day.
    plan.actions[1].status_date = Some(date("2027-06-11"));
    for today in ["2026-12-01", "2030-01-01"] {
        assert!(
            codes(&plan, today).iter().all(|c| *c != "SIP096"),
            "{today}"
        );
    }
}

#[test]
fn the_printed_plan_shows_the_follow_up_box_and_on_request_the_history() {
    let plan = load_plan("samples/followed-up.ron");
    let printed = common::print(&plan, Options::default());
    let all = squeeze(&pdf_pages_text(&printed.pdf).concat());
    assert!(all.contains("Sedanförramötet(2027-01-19):"), "{all}");
    assert!(all.contains(&squeeze("• Föräldrastödsprogram i grupp för båda…: Avbruten – Föräldrastödet är avslutat efter sex träffar.")));
    assert!(all.contains(&squeeze(
        "• Samtalsstöd kring oro inför högstadiet: Pågående"
    )));
    assert!(!all.contains("Planensversioner"));

    let with_history = common::print(
        &plan,
        Options {
            history: true,
            ..Options::default()
        },
    );
    let pages = pdf_pages_text(&with_history.pdf);
    assert_eq!(pages.len(), printed.pages + 1, "one appendix page");
    let appendix = squeeze(pages.last().unwrap());
    assert!(appendix.contains("Planensversioner"));
    for needle in [
        "2026-09-15",
        "2027-01-19",
        "2027-04-20",
        "Nysamordnare:SofiaNilsson(tidigareAnnaSvensson)",
    ] {
        assert!(
            appendix.contains(needle),
            "{needle} missing from the history page"
        );
    }
    // The first revision has no follow-up box.
    let first = followup::revision(&plan, 1).unwrap();
    let all = squeeze(&pdf_pages_text(&common::print(&first, Options::default()).pdf).concat());
    assert!(!all.contains("Sedanförramötet"));
    assert!(all.contains("Version:1"));
}

#[test]
fn an_earlier_revision_prints_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("v2.pdf");
    let output = sipplan(&[
        "render",
        "samples/followed-up.ron",
        "--revision",
        "2",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    let all = squeeze(&pdf_pages_text(&std::fs::read(&out).unwrap()).concat());
    assert!(all.contains("Version:2") && all.contains("Sedanförramötet(2026-09-15):"));
    assert!(all.contains("AnnaSvensson") && !all.contains("SofiaNilsson"));
    let output = sipplan(&[
        "render",
        "samples/followed-up.ron",
        "--revision",
        "9",
        "-o",
        out.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output).1.contains("ingen version 9"));
}

#[test]
fn diff_of_two_childrens_plans_warns_before_it_compares() {
    let output = sipplan(&["diff", "samples/full.ron", "samples/minimal.ron"]);
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("är planer för olika barn"), "{stderr}");
    // It still compares: the two revisions named, then what differs.
    let mut lines = stdout.lines();
    assert_eq!(
        lines.next(),
        Some("Version 1 (2026-09-15) → Version 1 (2026-10-06)"),
        "{stdout}"
    );
    let changes: Vec<&str> = lines.collect();
    assert!(
        changes.iter().any(|l| l.starts_with("Ny insats: ")),
        "{stdout}"
    );
    assert!(
        changes.iter().any(|l| l.starts_with("Borttagen: ")),
        "{stdout}"
    );
    assert!(
        changes.iter().any(|l| l.starts_with("Ny samordnare: ")),
        "{stdout}"
    );

    // The same child's two revisions: no warning.
    let output = sipplan(&["diff", "samples/full.ron", "samples/followed-up.ron"]);
    let (_, stderr) = text(&output);
    assert!(!stderr.contains("olika barn"), "{stderr}");
}

/// The lines of `old` that stay, in order, in `new` (longest common subsequence).
fn kept_lines(old: &[&str], new: &[&str]) -> Vec<bool> {
    let (n, m) = (old.len(), new.len());
    let mut table = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if old[i] == new[j] {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut kept) = (0, 0, vec![false; n]);
    while i < n && j < m {
        if old[i] == new[j] {
            kept[i] = true;
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    kept
}

#[test]
fn followup_edits_the_file_as_written_and_keeps_every_comment_and_untouched_line() {
    for sample in common::SAMPLES {
        let text = std::fs::read_to_string(root().join(sample)).unwrap();
        let format = sipplan::source::Format::from_file_name(sample);
        let source = sipplan::source::Source::from_text(sample, &text, format);
        let plan = sipplan::load::parse_plan(&source).unwrap();
        let next = followup::next_revision_text(&source, &plan).unwrap();

        // Every line stays as it was, except the values that change: the
        // dates, the revision, and the insatser (status, id).
        let old: Vec<&str> = text.lines().collect();
        let new: Vec<&str> = next.lines().collect();
        let kept = kept_lines(&old, &new);
        let actions = source
            .value_span(&sipplan::diagnostic::FieldPath::from("actions"))
            .unwrap();
        let participants = source
            .value_span(&sipplan::diagnostic::FieldPath::from(
                "meeting.participants",
            ))
            .unwrap_or(0..0);
        let child = source
            .value_span(&sipplan::diagnostic::FieldPath::from(
                "meeting.child_participation",
            ))
            .unwrap_or(0..0);
        let mut offset = 0;
        for (line, kept) in old.iter().zip(kept) {
            let in_actions = [&actions, &participants, &child]
                .iter()
                .any(|span| span.contains(&offset));
            offset += line.len() + 1;
            let edited = in_actions
                || [
                    "date",
                    "revision",
                    "status_",
                    "present",
                    "child_participation",
                ]
                .iter()
                .any(|k| line.contains(k));
            if line.trim_start().starts_with("//") || !edited {
                assert!(kept, "{sample}: line changed or lost: {line}");
            }
        }
        assert!(
            !next.contains("implicit_some") || text.contains("implicit_some"),
            "{sample}"
        );

        // With the placeholders filled in, it loads to the expected plan.
        let filled = next
            .replace("<YYYY-MM-DD>", "2027-05-04")
            .replace(
                "<vad som sades om insatsen vid uppföljningen>",
                "Sagt vid mötet.",
            )
            .replace("\"<true om på uppföljningsmötet, annars false>\"", "true")
            .replace(
                "\"<WholeMeeting, PartOfMeeting, ThroughRepresentative, ThroughLetter eller DidNotTakePart>\"",
                match format {
                    sipplan::source::Format::Json => "\"WholeMeeting\"",
                    _ => "WholeMeeting",
                },
            )
            .replace("<hur barnet deltog i uppföljningsmötet>", "Hela mötet.");
        let filled = sipplan::source::Source::from_text(sample, &filled, format);
        let mut loaded =
            sipplan::load::parse_plan(&filled).unwrap_or_else(|d| panic!("{sample}: {d:?}"));
        // The attendance is the follow-up meeting's own, as filled in.
        assert!(loaded.meeting.participants.iter().all(|p| p.present));
        let model = followup::next_revision(&plan);
        loaded.meeting.participants = model.meeting.participants.clone();
        loaded.meeting.child_participation = model.meeting.child_participation.clone();
        let expected = serde_json::to_string(&model)
            .unwrap()
            .replace("1000-01-01", "2027-05-04")
            .replace(
                "<vad som sades om insatsen vid uppföljningen>",
                "Sagt vid mötet.",
            );
        assert_eq!(
            serde_json::to_string(&loaded).unwrap(),
            expected,
            "{sample}"
        );
    }
}

#[test]
fn an_earlier_revision_says_on_every_page_which_version_replaced_it() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("v1.pdf");
    let output = sipplan(&[
        "render",
        "samples/followed-up.ron",
        "--revision",
        "1",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{:?}", text(&output));
    let pages = pdf_pages_text(&std::fs::read(&pdf).unwrap());
    for (i, page) in pages.iter().enumerate() {
        assert!(
            squeeze(page).contains("Ersattavversion2(2027-01-19)"),
            "page {}: {page}",
            i + 1
        );
    }
    // The current revision says nothing of the kind.
    let current = dir.path().join("v3.pdf");
    sipplan(&[
        "render",
        "samples/followed-up.ron",
        "-o",
        current.to_str().unwrap(),
    ]);
    let pages = pdf_pages_text(&std::fs::read(&current).unwrap());
    assert!(pages.iter().all(|p| !p.contains("Ersatt av")));
}
