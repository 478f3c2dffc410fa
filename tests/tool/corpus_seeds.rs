//! The corpus tool on the real seeds: what the cleaned articles must look
//! like, what must be kept, and that the output is deterministic.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use parallax::model::{Article, Basis, Corpus, ReportKind};
use parallax::pipeline::{build, output, Inputs};

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn corpus() -> Corpus {
    build(&Inputs::from_dir(seeds())).expect("the seeds build")
}

fn article<'a>(c: &'a Corpus, id: &str) -> &'a Article {
    c.article(id).unwrap_or_else(|| panic!("no article {id}"))
}

fn body(a: &Article) -> String {
    a.sentences().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ")
}

mod cleaning {
    use super::*;

    #[test]
    fn site_chrome_is_gone() {
        let c = corpus();
        for a in &c.articles {
            let text = body(a);
            for chrome in [
                "homescreen",
                "Can't connect",
                "Got it!",
                "Leave a Reply",
                "bloggers like this",
                "One comment",
                "All Rights Reserved",
                "All rights reserved",
                "PressReader",
                "Newspapers in English",
                "Volume 21 Issue 7",
                "Source: Dunya News",
                "[email",
                "@Amanat222",
            ] {
                assert!(!text.contains(chrome), "{}: {chrome:?} left in the body", a.id);
            }
        }
    }

    #[test]
    fn repeated_paragraph_kept_once() {
        let c = corpus();
        let rizvi = article(&c, "rizvi");
        let opening = "The widespread support in Pakistan for expanding multifaceted relations with China";
        assert_eq!(rizvi.sentences().filter(|s| s.text.starts_with(opening)).count(), 1);
        let dup: Vec<_> = rizvi.report.iter().filter(|r| r.kind == ReportKind::Duplicate).collect();
        assert_eq!(dup.len(), 1);
        assert_eq!(dup[0].line, 9);
    }

    #[test]
    fn sentence_broken_across_page_break_is_rejoined() {
        let c = corpus();
        let sa = article(&c, "south-asia");
        let s =
            sa.sentences().find(|s| s.text.contains("heavy machinery industry")).expect("rejoined sentence");
        assert!(s.text.starts_with("Since the 1950s, Moscow had been a major supplier of weapons to India"));
        let rejoin: Vec<_> = sa.report.iter().filter(|r| r.kind == ReportKind::Rejoin).collect();
        assert_eq!((rejoin.len(), rejoin[0].line, rejoin[0].end_line), (1, 13, 16));
        // The next sentence starts on line 16 of the seed.
        let next = sa.sentences().find(|s| s.text.starts_with("Now, growing Indo-U.S relations")).unwrap();
        assert_eq!(next.line, 16);
    }

    #[test]
    fn missing_space_after_full_stop_is_fixed() {
        let c = corpus();
        let di = article(&c, "diplomatic-insight");
        assert!(di.sentences().any(|s| s.text.ends_with("after December 1991.")));
        assert!(di
            .sentences()
            .any(|s| s.text.starts_with("Bilateral cooperation between Pakistan and Russia")));
        assert!(di.report.iter().any(|r| r.kind == ReportKind::Spacing && r.line == 8));
    }

    #[test]
    fn lost_capital_is_restored_and_recorded() {
        let c = corpus();
        let di = article(&c, "diplomatic-insight");
        assert!(di.sentences().next().unwrap().text.starts_with("The Asian region has great political"));
        assert!(di.report.iter().any(|r| r.kind == ReportKind::Initial && r.line == 5));
    }

    #[test]
    fn truncated_ending_is_flagged_not_hidden() {
        let c = corpus();
        let di = article(&c, "diplomatic-insight");
        assert!(di.sentences().last().unwrap().text.ends_with("Rosa Tam"));
        assert!(di.notes.iter().any(|n| n.kind == "truncated" && n.text.contains("Rosa Tam")));
        for a in c.articles.iter().filter(|a| a.id != "diplomatic-insight") {
            assert!(!a.notes.iter().any(|n| n.kind == "truncated"), "{} is complete", a.id);
        }
    }

