//! The corrections log: what the article this project started from got wrong, and what the
//! sources say instead.

use yew::prelude::*;

use super::source_link;
use crate::i18n::Key;
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct CorrectionsProps {
    pub data: DataRef,
}

#[component]
pub fn Corrections(props: &CorrectionsProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    html! {
        <section class="panel corrections" aria-labelledby="corrections-title">
            <h2 id="corrections-title">{ lang.t(Key::CorrectionsTitle) }</h2>
            <p class="muted">{ lang.t(Key::CorrectionsIntro) }</p>
            <ol class="corrections-list">
                { for ds.corrections.iter().map(|c| html! {
                    <li id={format!("correction-{}", c.id)}>
                        <p><strong>{ lang.t(Key::Claimed) }</strong>{ &c.claim }</p>
                        <p><strong>{ lang.t(Key::InFact) }</strong>{ &c.correction }</p>
                        <p class="muted">{ lang.fill(Key::CorrectionConfidence, &[("level", lang.confidence(c.confidence))]) }
                            { for c.sources.iter().filter_map(|id| ds.source(id)).enumerate().map(|(i, s)| html! {
                                <>{ if i > 0 { "; " } else { "" } }{ source_link(lang, s) }</>
                            }) }
                        </p>
                    </li>
                }) }
            </ol>
        </section>
    }
}
