//! Any text and reference date: parsing never panics, and what parses
//! prints back in a form that parses to the same number.
#![no_main]
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use sipplan::personnummer::Personnummer;

fuzz_target!(|input: (&str, u16, u8, u8)| {
    let (text, year, month, day) = input;
    let Some(reference) = NaiveDate::from_ymd_opt(1800 + i32::from(year % 400), u32::from(month % 12) + 1, u32::from(day % 28) + 1) else {
        return;
    };
    if let Ok(n) = Personnummer::parse(text, reference) {
        let again = Personnummer::parse(&n.to_string(), reference).expect("the printed form parses");
        assert_eq!(n, again);
        assert!(n.birth_date().earliest() <= reference);
        let _ = (n.masked(), n.masked_full(), n.kind());
    }
});
