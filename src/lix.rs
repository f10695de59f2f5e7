//! LIX, läsbarhetsindex (Björnsson 1968): how hard a Swedish text is to
//! read, from the length of its sentences and the share of its long words.
//! LIX = words per sentence + 100 × words of more than six letters / words.
//! Björnsson's scale: under 30 very easy, 30–40 easy, 40–50 medium, 50–60
//! hard, over 60 very hard.
//!
//! A blunt measure: Swedish compounds are long without being hard, so a
//! high score is a hint to look again, never an error.

/// Below this many words a score says little (one long word in a short
/// sentence scores over 50), so shorter texts get none.
pub const MIN_WORDS: usize = 10;

/// Above this, text for a family or a child gets a hint (SIP057).
pub const THRESHOLD: f32 = 40.0;

/// The score of a text and what makes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Lix {
    /// The index, rounded to a whole number.
    pub score: u32,
    /// Words: runs of letters and digits; a time, decimal, ordinal,
    /// abbreviation or address is one.
    pub words: usize,
    /// Sentences: ended by `.`, `!`, `?`, `:`, `…` or a line break (not by
    /// an abbreviation's or an initial's dot); at least one.
    pub sentences: usize,
    /// Words of more than six letters.
    pub long: usize,
    /// The longest words, longest first (at most three, each once).
    pub longest: Vec<String>,
}

/// The LIX of `text`, or `None` when it has fewer than [`MIN_WORDS`] words.
pub fn lix(text: &str) -> Option<Lix> {
    let (words, sentences) = read(text);
    if words.len() < MIN_WORDS {
        return None;
    }
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let long = words.iter().filter(|w| letters(w) > 6).count();
    let sentences = sentences.max(1);
    let score = words.len() as f32 / sentences as f32 + 100.0 * long as f32 / words.len() as f32;
    let mut longest: Vec<&str> = words.clone();
    longest.sort_by_key(|w| std::cmp::Reverse(letters(w)));
    let mut shown: Vec<String> = Vec::new();
    for word in longest.into_iter().filter(|w| letters(w) > 6) {
        if shown.len() == 3 {
            break;
        }
        if !shown.iter().any(|s| s.eq_ignore_ascii_case(word)) {
            shown.push(word.to_owned());
        }
    }
    Some(Lix {
        score: score.round() as u32,
        words: words.len(),
        sentences,
        long,
        longest: shown,
    })
}

/// Swedish abbreviations written with dots: each one word, and its dot
/// ends no sentence (`t.ex. Karin`, `kl. 14.30`, `4 kap. 1 §`).
const ABBREVIATIONS: &[&str] = &[
    "t.ex.", "bl.a.", "m.m.", "o.s.v.", "osv.", "d.v.s.", "dvs.", "s.k.", "p.g.a.", "pga.",
    "t.o.m.", "fr.o.m.", "m.fl.", "f.d.", "e.d.", "o.d.", "kl.", "ca.", "cirka.", "kap.", "st.",
    "nr.", "tel.", "resp.", "ev.", "jfr.", "obs.", "enl.", "inkl.", "exkl.", "ang.", "dr.", "fr.",
    "t.", "s.", "f.", "ff.", "bil.", "mån.", "tis.", "ons.", "tors.", "fre.", "lör.", "sön.",
    "jan.", "feb.", "aug.", "sept.", "okt.", "nov.", "dec.", "u.a.", "i.st.f.",
];

