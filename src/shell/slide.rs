//! A story chapter as one screen: its title and text, a one-line source list that opens, the
//! progress and the Previous, Next, predict-and-reveal, full-screen and leave buttons beside the
//! chapter's visual — the timeline zoomed to its span with its records highlighted, the aid
//! chart with its marks highlighted, or the map on its date. Full screen shows the slide alone.
//! The clicker's keys are the explorer's (`hooks::use_story`).

use std::rc::Rc;

use yew::prelude::*;

use super::Actions;
use super::views::{ChartView, MapView, Place, TimelineView};
use crate::components::source_link;
use crate::data::{ChapterVisual, Day};
use crate::i18n::Key;
use crate::model::timeline::TimelineLayout;
use crate::model::window::Window;
use crate::state::AppState;
use crate::web;

/// The slide's element, which full screen shows.
pub const SLIDE_ID: &str = "story-slide";

/// Four corners, and a cross: drawn, so no font needs the glyphs.
const FULL_SCREEN_ICON: &str = "M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4";
const LEAVE_ICON: &str = "M3 3l10 10M13 3L3 13";

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct SlideProps {
    pub state: UseReducerHandle<AppState>,
    pub actions: Actions,
    pub layout: Rc<TimelineLayout>,
    pub today: Day,
}

#[component]
pub fn Slide(props: &SlideProps) -> Html {
    let state = &props.state;
    let actions = &props.actions;
    let data = state.data.clone();
    let (ds, lang) = (&*data.ds, data.lang);
    let Some((index, chapter)) = state
        .chapter
        .and_then(|i| ds.chapters.get(i).map(|c| (i, c)))
    else {
        return Html::default();
    };
    let total = ds.chapters.len();
    let go = |to: Option<usize>| actions.chapter.reform(move |_: MouseEvent| to);
    let on_reveal = {
        let reveal = state.reveal;
        actions.reveal.reform(move |_: MouseEvent| !reveal)
    };
    let sources: Vec<_> = chapter
        .sources
        .iter()
        .filter_map(|id| ds.source(id))
        .collect();
    let until = state.reveal_until();
    let highlights = chapter.highlights.clone();
    let visual = match chapter.visual.unwrap_or(ChapterVisual::Timeline) {
        ChapterVisual::Timeline => {
            let (from, to) = props.layout.scale.domain();
            let domain = Window::new(from, to);
            let span = chapter.span.map(|s| {
                Window::new(s.from.first_day(), s.to.last_day().add_days(1)).clamped(domain)
            });
            html! {
                <TimelineView data={data.clone()} place={Place::Slide} layout={props.layout.clone()} date={state.date}
                    selected={state.selected.clone()} {highlights} window={state.window} default_window={span}
                    {until} actions={actions.clone()} />
            }
        }
        ChapterVisual::Chart => html! {
            <ChartView data={data.clone()} place={Place::Slide} track={state.track} today={props.today} {until}
                {highlights} actions={actions.clone()} />
        },
        ChapterVisual::Map => html! {
            <MapView data={data.clone()} place={Place::Slide} date={state.date} selected={state.selected.clone()}
                {highlights} actions={actions.clone()} />
        },
    };
    html! {
        <section id={SLIDE_ID} class="slide story" aria-labelledby="story-title" data-chapter={chapter.id.clone()}>
            <div class="slide-text">
                <p class="story-progress">
                    <span class="story-label">{ lang.t(Key::StoryLabel) }{ " · " }</span>
                    <span data-testid="story-progress">{ lang.fill(Key::StoryProgress, &[
                        ("n", &lang.integer(index as u64 + 1)),
                        ("total", &lang.integer(total as u64)),
                    ]) }</span>
                    <span class="story-dots" aria-hidden="true">
                        { for (0..total).map(|i| html! { <span class={classes!("story-dot", (i <= index).then_some("done"))}></span> }) }
                    </span>
                </p>
                <h1 id="story-title" tabindex="-1">{ &chapter.title }</h1>
                <p class="story-text">{ &chapter.text }</p>
                <details class="story-sources">
                    <summary>{ lang.fill(Key::StorySourcesMore, &[("n", &lang.integer(sources.len() as u64))]) }
                        <span class="story-sources-line">{ for sources.iter().map(|s| format!(" · {}", s.publisher)) }</span>
                    </summary>
                    <ul>{ for sources.iter().map(|s| html! { <li>{ source_link(lang, s) }</li> }) }</ul>
                </details>
                <div class="story-controls">
                    <button type="button" class="button" data-testid="story-previous" disabled={index == 0}
                        onclick={go(index.checked_sub(1))}><span aria-hidden="true">{ "← " }</span>{ lang.t(Key::StoryPrevious) }</button>
                    <button type="button" class="button" data-testid="story-next" disabled={index + 1 >= total}
                        onclick={go(Some(index + 1))}>{ lang.t(Key::StoryNext) }<span aria-hidden="true">{ " →" }</span></button>
                    <button type="button" class="button" data-testid="story-reveal" aria-pressed={state.reveal.to_string()}
                        title={lang.t(Key::StoryRevealHint)} onclick={on_reveal}>{ lang.t(Key::StoryReveal) }</button>
                </div>
                // Full screen and leaving act on the whole slide: on a phone they sit as icons
                // beside the progress, where a slideshow keeps them.
                <div class="story-actions">
                    <button type="button" class="button" data-testid="story-fullscreen" title={lang.t(Key::StoryFullscreen)}
                        onclick={Callback::from(|_: MouseEvent| web::view::toggle_fullscreen_of(SLIDE_ID))}>
                        { icon(FULL_SCREEN_ICON) }<span class="button-label">{ lang.t(Key::StoryFullscreen) }</span></button>
                    <button type="button" class="button" data-testid="story-leave" title={lang.t(Key::StoryLeave)} onclick={go(None)}>
                        { icon(LEAVE_ICON) }<span class="button-label">{ lang.t(Key::StoryLeave) }</span></button>
                </div>
                <p class="hint story-keys">{ lang.t(Key::StoryKeys) }</p>
            </div>
            <div class="slide-visual">{ visual }</div>
        </section>
    }
}
