//! The explorer: owns the reducer, runs the hooks, and composes the page, one view alone, or a
//! story slide, with the detail panel (a column beside the page, or a sheet over a single view
//! or slide) and the polite live region.

use std::rc::Rc;

use yew::prelude::*;

use super::Actions;
use super::hooks::{
    use_actions, use_address, use_address_view_after_hydration, use_page_settings, use_sheet_dock,
    use_story, use_warm_up,
};
use super::page::{OwnDataBanner, Page};
use super::slide::Slide;
use super::views::{ChangesView, ChartView, MapView, Place, RosterAtDate, TimelineView};
use crate::components::{DetailPanel, Later, OwnData};
use crate::data::Day;
use crate::i18n::{Key, Lang};
use crate::model::timeline;
use crate::permalink::{self, ViewKind, ViewParams};
use crate::state::{Action, AppState, DataRef};

/// Whether this build holds the whole explorer (the `full` feature) or one view alone.
pub const FULL: bool = cfg!(feature = "full");

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    /// The dataset and language to start with; the reader may switch language.
    pub data: DataRef,
    pub today: Day,
    /// The view to start in (from the address, or the prerendered one when hydrating).
    #[prop_or_default]
    pub initial: ViewParams,
    /// Hydrating a prerendered view that is not the address's: the address's view, shown
    /// right after hydration (its language's texts fetched first).
    #[prop_or_default]
    pub then: Option<ViewParams>,
    /// What the address got wrong, for the console.
    #[prop_or_default]
    pub warnings: Vec<String>,
    /// The language the browser alone would choose: the address names another one only.
    #[prop_or_default]
    pub browser_lang: Lang,
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let state = use_reducer(|| {
        let fresh = AppState::new(props.data.clone(), props.today);
        AppState {
            announcement: String::new(),
            ..fresh.apply(Action::Restore(props.initial.clone()))
        }
    });
    let address_view = props.then.clone().unwrap_or_else(|| props.initial.clone());
    let settled = use_address_view_after_hydration(&state, props.then.clone(), props.browser_lang);
    let shown_view = if settled {
        &address_view
    } else {
        &props.initial
    };
    // Today moves on when the browser's clock says a later day than the prerendered page.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.today, move |today| {
            dispatcher.dispatch(Action::SetToday(*today))
        });
    }
    let (actions, playing) = use_actions(&state);
    use_address(
        &state,
        &address_view,
        props.browser_lang,
        settled,
        &props.warnings,
    );
    // The layout on <html> first: leaving a slide scrolls the page back, which needs the page's
    // layout in place.
    use_page_settings(&state, settled);
    use_story(&state);
    let data = state.data.clone();
    // Predict-and-reveal hides everything after the story chapter's date.
    let until = state.reveal_until();
    let layout: Rc<timeline::TimelineLayout> =
        use_memo((data.clone(), props.today, until), |(d, today, until)| {
            timeline::layout_until(&d.ds, d.lang, *today, *until)
        });
    let warm = layout
        .first_id()
        .filter(|_| state.selected.is_none() && address_view.item.is_none())
        .map(str::to_owned);
    let warm_up = use_warm_up(warm);
    let dock = use_sheet_dock(state.selected.clone());

    // A `data=` address loads unless this is an embed whose code did not ask for it. While
    // hydrating, the view drawn is the prerendered one.
    let data_address = shown_view
        .data
        .clone()
        .filter(|_| !shown_view.embed || shown_view.allow_data);
    let onkeydown = {
        let close = actions.close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    let lang = data.lang;
    let place = Place::of(&state);
    // Built without the `full` feature the app shows one view alone: a page or a story slide
    // is never composed, so their code is left out of that wasm.
    let body = match (state.chapter.filter(|_| FULL), state.view) {
        (Some(_), _) => html! {
            <Slide state={state.clone()} actions={actions.clone()} layout={layout.clone()} today={props.today} />
        },
        (None, Some(kind)) => html! {
            <Alone {kind} state={state.clone()} actions={actions.clone()} layout={layout.clone()} today={props.today}
                {playing} browser_lang={props.browser_lang} {data_address} />
        },
        (None, None) if !FULL => html! {
            <Alone kind={ViewKind::Timeline} state={state.clone()} actions={actions.clone()} layout={layout.clone()}
                today={props.today} {playing} browser_lang={props.browser_lang} {data_address} />
        },
        (None, None) => html! {
            <Page state={state.clone()} actions={actions.clone()} layout={layout.clone()} today={props.today}
                {playing} browser_lang={props.browser_lang} {data_address} />
        },
    };
    let sheet = place != Place::Page;
    let detail = match &state.selected {
        Some(id) => html! {
            <div class={classes!("detail-slot", sheet.then_some("detail-sheet"), dock.top.then_some("dock-top"))}
                style={dock.room_px.map(|px| format!("--sheet-room:{}px", (px - 16.0).max(120.0).round()))}>
                <DetailPanel data={data.clone()} selected={id.clone()} on_close={actions.close.clone()} />
            </div>
        },
        None if sheet => Html::default(),
        None => html! {
            <aside class="detail-panel detail-empty" aria-label={lang.t(Key::DetailsLabel)}>
                <p>{ lang.t(Key::DetailEmpty) }</p>
            </aside>
        },
    };
    html! {
        <div class={classes!("page", format!("layout-{}", place.key()), state.selected.is_some().then_some("has-detail"))} {onkeydown}>
            <main id="main" class="layout">
                // Hydrating, the content as a whole waits for a task of its own too, so the
                // first one takes over only the page's frame.
                <Later>{ body }</Later>
                { detail }
            </main>
            if place == Place::Page {
                <footer class="site-footer">
                    <p>{ &data.ds.coverage_note }</p>
                    <p>{ &data.ds.licence }</p>
                </footer>
            }
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">{ &state.announcement }</div>
            if let Some(id) = warm_up {
                <div class="warm-up" aria-hidden="true" inert=true>
                    <DetailPanel data={data.clone()} selected={id} on_close={Callback::noop()} />
                </div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct AloneProps {
    kind: ViewKind,
    state: UseReducerHandle<AppState>,
    actions: Actions,
    layout: Rc<timeline::TimelineLayout>,
    today: Day,
    playing: bool,
    browser_lang: Lang,
    /// A `data=` address to load (after asking, from another site).
    data_address: Option<String>,
}

/// One view alone (`?view=`, and embeds of one graphic): the graphic with its title, key and
/// source line, and a link that opens the same view in the full explorer.
#[component]
fn Alone(props: &AloneProps) -> Html {
    let state = &props.state;
    let (data, actions) = (state.data.clone(), props.actions.clone());
    let full = ViewParams {
        view: None,
        embed: false,
        sync: false,
        ..state.view(props.browser_lang)
    };
    let explorer_link = Some(AttrValue::from(format!("./{}", permalink::to_query(&full))));
    let (min_day, max_day) = (props.layout.scale.domain().0, props.layout.today);
    let highlights = Vec::<String>::new();
    let view = match props.kind {
        ViewKind::Timeline => html! {
            <TimelineView data={data.clone()} place={Place::Alone} layout={props.layout.clone()} date={state.date}
                selected={state.selected.clone()} {highlights} window={state.window} {actions} {explorer_link} />
        },
        ViewKind::Chart => html! {
            <ChartView data={data.clone()} place={Place::Alone} track={state.track} today={props.today}
                {highlights} {actions} {explorer_link} />
        },
        ViewKind::Map => html! {
            <MapView data={data.clone()} place={Place::Alone} date={state.date} selected={state.selected.clone()}
                {highlights} {actions} {explorer_link} />
        },
        ViewKind::Roster => html! {
            <RosterAtDate data={data.clone()} place={Place::Alone} date={state.date} {min_day} {max_day}
                playing={props.playing} {actions} {explorer_link} />
        },
        ViewKind::Changes => html! {
            <ChangesView data={data.clone()} place={Place::Alone} span={state.span} {min_day} {max_day} {actions} {explorer_link} />
        },
    };
    html! {
        <div class="content alone">
            <OwnDataBanner data={data.clone()} embed={state.embed} actions={props.actions.clone()} />
            // A `data=` address loads here too: only its question, progress or problems show.
            if props.data_address.is_some() {
                <OwnData data={data.clone()} address={props.data_address.clone()} embed=true on_use={props.actions.use_data.clone()} />
            }
            { view }
        </div>
    }
}
