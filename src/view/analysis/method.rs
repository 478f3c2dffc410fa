//! How the tags and the analysis were made, how good the tagger is (on the
//! training set, held out, and against a second reader), how the stances
//! were coded, and the downloads.

use leptos::prelude::*;

use crate::present::{kappa_text, percent};
use crate::store::Store;

/// The method part of the panel.
#[component]
pub fn Method() -> impl IntoView {
    let store = expect_context::<Store>();
    let corpus = store.corpus();
    let m = &corpus.method;
    let rows = m
        .scores
        .iter()
        .map(|s| {
            let label = corpus.topic(&s.topic).map(|t| t.label.clone()).unwrap_or_default();
            let held = m.heldout.iter().find(|h| h.topic == s.topic);
            let second = m.second_reading.iter().find(|h| h.topic == s.topic);
            let cell = |x: Option<f32>| x.map_or_else(|| "–".to_string(), |x| format!("{}%", percent(x)));
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>{cell(Some(s.precision))}</td>
                    <td>{cell(Some(s.recall))}</td>
                    <td>{cell(held.map(|h| h.precision))}</td>
                    <td>{cell(held.map(|h| h.recall))}</td>
                    <td>{cell(second.map(|h| h.precision))}</td>
                    <td>{cell(second.map(|h| h.recall))}</td>
                    <td>{s.support}</td>
                </tr>
            }
        })
        .collect_view();
    let labelled = m.labelled_sentences;
    let claims = corpus.viewpoints.len();
    let coding = m.stance_agreement.as_ref().map(|a| {
        format!(
            "Every stance was coded twice, by two readers working apart from the same coding guide; before any adjudication they agreed on {} of {} positions ({}%), Cohen's kappa {}. Each of the {} disagreements was decided on review, with its reason on the record (shown under the claim); {} final stances differ from the first reading, {} from the second.",
            a.agreed,
            a.positions,
            percent(a.agreement),
            kappa_text(a.kappa),
            a.positions - a.agreed,
            a.changed_from_first,
            a.changed_from_second
        )
    });
    view! {
        <div class="method">
            <p>{m.summary.clone()}</p>
            <p>{format!("The {claims} claims and every author's stance on them were made by people reading the texts closely; each stance cites the sentences that support it. Aligned passages and facts are computed by the build and can be wrong.")}</p>
            {coding.map(|t| view! { <p>{t}" "<a href="coding-guide.html">"The coding guide"</a>" says what each stance means."</p> })}
            <table class="scores">
                <caption>{format!("Topic tagger against {labelled} hand-labelled sentences. Training set: the cues were written looking at these very labels. Held out: each article tagged only by the cues that the other articles' labels confirm (leave one article out). Second reader: the tags against labels by a reader who saw neither the cues nor the first labels, never used to write a cue.")}</caption>
                <thead>
                    <tr><td></td><th scope="colgroup" colspan="2">"Training set"</th><th scope="colgroup" colspan="2">"Held out"</th><th scope="colgroup" colspan="2">"Second reader"</th><td></td></tr>
                    <tr><th scope="col">"Topic"</th><th scope="col">"Precision"</th><th scope="col">"Recall"</th><th scope="col">"Precision"</th><th scope="col">"Recall"</th><th scope="col">"Precision"</th><th scope="col">"Recall"</th><th scope="col">"Labelled"</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="downloads">
                "Download: "
                <a href="parallax-grid.csv" download="parallax-grid.csv">"the grid (CSV)"</a>", "
                <a href="parallax-analysis.json" download="parallax-analysis.json">"the whole analysis (JSON)"</a>", "
                <a href="corpus.json" download="corpus.json">"the corpus (JSON)"</a>"."
            </p>
        </div>
    }
}
