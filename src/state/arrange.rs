//! Which columns stay where they are when the reader reorders them: the
//! heaviest increasing subsequence of their current places. With equal
//! weights the page moves as few columns as it can; the app weighs the
//! column the reader is working in above all the others together, so it
//! stays put even when that takes more moves (moving an element out of the
//! page and back takes the keyboard focus with it and costs the browser a
//! style update).

/// For columns listed in the wanted order, with `places[k]` the current
/// place of the `k`-th wanted column and `weight(k)` how much keeping it in
/// place is worth, says which columns stay (`true`) and which move. The
/// columns that stay are in increasing current order, so putting each moving
/// column right after the one wanted before it gives the wanted order.
pub fn stay_in_place(places: &[usize], weight: impl Fn(usize) -> usize) -> Vec<bool> {
    let n = places.len();
    // best[k]: the heaviest increasing run ending with column k; from[k]: the one before it.
    let mut best = vec![0usize; n];
    let mut from = vec![None; n];
    for k in 0..n {
        best[k] = weight(k);
        for j in 0..k {
            if places[j] < places[k] && best[j] + weight(k) > best[k] {
                best[k] = best[j] + weight(k);
                from[k] = Some(j);
            }
        }
    }
    let mut stay = vec![false; n];
    let mut at = (0..n).max_by_key(|&k| (best[k], std::cmp::Reverse(k)));
    while let Some(k) = at {
        stay[k] = true;
        at = from[k];
    }
    stay
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moved(places: &[usize], heavy: Option<usize>) -> Vec<usize> {
        let stay = stay_in_place(places, |k| if Some(k) == heavy { places.len() + 1 } else { 1 });
        (0..places.len()).filter(|&k| !stay[k]).collect()
    }

    #[test]
    fn nothing_moves_when_the_order_is_kept() {
        assert!(moved(&[0, 1, 2, 3, 4], None).is_empty());
        assert!(moved(&[], None).is_empty());
    }

    #[test]
    fn a_swap_moves_one_column_and_not_the_focused_one() {
        // Column at place 2 moved one to the left: wanted order 0, 2, 1, 3.
        assert_eq!(moved(&[0, 2, 1, 3], None).len(), 1);
        assert_eq!(moved(&[0, 2, 1, 3], Some(1)), [2], "the focused column (wanted 2nd) stays");
        assert_eq!(moved(&[0, 2, 1, 3], Some(2)), [1], "the focused column (wanted 3rd) stays");
    }

    #[test]
    fn a_column_sent_far_moves_alone() {
        // The last of six brought to the front.
        assert_eq!(moved(&[5, 0, 1, 2, 3, 4], None), [0]);
        // The first sent to the end.
        assert_eq!(moved(&[1, 2, 3, 4, 5, 0], None), [5]);
    }

    #[test]
    fn the_focused_column_stays_even_at_the_cost_of_more_moves() {
        // The first of four sent to the end while the reader works in it:
        // three others move instead of the one.
        assert_eq!(moved(&[1, 2, 3, 0], None), [3]);
        assert_eq!(moved(&[1, 2, 3, 0], Some(3)), [0, 1, 2]);
    }

    #[test]
    fn a_reversal_keeps_one() {
        assert_eq!(moved(&[3, 2, 1, 0], None).len(), 3);
        assert_eq!(moved(&[3, 2, 1, 0], Some(2)), [0, 1, 3]);
    }

    #[test]
    fn what_stays_is_in_increasing_order() {
        let places = [4, 0, 3, 1, 2, 6, 5];
        let stay = stay_in_place(&places, |_| 1);
        let kept: Vec<usize> = (0..places.len()).filter(|&k| stay[k]).map(|k| places[k]).collect();
        assert!(kept.windows(2).all(|w| w[0] < w[1]), "{kept:?}");
        assert_eq!(kept.len(), 4, "0, 1, 2, 5 or 0, 1, 2, 6: the longest");
    }
}
