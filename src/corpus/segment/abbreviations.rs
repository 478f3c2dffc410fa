//! Word lists that decide whether a full stop after a word ends a sentence:
//! titles that precede a name, abbreviations that precede a number, and the
//! common words that start a sentence after an initial or an acronym.

/// Abbreviations that come before a name or noun and never end a sentence
/// ("Dr. Rizvi", "St. Petersburg", "Lt. Gen.", "Mt. Fuji").
const TITLES: &[&str] = &[
    "adm", "amb", "brig", "capt", "cdr", "cmdr", "col", "cpl", "cpt", "dr", "fr", "gen", "gov", "hon", "lt",
    "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "mt", "pres", "prof", "rep", "rev", "sen", "sgt",
    "st", "supt", "v", "vs",
];

/// Abbreviations that come before a number ("p. 55", "No. 7", "Vol. 21").
const BEFORE_NUMBER: &[&str] = &[
    "art", "arts", "ch", "ed", "eds", "fig", "figs", "n°", "no", "nos", "op", "p", "para", "pp", "sec",
    "tel", "vol", "vols",
];

/// Words that commonly open an English sentence. After an initial or a
/// dotted acronym ("the U.S. How…", "you and I. Did…") one of these signals
/// a new sentence; any other capitalised word ("U.S. Government",
/// "Z.A. Bhutto") signals a name that continues the sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "also",
    "although",
    "an",
    "and",
    "are",
    "as",
    "at",
    "because",
    "before",
    "being",
    "both",
    "but",
    "can",
    "could",
    "did",
    "do",
    "does",
    "each",
    "every",
    "for",
    "furthermore",
    "had",
    "has",
    "have",
    "he",
    "hence",
    "her",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "is",
    "it",
    "its",
    "many",
    "meanwhile",
    "millions",
    "more",
    "moreover",
    "most",
    "my",
    "no",
    "not",
    "now",
    "on",
    "our",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "would",
    "yes",
    "yet",
    "you",
    "your",
];

/// True for a title such as "Dr" or "St" (compared case-insensitively).
pub fn is_title(word: &str) -> bool {
    TITLES.contains(&word.to_lowercase().as_str())
}

/// True for an abbreviation that precedes a number, such as "p" or "No".
pub fn is_before_number(word: &str) -> bool {
    BEFORE_NUMBER.contains(&word.to_lowercase().as_str())
}

/// True for a word that commonly starts a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word.to_lowercase().as_str())
}

/// True for an initial ("E", "I") or a dotted acronym without its final
/// stop ("U.S", "a.m", "Z.A", "U.S.A"): one letter, or several groups of one
/// or two letters joined by full stops.
pub fn is_initialism(word: &str) -> bool {
    let groups: Vec<&str> = word.split('.').collect();
    let letters = |g: &&str| {
        let n = g.chars().count();
        (1..=2).contains(&n) && g.chars().all(char::is_alphabetic)
    };
    match groups.len() {
        1 => word.chars().count() == 1 && word.chars().all(char::is_uppercase),
        _ => groups.iter().all(letters),
    }
}

/// True for "a.m" / "p.m" in any case (without the final stop).
pub fn is_time_of_day(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "a.m" | "p.m")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_numbers() {
        assert!(is_title("Dr") && is_title("st") && is_title("Mt"));
        assert!(!is_title("co") && !is_title("Bhutto"));
        assert!(is_before_number("p") && is_before_number("No") && is_before_number("N°"));
    }

    #[test]
    fn initialisms() {
        for w in ["E", "I", "U.S", "U.S.A", "a.m", "P.M", "Z.A", "E.U"] {
            assert!(is_initialism(w), "{w}");
        }
        for w in ["co", "in", "e", "Doe@example", "1026.253.553", "html", "Jr"] {
            assert!(!is_initialism(w), "{w}");
        }
    }

    #[test]
    fn starters() {
        assert!(is_sentence_starter("How") && is_sentence_starter("Did"));
        assert!(!is_sentence_starter("Government") && !is_sentence_starter("Bhutto"));
    }
}
