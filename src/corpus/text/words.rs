//! Content words for comparing sentences: tokens without stop words or the
//! corpus-wide words that say nothing about a passage ("Pakistan",
//! "Russia", "relations"), lightly stemmed so "helicopters" meets
//! "helicopter" and "pipelines" meets "pipeline".

use super::tokens::tokenize;

const STOP: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "along", "also", "although", "am", "an",
    "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but",
    "by", "can", "could", "did", "do", "does", "during", "each", "either", "even", "ever", "for", "from",
    "further", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "however", "i",
    "if", "in", "into", "is", "it", "its", "itself", "just", "last", "lately", "may", "might", "more",
    "most", "much", "must", "my", "new", "no", "nor", "not", "now", "of", "on", "once", "one", "only", "or",
    "other", "our", "out", "over", "own", "same", "she", "should", "since", "so", "some", "still", "such",
    "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
    "thus", "till", "to", "today", "too", "under", "until", "up", "upon", "very", "was", "expect",
    "expected", "we", "well", "were", "what", "when", "where", "whether", "which", "while", "who", "whom",
    "why", "will", "with", "within", "without", "would", "yet", "you", "your", "s",
];

/// Words every article uses about its subject; they align nothing.
const GENERIC: &[&str] = &[
    "pakistan",
    "pakistani",
    "russia",
    "russian",
    "moscow",
    "islamabad",
    "kremlin",
    "relation",
    "relationship",
    "tie",
    "country",
    "two",
    "side",
    "bilateral",
    "region",
    "regional",
    "year",
    "time",
    "said",
    "wrote",
    "according",
    "term",
];

/// A light English stemmer: plural and a few verb endings.
pub fn stem(word: &str) -> String {
    let w = word;
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    if n > 5 && (w.ends_with("ing") || w.ends_with("ed")) && w.is_ascii() {
        let cut = if w.ends_with("ing") { 3 } else { 2 };
        return w[..n - cut].to_string();
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..n - 1].to_string();
    }
    w.to_string()
}

/// True for a word worth comparing on.
pub fn is_content(word: &str) -> bool {
    word.chars().count() > 1 && !STOP.contains(&word) && !word.chars().all(|c| c.is_ascii_digit())
}

/// The stemmed content words of `text`, in order, with the surface form of each.
pub fn content_words(text: &str) -> Vec<(String, String)> {
    tokenize(text)
        .into_iter()
        .filter(|t| is_content(&t.word))
        .map(|t| (stem(&t.word), text[t.span].to_string()))
        .filter(|(s, _)| !GENERIC.contains(&s.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_plurals_and_endings() {
        assert_eq!(stem("helicopters"), "helicopter");
        assert_eq!(stem("pipelines"), "pipeline");
        assert_eq!(stem("countries"), "country");
        assert_eq!(stem("talks"), "talk");
        assert_eq!(stem("us"), "us");
        assert_eq!(stem("analysis"), "analysis");
    }

    #[test]
    fn drops_stop_and_generic_words() {
        let w: Vec<String> = content_words("Russia and Pakistan signed the gas pipelines deal in 2015.")
            .into_iter()
            .map(|w| w.0)
            .collect();
        assert_eq!(w, ["sign", "gas", "pipeline", "deal"]);
    }
}
