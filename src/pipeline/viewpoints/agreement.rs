//! Agreement of two codings of the same positions: plain percent agreement
//! and Cohen's kappa over the four stances, the agreement beyond what the two
//! readers' own stance frequencies would give by chance.

use crate::model::Stance;

const STANCES: [Stance; 4] = [Stance::Agrees, Stance::Disagrees, Stance::Mixed, Stance::Silent];

/// Share of pairs on which the two codings agree, and Cohen's kappa;
/// `(1.0, 1.0)` for no pairs.
pub fn agreement(pairs: &[(Stance, Stance)]) -> (f64, f64) {
    if pairs.is_empty() {
        return (1.0, 1.0);
    }
    let n = pairs.len() as f64;
    let observed = pairs.iter().filter(|(a, b)| a == b).count() as f64 / n;
    let share = |s: Stance, first: bool| {
        pairs.iter().filter(|(a, b)| if first { *a == s } else { *b == s }).count() as f64 / n
    };
    let chance: f64 = STANCES.iter().map(|&s| share(s, true) * share(s, false)).sum();
    let kappa = if chance >= 1.0 { 1.0 } else { (observed - chance) / (1.0 - chance) };
    (observed, kappa)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::*;

    #[test]
    fn perfect_and_chance_agreement() {
        assert_eq!(agreement(&[(Agrees, Agrees), (Silent, Silent)]), (1.0, 1.0));
        // Both readers say "agrees" half the time, independently: kappa 0.
        let (p, k) = agreement(&[(Agrees, Agrees), (Agrees, Silent), (Silent, Agrees), (Silent, Silent)]);
        assert_eq!(p, 0.5);
        assert!(k.abs() < 1e-9);
    }

    /// A worked example: 10 pairs, 8 agreeing; the first reader says agrees
    /// 6 times and silent 4, the second agrees 6, silent 3, mixed 1.
    #[test]
    fn kappa_by_hand() {
        let pairs = [
            (Agrees, Agrees),
            (Agrees, Agrees),
            (Agrees, Agrees),
            (Agrees, Agrees),
            (Agrees, Agrees),
            (Agrees, Mixed),
            (Silent, Silent),
            (Silent, Silent),
            (Silent, Silent),
            (Silent, Agrees),
        ];
        let (p, k) = agreement(&pairs);
        assert_eq!(p, 0.8);
        // chance = 0.6·0.6 + 0.4·0.3 + 0 + 0 = 0.48; kappa = (0.8 − 0.48) / 0.52.
        assert!((k - 0.32 / 0.52).abs() < 1e-9, "{k}");
    }
}
