//! Story mode: the dataset's chapters one at a time — a short narrative, its sources, a progress
//! line — with Previous and Next, predict-and-reveal (nothing after the chapter's date on the
//! timeline, map, roster and chart) and full screen. Clicker keys are handled by the page
//! (`app.rs`), so they work wherever focus is not in a field. Without the story, a button opens it.

use yew::prelude::*;

use super::source_link;
use crate::i18n::Key;
use crate::state::DataRef;
use crate::web;

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub data: DataRef,
    /// The chapter on screen, or `None` for the closed story.
    pub chapter: Option<usize>,
    pub reveal: bool,
    /// Emits the chapter to show, or `None` to leave the story.
    pub on_chapter: Callback<Option<usize>>,
    pub on_reveal: Callback<bool>,
}

#[component]
pub fn Story(props: &StoryProps) -> Html {
    let (ds, lang) = (props.data.ds, props.data.lang);
    let go = |to: Option<usize>| props.on_chapter.reform(move |_: MouseEvent| to);
    let Some((index, chapter)) = props
        .chapter
        .and_then(|i| ds.chapters.get(i).map(|c| (i, c)))
    else {
        if ds.chapters.is_empty() {
            return html! {};
        }
        return html! {
            <p class="story-start">
                <button type="button" class="button story-open" data-testid="story-open" onclick={go(Some(0))}>
                    <span aria-hidden="true">{ "▶ " }</span>{ lang.t(Key::StoryOpen) }
                </button>
                <span class="muted">{ lang.t(Key::StoryOpenHint) }</span>
            </p>
        };
    };
    let total = ds.chapters.len();
    let on_reveal = {
        let reveal = props.reveal;
        props.on_reveal.reform(move |_: MouseEvent| !reveal)
    };
    html! {
        <section class="panel story" aria-labelledby="story-title" data-chapter={chapter.id.clone()}>
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
            <h2 id="story-title" tabindex="-1">{ &chapter.title }</h2>
            <p class="story-text">{ &chapter.text }</p>
            <p class="muted story-sources">{ lang.t(Key::StorySources) }
                { for chapter.sources.iter().filter_map(|id| ds.source(id)).enumerate().map(|(i, s)| html! {
                    <>{ if i > 0 { "; " } else { "" } }{ source_link(lang, s) }</>
                }) }
            </p>
            <div class="story-controls">
                <button type="button" class="button" data-testid="story-previous" disabled={index == 0}
                    onclick={go(index.checked_sub(1))}><span aria-hidden="true">{ "← " }</span>{ lang.t(Key::StoryPrevious) }</button>
                <button type="button" class="button" data-testid="story-next" disabled={index + 1 >= total}
                    onclick={go(Some(index + 1))}>{ lang.t(Key::StoryNext) }<span aria-hidden="true">{ " →" }</span></button>
                <button type="button" class="button" data-testid="story-reveal" aria-pressed={props.reveal.to_string()}
                    aria-describedby="story-reveal-hint" onclick={on_reveal}>{ lang.t(Key::StoryReveal) }</button>
                <button type="button" class="button" data-testid="story-fullscreen"
                    onclick={Callback::from(|_: MouseEvent| web::toggle_fullscreen())}>{ lang.t(Key::StoryFullscreen) }</button>
                <button type="button" class="button" data-testid="story-leave" onclick={go(None)}>{ lang.t(Key::StoryLeave) }</button>
            </div>
            <p class="hint" id="story-reveal-hint">{ lang.t(Key::StoryRevealHint) }</p>
            <p class="hint">{ lang.t(Key::StoryKeys) }</p>
        </section>
    }
}