    /// Every line of each seed is either in the body (whitespace aside) or
    /// accounted for by a report entry naming that line.
    #[test]
    fn every_body_line_is_kept_or_accounted_for() {
        let c = corpus();
        for a in &c.articles {
            let raw = std::fs::read_to_string(seeds().join(&a.source.file)).unwrap();
            let squashed: String = body(a).chars().filter(|c| !c.is_whitespace()).collect();
            for (i, line) in raw.lines().enumerate() {
                let n = i as u32 + 1;
                let solid: String = line.chars().filter(|c| !c.is_whitespace()).collect();
                if solid.is_empty() {
                    continue;
                }
                let removed = a.report.iter().any(|r| {
                    matches!(r.kind, ReportKind::Chrome | ReportKind::Metadata | ReportKind::Duplicate)
                        && r.line <= n
                        && n <= r.end_line
                });
                if removed {
                    continue;
                }
                // (A restored initial or an inserted space keeps the line a substring.)
                assert!(squashed.contains(&solid), "{}: line {n} lost: {line:?}", a.id);
            }
        }
    }
}

mod metadata {
    use super::*;

    #[test]
    fn silence_is_stated_not_filled() {
        let c = corpus();
        let sa = article(&c, "south-asia");
        assert_eq!(sa.title.value, None);
        assert_eq!(sa.title.basis, Basis::NotStated);
        assert_eq!(sa.authors[0].name, None, "the source names no author");
        assert!(sa.authors[0].display.contains("Unnamed"));
        let news = article(&c, "the-news");
        assert_eq!(news.authors[0].name, None);
        assert_eq!(news.date.basis, Basis::Inferred);
        assert!(news.date.note.as_deref().unwrap_or("").contains("No date"));
        let di = article(&c, "diplomatic-insight");
        assert_eq!((di.date.value.as_deref(), di.date.basis), (None, Basis::NotStated));
        assert_eq!(article(&c, "bokhari").outlet.basis, Basis::NotStated);
    }

    #[test]
    fn stated_metadata_has_evidence_lines() {
        let c = corpus();
        let sa = article(&c, "south-asia");
        assert_eq!(sa.date.value.as_deref(), Some("2017-07"));
        assert_eq!(sa.date.evidence[0].line, 1);
        let rizvi = article(&c, "rizvi");
        assert_eq!(rizvi.authors[0].name.as_deref(), Some("Hasan Askari Rizvi"));
        assert_eq!(rizvi.authors[0].evidence[0].line, 3);
        let di = article(&c, "diplomatic-insight");
        let names: Vec<_> = di.authors.iter().filter_map(|a| a.name.as_deref()).collect();
        assert_eq!(names, ["Muhammad Javed Siddique", "Hira Hafeez"]);
        for a in &c.articles {
            for f in [&a.title, &a.outlet, &a.date] {
                if f.basis != Basis::NotStated {
                    assert!(!f.evidence.is_empty(), "{}: a stated or inferred value needs evidence", a.id);
                }
            }
        }
    }
}

mod segmentation {
    use super::*;

    /// `{article}-p{n}-s{m}`, numbered in order; the sentences of a
    /// quotation of several sentences share one `s{m}` and add `-q{k}`.
    #[test]
    fn ids_are_unique_and_well_formed() {
        let c = corpus();
        let mut seen = BTreeSet::new();
        for a in &c.articles {
            for (pi, p) in a.paragraphs.iter().enumerate() {
                assert_eq!(p.id, format!("{}-p{}", a.id, pi + 1));
                let (mut slot, mut k, mut group) = (0, 0, None::<String>);
                for s in &p.sentences {
                    if s.quotation.is_none() || s.quotation != group {
                        slot += 1;
                        k = 0;
                    }
                    group = s.quotation.clone();
                    let sid = format!("{}-s{slot}", p.id);
                    match &s.quotation {
                        Some(q) => {
                            k += 1;
                            assert_eq!(q, &sid);
                            assert_eq!(s.id, format!("{sid}-q{k}"));
                        }
                        None => assert_eq!(s.id, sid),
                    }
                    assert!(seen.insert(s.id.clone()), "duplicate id {}", s.id);
                }
            }
        }
    }

