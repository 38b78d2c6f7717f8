//! Source citations: a link where the source has an http(s) address, plain text otherwise, always
//! with publisher, title and date; and the page's full source list.

use yew::prelude::*;

use crate::data::Source;
use crate::state::DataRef;

/// Only http(s) addresses become links; anything else is shown as text.
fn safe_url(url: &str) -> Option<&str> {
    (url.starts_with("https://") || url.starts_with("http://")).then_some(url)
}

pub fn source_link(source: &Source) -> Html {
    let date = source
        .date
        .map(|d| d.display())
        .unwrap_or_else(|| "n.d.".to_owned());
    let title = match source.url.as_deref().and_then(safe_url) {
        Some(url) => {
            html! { <a href={url.to_owned()} rel="noopener noreferrer" target="_blank">{ &source.title }<span class="visually-hidden">{ " (opens in a new tab)" }</span></a> }
        }
        None => html! { <span class="source-title">{ &source.title }</span> },
    };
    html! {
        <span class="source">
            <span class="source-publisher">{ &source.publisher }</span>{ ", " }
            { title }{ ", " }<span class="source-date">{ date }</span>
            if source.url.is_none() {
                <span class="source-note">{ " (no web address recorded)" }</span>
            }
            if let Some(note) = &source.note {
                <span class="source-note">{ format!(" — {note}") }</span>
            }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub data: DataRef,
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let ds = props.data.0;
    html! {
        <section class="panel sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ format!("All {} sources", ds.sources.len()) }</h2>
            <p class="muted">{ "Titles in [square brackets] describe items whose headline we did not record. Mirrors and secondary sources are marked." }</p>
            <ol class="source-list">
                { for ds.sources.iter().map(|s| html! { <li id={format!("source-{}", s.id)}>{ source_link(s) }</li> }) }
            </ol>
        </section>
    }
}
