//! "Cite this": the dataset's version, as-of date, licence and the SHA-256 of the file as
//! shipped, with a suggested citation line and links to the data file and the corrections log;
//! then "What changed in this version", our own corrections to the data, each with what it
//! said, what it says now, why, and its sources.

use yew::prelude::*;

use super::source_link;
use crate::data::BUNDLED_SHA256;
use crate::i18n::{Key, Lang};
use crate::model::changelog::{self, ChangeEntry};
use crate::state::DataRef;

#[derive(Properties, PartialEq)]
pub struct CiteProps {
    pub data: DataRef,
    pub on_select: Callback<String>,
}

#[component]
pub fn Cite(props: &CiteProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let date = lang.date(ds.as_of);
    let line = crate::export::package::citation(ds, lang);
    let log = changelog::current(ds, lang);
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
                if !log.is_empty() {
                    <li><a href="#changelog-title">{ lang.t(Key::ChangelogLink) }</a></li>
                }
                <li><a href="#corrections-title">{ lang.t(Key::CiteCorrections) }</a></li>
            </ul>
            if !log.is_empty() {
                <h3 id="changelog-title">{ lang.fill(Key::ChangelogTitle, &[("version", log.version)]) }</h3>
                <p class="muted">{ lang.t(Key::ChangelogIntro) }</p>
                // Closed at first: the page's citation stays a panel's length, not ten screens.
                <details class="changelog-corrections">
                    <summary>{ lang.count(Key::ChangelogCorrections, log.corrections.len() as u64, &[]) }</summary>
                    <ol class="changelog" data-testid="changelog">
                        { for log.corrections.iter().map(|entry| change_item(lang, entry, &props.on_select)) }
                    </ol>
                </details>
                if !log.addresses.is_empty() {
                    <details class="changelog-addresses">
                        <summary>{ lang.count(Key::ChangelogAddresses, log.addresses.len() as u64, &[]) }</summary>
                        <ul>{ for log.addresses.iter().map(|s| html! { <li>{ source_link(lang, s) }</li> }) }</ul>
                    </details>
                }
            }
        </section>
    }
}

/// One correction: the record (a button that opens it, where the detail panel can), the field,
/// what it said, what it says, why, and the sources.
fn change_item(lang: Lang, entry: &ChangeEntry, on_select: &Callback<String>) -> Html {
    let change = entry.change;
    let record = if entry.selectable {
        let on_select = on_select.clone();
        let id = change.record.clone();
        html! {
            <button type="button" class="link-button" onclick={Callback::from(move |_: MouseEvent| on_select.emit(id.clone()))}>
                { &entry.record_title }
            </button>
        }
    } else {
        html! { <strong>{ &entry.record_title }</strong> }
    };
    let said = |text: &Option<String>, missing: Key| match text {
        Some(text) => html! { { text } },
        None => html! { <em>{ lang.t(missing) }</em> },
    };
    html! {
        <li id={format!("change-{}", change.id)} data-record={change.record.clone()}>
            <p class="changelog-record">{ record }{ " · " }<code>{ &change.field }</code></p>
            <dl class="changelog-facts">
                <dt>{ lang.t(Key::ChangelogWas) }</dt><dd>{ said(&entry.was, Key::ChangelogAdded) }</dd>
                <dt>{ lang.t(Key::ChangelogNow) }</dt><dd>{ said(&entry.now, Key::ChangelogRemoved) }</dd>
                <dt>{ lang.t(Key::ChangelogWhy) }</dt><dd>{ &change.why }</dd>
                <dt>{ lang.t(Key::ChangelogSources) }</dt>
                <dd>{ for entry.sources.iter().enumerate().map(|(i, s)| html! {
                    <>{ if i > 0 { "; " } else { "" } }{ source_link(lang, s) }</>
                }) }</dd>
            </dl>
        </li>
    }
}
