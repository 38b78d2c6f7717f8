//! The detail of the selected record: what happened, when it was announced and when it took
//! effect, sources as links, confidence and any conflict between sources. A labelled region,
//! closed by its button or by Esc.

use yew::prelude::*;

use super::source_link;
use crate::i18n::Key;
use crate::model::detail::detail;
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct DetailPanelProps {
    pub data: DataRef,
    pub selected: String,
    pub on_close: Callback<()>,
}

#[component]
pub fn DetailPanel(props: &DetailPanelProps) -> Html {
    let lang = props.data.lang;
    let Some(d) = detail(&props.data.ds, lang, &props.selected) else {
        return html! {};
    };
    let onclick = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <aside id="detail" class="detail-panel" aria-labelledby="detail-title" data-record={d.id.clone()}>
            <div class="detail-head">
                <p class="detail-kind">{ &d.kind }{ d.subject.as_ref().map(|s| format!(" · {s}")).unwrap_or_default() }</p>
                <button type="button" class="close-button" {onclick} aria-label={lang.t(Key::CloseDetails)}>{ "×" }</button>
            </div>
            <h2 id="detail-title">{ &d.title }</h2>
            <dl class="detail-dates">
                { for d.dates.iter().map(|l| html! {
                    <><dt>{ &l.label }</dt><dd><time datetime={l.datetime.clone()}>{ &l.text }</time></dd></>
                }) }
            </dl>
            <p>{ &d.description }</p>
            if !d.facts.is_empty() {
                <dl class="detail-facts">
                    { for d.facts.iter().map(|(k, v)| html! {
                        <>
                            <dt>{ k }</dt><dd>{ v }</dd>
                            // The source's own words stand right under the value they back.
                            if k == lang.t(Key::FactValue) {
                                if let Some(w) = &d.wording {
                                    <dt>{ &w.label }</dt>
                                    <dd class="source-words"><q lang={w.lang.clone()}>{ &w.text }</q>
                                        { w.source.map(|s| format!(" {}", lang.fill(Key::SourceWordsBy, &[("publisher", &s.publisher)]))).unwrap_or_default() }</dd>
                                }
                            }
                        </>
                    }) }
                </dl>
            }
            <p class={classes!("confidence", format!("confidence-{}", d.confidence.key()))}>
                { lang.fill(Key::ConfidenceLine, &[("level", lang.confidence(d.confidence))]) }
            </p>
            if let Some((note, sources)) = &d.conflict {
                <div class="conflict" role="note">
                    <h3>{ lang.t(Key::SourcesDisagree) }</h3>
                    <p>{ note }</p>
                    <ul>{ for sources.iter().map(|s| html! { <li>{ source_link(lang, s) }</li> }) }</ul>
                </div>
            }
            <h3>{ lang.t(Key::SourcesHeading) }</h3>
            <ul class="detail-sources">
                { for d.sources.iter().map(|s| html! { <li>{ source_link(lang, s) }</li> }) }
            </ul>
        </aside>
    }
}
