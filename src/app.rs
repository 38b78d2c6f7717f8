//! The page: header, timeline with the roster date and roster, the detail panel, the aid chart,
//! corrections and sources. Owns the one reducer; everything below it gets data and callbacks.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::timeline::item_dom_id;
use crate::components::{
    AssistanceChart, Corrections, DateControl, DetailPanel, ErrorPanel, RosterView, SourceList,
    StatusLegend, Timeline, TimelineList,
};
use crate::data::{self, Day, Track};
use crate::model::timeline;
use crate::state::{Action, AppState, DataRef, Theme};
use crate::web;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Today's date; by default the browser's clock, or the dataset's as-of date where there is
    /// no clock (the server renderer).
    #[prop_or_default]
    pub today: Option<Day>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    match data::bundled() {
        Ok(ds) => {
            let today = props
                .today
                .or_else(web::today)
                .unwrap_or_else(|| ds.as_of_day());
            html! { <Explorer data={DataRef(ds)} {today} /> }
        }
        Err(errors) => html! {
            <main id="main" class="page"><ErrorPanel errors={errors.clone()} /></main>
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub data: DataRef,
    pub today: Day,
}

/// Returns focus to where a record lives on the page (its timeline item or chart mark).
fn focus_record(id: &str) {
    web::focus_by_id(&item_dom_id(id));
    web::focus_by_id(&format!("mark-{id}"));
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let ds = props.data.0;
    let state = use_reducer(|| AppState::new(ds));
    // Derived data
    let layout: Rc<timeline::TimelineLayout> = use_memo((props.data, props.today), |(d, today)| {
        timeline::layout(d.0, *today)
    });

    // The control that opened the detail panel, to give focus back when it closes.
    let opener = use_mut_ref(|| None::<web_sys::HtmlElement>);

    // Callbacks
    let on_select = {
        let state = state.clone();
        let opener = opener.clone();
        Callback::from(move |id: String| {
            *opener.borrow_mut() = web::active_element();
            state.dispatch(Action::Select(id));
        })
    };
    let close = {
        let state = state.clone();
        let opener = opener.clone();
        Callback::from(move |()| {
            if let Some(id) = state.selected.clone() {
                state.dispatch(Action::CloseDetail);
                let returned = opener
                    .borrow_mut()
                    .take()
                    .is_some_and(|el| web::refocus(&el));
                if !returned {
                    focus_record(&id);
                }
            }
        })
    };
    let on_pick_date = {
        let state = state.clone();
        Callback::from(move |day: Day| state.dispatch(Action::SetDate(day)))
    };
    let on_year = {
        let state = state.clone();
        Callback::from(move |year: i32| {
            let day = state.date_for_year(year);
            state.dispatch(Action::SetDate(day));
        })
    };
    let on_track = {
        let state = state.clone();
        Callback::from(move |track: Track| state.dispatch(Action::SetTrack(track)))
    };
    let on_theme = |theme: Theme| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetTheme(theme)))
    };
    // Effect: the theme lives on <html>, outside the app's own tree.
    use_effect_with(state.theme, |theme| web::apply_theme(*theme));

    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };

    let detail = match &state.selected {
        Some(id) => {
            html! { <DetailPanel data={props.data} selected={id.clone()} on_close={close.clone()} /> }
        }
        None => html! {
            <aside class="detail-panel detail-empty" aria-label="Details">
                <p>{ "Select a period, an event or a chart mark to see what happened, when it was announced and took effect, and the sources." }</p>
            </aside>
        },
    };

    html! {
        <div class={classes!("page", state.selected.is_some().then_some("has-detail"))} {onkeydown}>
            <main id="main" class="layout">
                <div class="content">
                    <p class="as-of">{ format!("Facts checked to {} · dataset {} · ", ds.as_of.display(), ds.dataset_version) }
                        <a href="#corrections-title">{ "corrections" }</a>{ " · " }<a href="#sources-title">{ "sources" }</a>
                        <span class="theme-switch">
                            <span id="theme-label">{ "Theme" }</span>
                            <span class="segmented" role="group" aria-labelledby="theme-label">
                                { for Theme::ALL.iter().map(|t| html! {
                                    <button type="button" class="segment" data-theme-choice={t.key()}
                                        aria-pressed={(state.theme == *t).to_string()} onclick={on_theme(*t)}>{ t.label() }</button>
                                }) }
                            </span>
                        </span>
                    </p>
                    <section class="panel timeline-panel" aria-labelledby="timeline-title">
                        <h2 id="timeline-title">{ format!("Membership, {} to today", 1992) }</h2>
                        <p class="dek">{ "Each state's status over time. Select a bar or an event for details; the line marks the roster date." }</p>
                        <StatusLegend />
                        <Timeline layout={layout.clone()} selected={state.selected.clone()} date={state.date}
                            on_select={on_select.clone()} on_pick_date={on_pick_date.clone()} />
                        <TimelineList data={props.data} on_select={on_select.clone()} />
                        <div class="roster-row">
                            <DateControl date={state.date} min_year={1992} max_year={ds.as_of.year} {on_year}
                                min_day={layout.scale.domain().0} max_day={layout.today} on_day={on_pick_date.clone()} />
                            <RosterView data={props.data} date={state.date} on_select={on_select.clone()} />
                        </div>
                    </section>
                    <AssistanceChart data={props.data} track={state.track} today={props.today} {on_track} on_select={on_select.clone()} />
                    <Corrections data={props.data} />
                    <SourceList data={props.data} />
                </div>
                { detail }
            </main>
            <footer class="site-footer">
                <p>{ &ds.coverage_note }</p>
                <p>{ &ds.licence }</p>
            </footer>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">{ &state.announcement }</div>
        </div>
    }
}
