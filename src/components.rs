//! The Yew components: presentational pieces that receive data and `on_*` callbacks and know
//! nothing of the reducer. They render the same on the server (Yew SSR) as in the browser; only
//! their event handlers and effects touch the browser, through `crate::web`.

pub mod assistance_chart;
pub mod changes;
pub mod cite;
pub mod corrections;
pub mod date_control;
pub mod detail_panel;
pub mod embed_dialog;
pub mod error_panel;
pub mod legend;
pub mod own_data;
pub mod region_map;
pub mod roster_view;
pub mod share;
pub mod sources;
pub mod timeline;
pub mod timeline_list;

pub use assistance_chart::AssistanceChart;
pub use changes::ChangesPanel;
pub use cite::Cite;
pub use corrections::Corrections;
pub use date_control::DateControl;
pub use detail_panel::DetailPanel;
pub use error_panel::ErrorPanel;
pub use legend::StatusLegend;
pub use own_data::OwnData;
pub use region_map::RegionMap;
pub use roster_view::RosterView;
pub use share::Share;
pub use sources::{SourceList, source_link};
pub use timeline::Timeline;
pub use timeline_list::TimelineList;

/// Given by the page while it hydrates a prerendered view: the sections inside [`Later`] then
/// take over their prerendered DOM each in a task of its own, so no single task holds the
/// browser for the whole page.
#[derive(Clone, Copy, PartialEq)]
pub struct Hydrating(pub bool);

#[derive(yew::Properties, PartialEq)]
pub struct LaterProps {
    pub children: yew::Html,
}

/// A section of the page that, when the page is hydrating, hydrates in a later task: until then
/// the reader sees its prerendered DOM (Yew's Suspense keeps it in place). Rendered afresh, or
/// on the server, it is just its children.
#[yew::component]
pub fn Later(props: &LaterProps) -> yew::Html {
    yew::html! {
        <yew::Suspense fallback={yew::Html::default()}>
            <LaterSection>{ props.children.clone() }</LaterSection>
        </yew::Suspense>
    }
}

#[yew::component]
fn LaterSection(props: &LaterProps) -> yew::HtmlResult {
    let hydrating = yew::use_context::<Hydrating>().is_some_and(|h| h.0);
    let waiting = yew::use_state(|| {
        if hydrating {
            crate::web::next_task()
        } else {
            None
        }
    });
    if let Some(suspension) = waiting.as_ref().filter(|s| !s.resumed()) {
        return Err(suspension.clone().into());
    }
    Ok(props.children.clone())
}

/// False on a component's first render, true from the next one on. A value only the browser
/// knows (the page's own address) waits for it, so the first render in the browser is the one
/// the server renderer prerendered, and hydration finds the same DOM.
#[yew::hook]
pub fn use_mounted() -> bool {
    let mounted = yew::use_state_eq(|| false);
    {
        let mounted = mounted.clone();
        yew::use_effect_with((), move |_| mounted.set(true));
    }
    *mounted
}

/// A translated template with one `{name}` placeholder replaced by markup (a `<time>`, a
/// link), so the words around it stay in the language's own order.
pub fn around(template: &str, name: &str, inner: yew::Html) -> yew::Html {
    let marker = format!("{{{name}}}");
    match template.split_once(&marker) {
        Some((before, after)) => {
            yew::html! { <>{ before.to_owned() }{ inner }{ after.to_owned() }</> }
        }
        None => yew::html! { <>{ template.to_owned() }{ " " }{ inner }</> },
    }
}
