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
    /// Words: runs of letters and digits.
    pub words: usize,
    /// Sentences: ended by `.`, `!`, `?`, `:` or a line break; at least one.
    pub sentences: usize,
    /// Words of more than six letters.
    pub long: usize,
    /// The longest words, longest first (at most three, each once).
    pub longest: Vec<String>,
}

/// The LIX of `text`, or `None` when it has fewer than [`MIN_WORDS`] words.
pub fn lix(text: &str) -> Option<Lix> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let long = words.iter().filter(|w| letters(w) > 6).count();
    let sentences = sentences(text).max(1);
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

/// How many sentences `text` has: each `.`, `!`, `?` or `:` that ends a
/// word (not the dot of `t.ex.` inside a sentence when a small letter
/// follows), and each line that ends without one.
fn sentences(text: &str) -> usize {
    let mut count = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let chars: Vec<char> = line.trim_end().chars().collect();
        let mut ended = false;
        for (i, c) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?' | ':') {
                if !c.is_whitespace() {
                    ended = false;
                }
                continue;
            }
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            let at_end = next.is_none();
            let then_capital = next.is_some_and(|c| c.is_uppercase() || c.is_numeric());
            let after_letter = i > 0 && chars[i - 1].is_alphanumeric();
            if after_letter && (at_end || then_capital) && !ended {
                count += 1;
                ended = true;
            }
        }
        if !ended {
            count += 1;
        }
    }
    count
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
        assert_eq!(sentences(text), 2);
    }

    #[test]
    fn short_texts_get_no_score() {
        assert_eq!(lix("Fotboll och kompisar."), None);
    }
}