/// The words of `text` and how many sentences it has. A word is a run of
/// letters and digits; a time (`14.30`), a decimal (`1,5`), an ordinal
/// (`2:a`), an abbreviation (`t.ex.`) and an e-mail or web address are one
/// word each. A sentence ends with `.`, `!`, `?`, `:` or `…` before a
/// capital or a digit, at a line's end, or at the text's end; never with
/// the dot of an abbreviation or of an initial (`K. Berg`).
fn read(text: &str) -> (Vec<&str>, usize) {
    let mut words = Vec::new();
    let mut sentences = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let tokens: Vec<&str> = line.split_whitespace().collect();
        let mut ended = false;
        for (i, token) in tokens.iter().enumerate() {
            let token = token.trim_matches(|c: char| "()[]{}\"'«»“”‘’,;".contains(c));
            let body = token.trim_end_matches(['.', '!', '?', ':', '…']);
            let ends_with_stop = body.len() < token.len();
            let lower = token.to_lowercase();
            let abbreviation = ABBREVIATIONS.contains(&lower.as_str())
                || is_initial(body, token)
                || is_dotted_abbreviation(&lower);
            let before = words.len();
            if abbreviation {
                words.push(token);
            } else if body.contains('@') || body.contains("://") || body.starts_with("www.") {
                words.push(body);
            } else {
                words.extend(split_words(body));
            }
            if words.len() > before {
                ended = false;
            }
            let next = tokens.get(i + 1).and_then(|t| {
                t.trim_start_matches(|c: char| !c.is_alphanumeric())
                    .chars()
                    .next()
            });
            let then_capital = next.is_some_and(|c| c.is_uppercase() || c.is_numeric());
            let stops = ends_with_stop && (!abbreviation || next.is_none());
            if stops && (next.is_none() || then_capital) && !ended && !words.is_empty() {
                sentences += 1;
                ended = true;
            }
        }
        if !ended {
            sentences += 1;
        }
    }
    (words, sentences)
}

/// An initial: one capital letter and its dot (`K.` in `K. Berg`).
fn is_initial(body: &str, token: &str) -> bool {
    let mut chars = body.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_none()
        && token.len() == body.len() + 1
}

/// Letters in groups of at most three, each ended by a dot, two groups
/// or more (`o.s.v.`, `p.g.a.`): an abbreviation not in the list.
fn is_dotted_abbreviation(lower: &str) -> bool {
    let groups: Vec<&str> = lower.split('.').collect();
    groups.len() >= 3
        && groups.last() == Some(&"")
        && groups[..groups.len() - 1]
            .iter()
            .all(|g| (1..=3).contains(&g.chars().count()) && g.chars().all(char::is_alphabetic))
}

