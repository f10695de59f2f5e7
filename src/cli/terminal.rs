//! What may reach a terminal: text from a plan or a template can hold
//! escape sequences (a window title, a screen clear), typed or pasted in.
//! Every line sipplan shows passes through [`printable`].

/// `text` with each control character but line break, tab and carriage
/// return replaced by `?`, one per byte, so that a text keeps its length
/// and the places in it still fit.
pub(super) fn printable(text: &str) -> String {
    if !text.chars().any(is_hidden) {
        return text.to_owned();
    }
    text.chars()
        .flat_map(|c| match is_hidden(c) {
            true => vec!['?'; c.len_utf8()],
            false => vec![c],
        })
        .collect()
}

/// A C0 or C1 control character (ESC, BEL, CSI, …) other than the line
/// breaks and tabs a text may hold.
fn is_hidden(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t' | '\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_question_marks_of_the_same_length() {
        let text = "A\u{1b}]0;x\u{7}B\u{9b}2J\tC\n";
        let shown = printable(text);
        assert_eq!(shown, "A?]0;x?B??2J\tC\n");
        assert_eq!(shown.len(), text.len());
        assert_eq!(printable("Åsa, 13.30"), "Åsa, 13.30");
    }
}