    #[test]
    fn corpus_abbreviations_do_not_split() {
        let c = corpus();
        let all: Vec<&str> = c.articles.iter().flat_map(|a| a.sentences()).map(|s| s.text.as_str()).collect();
        for whole in [
            "Z.A. Bhutto’s government tried to normalize",
            "Governor of Sindh’s visit to St. Petersburg in October 2017.",
            "Pakistan’s National Security Adviser Lt-General Naseer Khan Janjua led",
            "Pakistan’s support to the U.S sponsored Jihad",
            "according to Russian research fellow Dr Nikolaevna Serenko.",
        ] {
            assert!(all.iter().any(|s| s.contains(whole)), "{whole:?} was split");
        }
    }

    /// Guards issue 14: south-asia-p4-s2 was one 833-character unit, six
    /// sentences of a quoted analyst, all highlighted for trade because one
    /// says "pipeline".
    #[test]
    fn a_quotation_of_several_sentences_is_split_into_its_sentences() {
        let c = corpus();
        let sa = article(&c, "south-asia");
        let quoted: Vec<_> =
            sa.sentences().filter(|s| s.quotation.as_deref() == Some("south-asia-p4-s2")).collect();
        assert_eq!(quoted.len(), 6);
        assert!(
            quoted[0].text.starts_with("He wrote, “A Russian-Pakistani renaissance"),
            "{}",
            quoted[0].text
        );
        assert!(quoted[5].text.ends_with("in the long-term.”"), "{}", quoted[5].text);
        let trade: Vec<&str> =
            quoted.iter().filter(|s| s.topics.iter().any(|t| t == "trade")).map(|s| s.id.as_str()).collect();
        assert_eq!(
            trade,
            ["south-asia-p4-s2-q4", "south-asia-p4-s2-q5"],
            "only the pipeline sentences are on trade"
        );
    }

    /// No highlight unit over 400 characters unless it is one sentence:
    /// the only two are single sentences (read: a list of three components,
    /// and a blueprint of six items joined by semicolons). A new long unit
    /// fails here until someone has read it.
    #[test]
    fn the_long_units_are_single_sentences() {
        let c = corpus();
        let long: Vec<&str> = c
            .articles
            .iter()
            .flat_map(|a| a.sentences())
            .filter(|s| s.text.chars().count() > 400)
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(long, ["the-news-p10-s2", "bokhari-p8-s2"]);
    }
}

mod tagging {
    use super::*;

    #[test]
    fn required_topics_exist() {
        let c = corpus();
        for id in ["india-tilt", "trade", "afghanistan"] {
            assert!(c.topic(id).is_some(), "{id}");
        }
        assert!(c.topics.len() >= 6, "the other topics a reader wants");
    }

    #[test]
    fn every_tag_says_why() {
        let c = corpus();
        for s in c.articles.iter().flat_map(|a| a.sentences()) {
            let reasons: Vec<&str> = s.why.iter().map(|w| w.topic.as_str()).collect();
            assert_eq!(reasons, s.topics.iter().map(String::as_str).collect::<Vec<_>>(), "{}", s.id);
            for w in &s.why {
                let topic = c.topic(&w.topic).unwrap();
                assert!(!w.matched.is_empty());
                if topic.from_claims {
                    // Not tagged by cue: the reason names a claim citing the sentence.
                    let claim = w.cue.strip_prefix("claim: ").expect("names its claim");
                    let v = c.viewpoints.iter().find(|v| v.id == claim).unwrap();
                    assert!(v.positions.iter().any(|p| p.evidence.contains(&s.id)));
                } else {
                    assert!(topic.cues.contains(&w.cue));
                }
            }
        }
    }

    /// The tagger against the hand-labelled set: at least 0.9 precision and
    /// 0.9 recall on every topic, over every sentence of the corpus.
    #[test]
    fn precision_and_recall_at_least_point_nine() {
        let c = corpus();
        let total = c.articles.iter().map(|a| a.sentences().count()).sum::<usize>();
        assert_eq!(c.method.labelled_sentences as usize, total, "every sentence is labelled");
        let scores: BTreeMap<_, _> = c.method.scores.iter().map(|s| (s.topic.as_str(), s)).collect();
        for t in c.topics.iter().filter(|t| !t.from_claims) {
            let s = scores[t.id.as_str()];
            println!("{:12} precision {:.3} recall {:.3} (n={})", t.id, s.precision, s.recall, s.support);
            assert!(s.precision >= 0.9 && s.recall >= 0.9, "{}: P {} R {}", t.id, s.precision, s.recall);
            assert!(s.support >= 10, "{}: too few labelled sentences to measure", t.id);
        }
    }