/// The words of a token: runs of letters and digits (and hyphens inside a
/// word), where digits joined by `.`, `,` or `:` stay one word (`14.30`,
/// `1,5`, `2:a`).
fn split_words(body: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let joins_digits = matches!(c, '.' | ',' | ':')
            && k > 0
            && chars[k - 1].1.is_numeric()
            && chars.get(k + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        let inner_hyphen = c == '-'
            && start.is_some()
            && chars.get(k + 1).is_some_and(|(_, n)| n.is_alphanumeric());
        let in_word = c.is_alphanumeric() || joins_digits || inner_hyphen;
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                words.push(&body[from..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push(&body[from..]);
    }
    words
}

/// Björnsson's name for the band a score falls in, as a message id.
pub fn band(score: u32) -> &'static str {
    match score {
        0..30 => "lix-very-easy",
        30..40 => "lix-easy",
        40..50 => "lix-medium",
        50..60 => "lix-hard",
        _ => "lix-very-hard",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sentences_of_short_words_score_low() {
        // 13 words, 3 sentences, no word of more than six letters
        // ("kompis" and "morgon" have six): 13 / 3 + 0 = 4.3.
        let l = lix("Jag vill ha en kompis. Jag vill sova. Vi ses i morgon igen!").unwrap();
        assert_eq!((l.words, l.sentences, l.long, l.score), (13, 3, 0, 4));
        assert!(l.longest.is_empty());
    }

    #[test]
    fn official_swedish_scores_high_and_names_its_longest_words() {
        let text = "Samordningsansvarig verksamhet ansvarar för uppföljningen av insatserna enligt överenskommelsen mellan huvudmännen.";
        let l = lix(text).unwrap();
        // 11 words, 1 sentence, 7 of more than six letters ("enligt" and
        // "mellan" have six): 11 / 1 + 100 × 7 / 11 = 74.6.
        assert_eq!((l.words, l.sentences, l.long), (11, 1, 7));
        assert_eq!(l.score, 75);
        assert_eq!(
            l.longest,
            ["Samordningsansvarig", "överenskommelsen", "uppföljningen"]
        );
        assert_eq!(band(l.score), "lix-very-hard");
    }

    #[test]
    fn an_everyday_text_scores_easy() {
        let text = "Elsa går i skolan varje dag och tycker om sin lärare. \
                    Hon behöver hjälp med matematiken, läsningen och kompisarna på rasterna.";
        let l = lix(text).unwrap();
        // 21 words, 2 sentences, 5 of more than six letters (behöver,
        // matematiken, läsningen, kompisarna, rasterna; "skolan", "tycker"
        // and "lärare" have six): 21 / 2 + 100 × 5 / 21 = 34.3.
        assert_eq!((l.words, l.sentences, l.long), (21, 2, 5));
        assert_eq!(l.score, 34);
        assert_eq!(band(l.score), "lix-easy");
    }

    #[test]
    fn abbreviations_and_line_breaks_are_counted_as_swedish_readers_read_them() {
        let text = "Vi träffas t.ex. på skolan eller hemma\nsedan ringer vi till BUP om tiden";
        // "t.ex." is followed by a small letter: no sentence end; the line
        // break ends the first sentence and the text's end the second.
        assert_eq!(read(text).1, 2);
    }

    #[test]
    fn abbreviations_initials_times_decimals_ordinals_and_addresses_count_as_bjornsson_counts() {
        // Text, then words, sentences and long words counted by hand
        // (Björnsson: O / M + 100 × L / O).
        let cases: [(&str, usize, usize, usize); 10] = [
            (
                "Vi ses kl. 14.30 på skolan och pratar om hur det går för Elsa.",
                14,
                1,
                0,
            ),
            (
                "Ta med något att visa, t.ex. Karin har bilder från skolan i år.",
                13,
                1,
                0,
            ),
            (
                "Skriv till anna.svensson@exempelstad.example.se om ni vill ändra tiden för mötet.",
                10,
                1,
                1,
            ),
            (
                "Enligt 4 kap. 1 § socialtjänstlagen ska barnets bästa alltid komma först här.",
                12,
                1,
                2,
            ),
            (
                "Ring K. Berg på skolan om det blir sjukdom eller andra hinder.",
                12,
                1,
                1,
            ),
            (
                "Vi vet inte än... Det kan bli svårt att hinna till mötet i tid.",
                14,
                2,
                0,
            ),
            (
                "Vi pratar bl.a. om sömn, mat, skola m.m. och hur Elsa mår hemma.",
                13,
                1,
                0,
            ),
            (
                "Elsa sover 1,5 timmar mindre än andra barn i hennes klass varje natt.",
                13,
                1,
                0,
            ),
            (
                "Elsa går i 2:a klass och tycker om att läsa böcker med sin pappa.",
                14,
                1,
                0,
            ),
            (
                "Läs mer på https://www.exempelkommun.se/sip innan ni kommer till mötet på fredag.",
                11,
                1,
                1,
            ),
        ];
        for (text, words, sentences, long) in cases {
            let l = lix(text).unwrap();
            let formula = words as f32 / sentences as f32 + 100.0 * long as f32 / words as f32;
            assert_eq!(
                (l.words, l.sentences, l.long),
                (words, sentences, long),
                "{text}"
            );
            assert!(
                (l.score as f32 - formula).abs() <= 1.0,
                "{text}: {}",
                l.score
            );
        }
    }

    #[test]
    fn short_texts_get_no_score() {
        assert_eq!(lix("Fotboll och kompisar."), None);
    }
}
