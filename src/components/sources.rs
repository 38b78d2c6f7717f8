//! Source citations: a link where the source has an http(s) address, plain text otherwise, always
//! with publisher, title and date; and the page's full source list.

use yew::prelude::*;

use super::Later;
use crate::data::Source;
use crate::i18n::{Key, Lang};
use crate::state::DataRef;

/// Only http(s) addresses become links; anything else is shown as text.
fn safe_url(url: &str) -> Option<&str> {
    (url.starts_with("https://") || url.starts_with("http://")).then_some(url)
}

/// The language a source's title is written in, for `lang` on it (WCAG 3.1.2): Russian when it
/// has Cyrillic letters, else English — our bracketed descriptions are English too.
fn title_lang(title: &str) -> &'static str {
    if title.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
        "ru"
    } else {
        "en"
    }
}

pub fn source_link(lang: Lang, source: &Source) -> Html {
    let date = source
        .date
        .map(|d| lang.date(d))
        .unwrap_or_else(|| lang.t(Key::NoDate).to_owned());
    let title = match source.url.as_deref().and_then(safe_url) {
        Some(url) => {
            html! { <a href={url.to_owned()} rel="noopener noreferrer" target="_blank"><span lang={title_lang(&source.title)}>{ &source.title }</span><span class="visually-hidden">{ lang.t(Key::OpensNewTab) }</span></a> }
        }
        None => {
            html! { <span class="source-title" lang={title_lang(&source.title)}>{ &source.title }</span> }
        }
    };
    html! {
        <span class="source">
            <span class="source-publisher" lang={title_lang(&source.publisher)}>{ &source.publisher }</span>{ ", " }
            { title }{ ", " }<span class="source-date">{ date }</span>
            if source.url.is_none() {
                <span class="source-note">{ lang.t(Key::NoAddress) }</span>
            }
            if let Some(note) = &source.note {
                <span class="source-note">{ format!(" — {note}") }</span>
            }
        </span>
    }
}

/// How many sources take over their prerendered DOM in one task while the page hydrates.
const SOURCES_PER_TASK: usize = 30;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub data: DataRef,
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    html! {
        <section class="panel sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ lang.fill(Key::SourcesTitle, &[("n", &lang.integer(ds.sources.len() as u64))]) }</h2>
            <p class="muted">{ lang.t(Key::SourcesIntro) }</p>
            <ol class="source-list">
                // Hydrating, a few dozen sources at a time, each in a task of its own.
                { for ds.sources.chunks(SOURCES_PER_TASK).map(|part| html! {
                    <Later>{ for part.iter().map(|s| html! { <li id={format!("source-{}", s.id)}>{ source_link(lang, s) }</li> }) }</Later>
                }) }
            </ol>
        </section>
    }
}
