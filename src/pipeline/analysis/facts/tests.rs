//! Unit tests of `facts`, one per rule or regression.

use super::*;
use crate::pipeline::analysis::fixture;

/// Filler sentences, so that the words of the test sentences are rare
/// in the corpus (a subject is a word specific to a few sentences).
const FILLER: &[&str] = &[
    "The ties between the countries matter.",
    "The countries speak often.",
    "Officials met again.",
    "Ties improved.",
    "Both sides agree on little.",
];

fn with_filler(s: &[&'static str]) -> Vec<&'static str> {
    s.iter().chain(FILLER).copied().collect()
}

/// Guards issue 14: two conferences a year apart were one group, flagged
/// as a disagreement.
#[test]
fn recurring_events_of_different_years_are_different_events() {
    let a = with_filler(&["The delegation attended a security conference in Sochi in April 2018."]);
    let b = with_filler(&["The minister spoke at a security conference in Islamabad in March 2019."]);
    let c = fixture(&[("a", &a), ("b", &b)]);
    assert!(facts(&c).iter().all(|g| !g.differs), "{:?}", facts(&c));
    assert!(facts(&c).iter().all(|g| g.items.iter().map(|i| &i.article).collect::<BTreeSet<_>>().len() < 2));
}

/// Guards issue 14: an agreement of 2015 and a delivery of 2017 were
/// flagged as giving different figures.
#[test]
fn an_agreement_and_a_delivery_are_different_events() {
    let a = with_filler(&["In 2015, the government agreed to sell four helicopters to the navy."]);
    let b = with_filler(&["In 2017, the navy obtained some helicopters from the government."]);
    let c = fixture(&[("a", &a), ("b", &b)]);
    assert!(facts(&c).iter().all(|g| !g.differs), "{:?}", facts(&c));
}

#[test]
fn a_one_off_event_dated_differently_differs_on_its_time() {
    let a = with_filler(&["The government lifted the embargo on steel in 2014."]);
    let b = with_filler(&["The embargo on steel was lifted in 2016 by the government."]);
    let g = facts(&fixture(&[("a", &a), ("b", &b)]));
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].event, "lifting");
    assert!(g[0].differs);
    assert_eq!(g[0].differ_on, ["time of the lifting"]);
    assert_eq!(g[0].items[0].attribute, "year of the lifting");
}

#[test]
fn compatible_values_do_not_differ() {
    let a = with_filler(&["The country joined the alliance in 1955 after long talks."]);
    let b = with_filler(&["The country's joining of the alliance in the early 1950s angered its neighbour."]);
    let g = facts(&fixture(&[("a", &a), ("b", &b)]));
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].event, "joining");
    assert!(!g[0].differs);
}

#[test]
fn counts_of_the_same_thing_differ_when_the_numbers_do() {
    let a = with_filler(&["In 2015, the government agreed to sell four helicopters to the navy."]);
    let b = with_filler(&["In 2015, the government agreed to sell six helicopters to the navy."]);
    let g = facts(&fixture(&[("a", &a), ("b", &b)]));
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].differ_on, ["number of helicopters"]);
}
