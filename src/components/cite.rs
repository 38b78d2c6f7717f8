//! "Cite this": the dataset's version, as-of date, licence and the SHA-256 of the file as
//! shipped, with a suggested citation line and links to the data file and the corrections log.

use yew::prelude::*;

use crate::data::BUNDLED_SHA256;
use crate::i18n::Key;
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct CiteProps {
    pub data: DataRef,
}

#[component]
pub fn Cite(props: &CiteProps) -> Html {
    let (ds, lang) = (props.data.ds, props.data.lang);
    let date = lang.date(ds.as_of);
    let line = crate::export::package::citation(ds, lang);
    html! {
        <section class="panel cite" aria-labelledby="cite-title">
            <h2 id="cite-title">{ lang.t(Key::CiteTitle) }</h2>
            <p class="muted">{ lang.t(Key::CiteIntro) }</p>
            <dl class="cite-facts">
                <dt>{ lang.t(Key::CiteVersion) }</dt><dd>{ &ds.dataset_version }</dd>
                <dt>{ lang.t(Key::CiteCheckedTo) }</dt><dd><time datetime={ds.as_of.iso()}>{ date }</time></dd>
                <dt>{ lang.t(Key::CiteDigest) }</dt><dd><code class="digest" data-testid="digest">{ BUNDLED_SHA256 }</code></dd>
                <dt>{ lang.t(Key::CiteLicence) }</dt><dd>{ &ds.licence }</dd>
            </dl>
            <h3>{ lang.t(Key::CiteSuggested) }</h3>
            <p class="citation" data-testid="citation">{ line }</p>
            <ul class="cite-links">
                <li><a href="data/csto.json">{ lang.t(Key::CiteData) }{ " (JSON)" }</a></li>
                <li><a href="#corrections-title">{ lang.t(Key::CiteCorrections) }</a></li>
            </ul>
        </section>
    }
}
