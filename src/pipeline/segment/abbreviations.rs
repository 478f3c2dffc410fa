//! Word lists that decide whether a full stop after a word ends a sentence.
//! Each list is a *class* of abbreviation, defined by what may follow it:
//! titles precede a name (never an end); abbreviations that precede a number
//! ("No. 7", "Jan. 20") are no end before a digit; item markers ("1.",
//! "iv.", "Q.") open a sentence; the common opening words decide after an
//! initial or an acronym.

/// Abbreviations that come before a name or noun and never end a sentence
/// ("Dr. Rizvi", "St. Petersburg", "Lt. Gen.", "Mt. Fuji").
const TITLES: &[&str] = &[
    "adm", "amb", "brig", "capt", "cdr", "cmdr", "col", "cpl", "cpt", "dr", "fr", "gen", "gov", "hon", "lt",
    "maj", "messrs", "mlle", "mme", "mr", "mrs", "ms", "mt", "pres", "prof", "rep", "rev", "sen", "sgt",
    "st", "supt", "v", "vs",
];

/// Abbreviations that come before a number ("p. 55", "No. 7", "Vol. 21"),
/// months among them ("Jan. 20", "Dec. 31st, 2011").
const BEFORE_NUMBER: &[&str] = &[
    "art", "arts", "ch", "ed", "eds", "fig", "figs", "n°", "no", "nos", "op", "p", "para", "pp", "sec",
    "tel", "vol", "vols", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
];

/// Abbreviations that are followed by more of the same sentence when a
/// bracket follows ("e.g. (see …)"): they never end a sentence before a
/// bracketed lowercase word.
const MID_SENTENCE: &[&str] = &["approx", "cf", "e.g", "esp", "etc", "i.e", "incl", "viz", "vs"];

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

/// True for an abbreviation that does not end a sentence before a bracket.
pub fn is_mid_sentence(word: &str) -> bool {
    MID_SENTENCE.contains(&word.to_lowercase().as_str())
}

/// True for an item marker without its stop or bracket: a number of one to
/// three digits, a roman numeral up to 39 ("iv", "XII"), or one letter
/// ("a", "Q"). At the start of a sentence such a marker labels it ("1. The
/// first item", "Q. What next?") and is never a sentence of its own.
pub fn is_marker(word: &str) -> bool {
    let n = word.chars().count();
    let digits = (1..=3).contains(&n) && word.chars().all(|c| c.is_ascii_digit());
    let letter = n == 1 && word.chars().all(char::is_alphabetic);
    digits || letter || is_roman(word)
}

/// True for a roman numeral from 1 to 39, all in one case ("ii", "XIV").
pub fn is_roman(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    if word.is_empty() || (word != lower && word != word.to_ascii_uppercase()) {
        return false;
    }
    let rest = lower.trim_start_matches('x');
    if lower.len() - rest.len() > 3 {
        return false;
    }
    matches!(rest, "" | "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix") && !lower.is_empty()
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
        assert!(is_before_number("Jan") && is_before_number("Sept") && !is_before_number("June"));
    }

    #[test]
    fn markers() {
        for w in ["1", "12", "100", "a", "Q", "iv", "XII", "xxxix", "V"] {
            assert!(is_marker(w), "{w}");
        }
        for w in ["1000", "ab", "Xi", "iiii", "xxxxi", "", "2015"] {
            assert!(!is_marker(w), "{w}");
        }
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