    /// Issue 14's target: held out (each article tagged by the cues the
    /// other articles' labels confirm), at least 0.9 precision and recall on
    /// the three topics readers need most.
    #[test]
    fn held_out_precision_and_recall_at_least_point_nine_on_the_required_topics() {
        let c = corpus();
        for id in ["india-tilt", "trade", "afghanistan"] {
            let s = c
                .method
                .heldout
                .iter()
                .find(|s| s.topic == id)
                .unwrap_or_else(|| panic!("no held-out score for {id}"));
            println!(
                "{id:12} held out: precision {:.3} recall {:.3} (n={})",
                s.precision, s.recall, s.support
            );
            assert!(s.precision >= 0.9 && s.recall >= 0.9, "{id}: held out P {} R {}", s.precision, s.recall);
        }
        let cue_topics = c.topics.iter().filter(|t| !t.from_claims).count();
        assert_eq!(c.method.heldout.len(), cue_topics, "a held-out score for every topic with cues");
    }

    /// Against the second reader's labels (never used to write a cue), the
    /// tags keep 0.9 on the required topics; the two readers' agreement
    /// (kappa) is reported beside them.
    #[test]
    fn second_reader_figures_on_the_required_topics() {
        let c = corpus();
        for id in ["india-tilt", "trade", "afghanistan"] {
            let s = c.method.second_reading.iter().find(|s| s.topic == id).expect("second-reading score");
            let k = c.method.label_agreement.iter().find(|k| k.topic == id).expect("agreement");
            println!(
                "{id:12} second reader: precision {:.3} recall {:.3}; readers' kappa {:.3}",
                s.precision, s.recall, k.kappa
            );
            assert!(s.precision >= 0.9 && s.recall >= 0.9, "{id}: P {} R {}", s.precision, s.recall);
        }
    }
}

mod analysis {
    use super::*;

    fn sentences_of(g: &parallax::model::Alignment) -> Vec<&str> {
        g.sentences.iter().map(|s| s.sentence.as_str()).collect()
    }

    /// Guards issue 14: the same pair of sentences was listed once per
    /// topic it touches (three times for one pair).
    #[test]
    fn no_two_groups_hold_the_same_sentences() {
        let c = corpus();
        let mut seen = BTreeSet::new();
        for g in &c.alignments {
            let mut ids = sentences_of(g);
            ids.sort();
            assert!(seen.insert(ids.join(" ")), "{} repeats a group", g.id);
            assert!(!g.topics.is_empty());
        }
    }

    /// The paraphrase a lexical match missed: the Soviet war in Afghanistan
    /// as what drove the two apart, said differently by several authors.
    #[test]
    fn the_afghan_war_paraphrases_are_aligned() {
        let c = corpus();
        let found = c.alignments.iter().any(|g| {
            let ids = sentences_of(g);
            ["the-news-p19-s1", "south-asia-p3-s6", "bokhari-p1-s1"].iter().all(|s| ids.contains(s))
        });
        assert!(found, "{:#?}", c.alignments);
    }

    /// A group found by wording shares at least two telling words.
    #[test]
    fn wording_groups_share_two_words() {
        let c = corpus();
        for g in c.alignments.iter().filter(|g| g.claim.is_none()) {
            assert!(g.shared.len() >= 2, "{}: {:?}", g.id, g.shared);
        }
    }

    /// Guards issue 14: both "differs" flags were false alarms (a 2015
    /// agreement against a 2017 delivery; two conferences a year apart).
    #[test]
    fn facts_compare_like_with_like() {
        let c = corpus();
        assert!(c.facts.iter().all(|g| !g.differs), "{:#?}", c.facts);
        for g in &c.facts {
            assert!(!g.event.is_empty(), "{}: a group is an event", g.id);
            let years: BTreeSet<&str> = g.items.iter().map(|i| i.sentence.as_str()).collect();
            assert!(
                !(years.contains("bokhari-p8-s2") && years.contains("rizvi-p4-s1")),
                "two conferences, one group"
            );
        }
        let helicopters =
            c.facts.iter().find(|g| g.subject.contains("helicopters")).expect("the helicopter sale");
        assert!(
            helicopters.items.iter().all(|i| !i.value.contains("2017")),
            "the 2017 delivery is another event"
        );
    }
}

