//! The shared test data of the personnummer implementations in many
//! languages (`tests/data/personnummer-meta/`, MIT, from the
//! `personnummer/meta` repository): every number, every written form.
//!
//! Where sipplan deliberately differs from the data, the case is named here
//! with its reason, and explained in docs/plan-format.md.

use chrono::NaiveDate;
use serde::Deserialize;
use sipplan::personnummer::{IdKind, Personnummer, PersonnummerError};

/// The day the numbers are read against: after every birth date in the data.
fn reference() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn data<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = format!(
        "{}/tests/data/personnummer-meta/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_personnummer_in_all_pins_is_valid() {
    let pins: Vec<String> = data("allPins.json");
    assert_eq!(pins.len(), 41_129);
    let refused: Vec<(&String, PersonnummerError)> = pins
        .iter()
        .filter_map(|pin| {
            Personnummer::parse(pin, reference())
                .err()
                .map(|e| (pin, e))
        })
        .collect();
    assert!(
        refused.is_empty(),
        "{} refused, e.g. {:?}",
        refused.len(),
        &refused[..refused.len().min(5)]
    );
    assert!(pins.iter().all(|pin| {
        Personnummer::parse(pin, reference()).is_ok_and(|n| n.kind() == IdKind::Personnummer)
    }));
}

#[test]
fn every_samordningsnummer_in_all_coords_is_valid_unless_its_day_is_not_in_the_month() {
    let coords: Vec<String> = data("allCoords.json");
    assert_eq!(coords.len(), 2_264);
    let mut unknown_parts = 0;
    let mut not_in_the_month = Vec::new();
    for number in &coords {
        match Personnummer::parse(number, reference()) {
            Ok(n) => {
                assert_eq!(n.kind(), IdKind::Samordningsnummer, "{number}");
                let born = n.birth_date();
                if born.month().is_none() || born.day().is_none() {
                    unknown_parts += 1;
                }
            }
            Err(PersonnummerError::NoSuchDay { .. }) => not_in_the_month.push(number.as_str()),
            Err(e) => panic!("{number}: {e}"),
        }
    }
    // Month 00 and/or day 60: the birth month or day is not known.
    assert_eq!(unknown_parts, 170);
    // Skatteverket does not issue a day beyond the month's length (30
    // February + 60 and the like), although the data lists these as valid
    // (domain brief §5.2): they are refused, saying which day is missing.
    let expected_not_in_the_month = [
        ("192004912388", "31 April 1920"),
        ("193002902397", "30 February 1930"),
        ("193302912385", "31 February 1933"),
        ("193309912388", "31 September 1933"),
        ("194209912387", "31 September 1942"),
        ("194804912386", "31 April 1948"),
        ("195102892386", "29 February 1951"),
        ("195109912385", "31 September 1951"),
        ("195202912381", "31 February 1952"),
        ("196602902394", "30 February 1966"),
        ("197404912383", "31 April 1974"),
        ("197902902399", "30 February 1979"),
        ("198106912382", "31 June 1981"),
        ("198502902391", "30 February 1985"),
        ("199611912388", "31 November 1996"),
        ("200111912382", "31 November 2001"),
        ("200302912381", "31 February 2003"),
        ("200902912385", "31 February 2009"),
        ("201109912384", "31 September 2011"),
        ("201302892383", "29 February 2013"),
        ("201402902397", "30 February 2014"),
        ("201402912388", "31 February 2014"),
        ("201604912384", "31 April 2016"),
        ("201902892387", "29 February 2019"),
    ];
    let expected: Vec<&str> = expected_not_in_the_month.iter().map(|(n, _)| *n).collect();
    assert_eq!(not_in_the_month, expected);
}

/// One case of `list.json`.
#[derive(Deserialize)]
struct Case {
    long_format: String,
    short_format: String,
    separated_format: String,
    separated_long: String,
    valid: bool,
    #[serde(rename = "type")]
    kind: String,
}

#[test]
fn every_case_of_the_list_in_every_written_form_is_judged_as_the_data_says() {
    let cases: Vec<Case> = data("list.json");
    assert_eq!(cases.len(), 14);
    let mut differences = Vec::new();
    for case in &cases {
        for form in [
            &case.long_format,
            &case.short_format,
            &case.separated_format,
            &case.separated_long,
        ] {
            let parsed = Personnummer::parse(form, reference());
            if parsed.is_ok() == case.valid {
                if let Ok(n) = parsed {
                    let kind = if n.kind() == IdKind::Samordningsnummer {
                        "con"
                    } else {
                        "ssn"
                    };
                    assert_eq!(kind, case.kind, "{form}");
                }
                continue;
            }
            differences.push((form.as_str(), parsed.err()));
        }
    }
    // Deliberate difference: `+` marks a person of 100 or more in the
    // 10-digit form, where the century is not written. A 12-digit number
    // states its century, so a `+` in it is a contradiction and refused (and
    // a child's plan treats any `+` number as an error, SIP042).
    assert_eq!(
        differences,
        [
            ("19090527+1474", Some(PersonnummerError::PlusWithCentury)),
            ("19090121+9931", Some(PersonnummerError::PlusWithCentury)),
        ]
    );
}
