//! The corrections log: what the article this project started from got wrong, and what the
//! sources say instead.

use yew::prelude::*;

use super::source_link;
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct CorrectionsProps {
    pub data: DataRef,
}

#[component]
pub fn Corrections(props: &CorrectionsProps) -> Html {
    let ds = props.data.0;
    html! {
        <section class="panel corrections" aria-labelledby="corrections-title">
            <h2 id="corrections-title">{ "Corrections to the starting article" }</h2>
            <p class="muted">{ "This explorer began from a news article about the CSTO and Tajikistan's border. Checking it against the sources found these errors." }</p>
            <ol class="corrections-list">
                { for ds.corrections.iter().map(|c| html! {
                    <li id={format!("correction-{}", c.id)}>
                        <p><strong>{ "Claimed: " }</strong>{ &c.claim }</p>
                        <p><strong>{ "In fact: " }</strong>{ &c.correction }</p>
                        <p class="muted">{ format!("Confidence: {}. Sources: ", c.confidence.label()) }
                            { for c.sources.iter().filter_map(|id| ds.source(id)).enumerate().map(|(i, s)| html! {
                                <>{ if i > 0 { "; " } else { "" } }{ source_link(s) }</>
                            }) }
                        </p>
                    </li>
                }) }
            </ol>
        </section>
    }
}