mod output_file {
    use super::*;

    #[test]
    fn same_seeds_same_bytes() {
        let a = output::to_json(&corpus());
        let b = output::to_json(&corpus());
        assert_eq!(a, b);
        let parsed: Corpus = serde_json::from_str(&a).unwrap();
        assert_eq!(parsed.schema_version, parallax::model::SCHEMA_VERSION);
        assert_eq!(parsed.content_hash.len(), 64);
    }

    #[test]
    fn content_hash_covers_the_content() {
        let mut c = corpus();
        let before: Corpus = serde_json::from_str(&output::to_json(&c)).unwrap();
        c.articles[0].paragraphs[0].sentences[0].text.push('!');
        let after: Corpus = serde_json::from_str(&output::to_json(&c)).unwrap();
        assert_ne!(before.content_hash, after.content_hash);
    }
}

/// The claims' two codings (issue 15): agreement recomputed here from the
/// raw files, independently of the build's code.
mod codings {
    use super::*;

    fn raw(file: &str) -> BTreeMap<(String, String), String> {
        let text = std::fs::read_to_string(seeds().join("codings").join(file)).unwrap();
        let doc: toml::Table = toml::from_str(&text).unwrap();
        let mut out = BTreeMap::new();
        for (claim, positions) in doc["codings"].as_table().unwrap() {
            for (article, p) in positions.as_table().unwrap() {
                out.insert((claim.clone(), article.clone()), p["stance"].as_str().unwrap().to_string());
            }
        }
        out
    }

    #[test]
    fn kappa_before_adjudication_is_at_least_three_quarters() {
        let (first, second) = (raw("first.toml"), raw("second.toml"));
        assert_eq!(first.keys().collect::<Vec<_>>(), second.keys().collect::<Vec<_>>(), "the same positions");
        let n = first.len() as f64;
        let agreed = first.iter().filter(|(k, v)| second[*k] == **v).count() as f64;
        let share = |m: &BTreeMap<(String, String), String>, s: &str| {
            m.values().filter(|v| *v == s).count() as f64 / n
        };
        let chance: f64 = ["agrees", "disagrees", "mixed", "silent"]
            .iter()
            .map(|s| share(&first, s) * share(&second, s))
            .sum();
        let kappa = (agreed / n - chance) / (1.0 - chance);
        println!("{} positions, {agreed} agreed ({:.3}), kappa {kappa:.3}", first.len(), agreed / n);
        assert!(kappa >= 0.75, "kappa {kappa}");
        // The build says the same.
        let c = corpus();
        let a = c.method.stance_agreement.as_ref().expect("the build measures agreement");
        assert_eq!(a.positions as usize, first.len());
        assert_eq!(a.agreed as f64, agreed);
        assert!((a.kappa as f64 - kappa).abs() < 0.001, "{} vs {kappa}", a.kappa);
    }

    #[test]
    fn every_position_carries_both_codings_and_every_difference_its_reason() {
        let (first, second) = (raw("first.toml"), raw("second.toml"));
        let c = corpus();
        let word = |s: parallax::model::Stance| parallax::pipeline::viewpoints::stance_word(s).to_string();
        for v in &c.viewpoints {
            for p in &v.positions {
                let key = (v.id.clone(), p.article.clone());
                assert_eq!(
                    p.coded.iter().map(|s| word(*s)).collect::<Vec<_>>(),
                    [first[&key].clone(), second[&key].clone()]
                );
                assert_eq!(p.adjudication.is_some(), first[&key] != second[&key], "{key:?}");
            }
        }
    }

    /// Guards issue 15: a stance was resting on a view the author only
    /// reports (rizvi-p9-s1, "official and non-official circles think").
    #[test]
    fn no_evidence_is_only_reported_speech() {
        let c = corpus();
        for v in &c.viewpoints {
            for p in &v.positions {
                assert!(
                    !p.evidence.iter().any(|e| e == "rizvi-p9-s1"),
                    "{} / {} rests on reported speech",
                    v.id,
                    p.article
                );
            }
        }
    }
}
