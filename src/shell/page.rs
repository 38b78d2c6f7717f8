//! The whole explorer as one page: the as-of line with the language, theme and projector
//! switches, the story's start, the five views (timeline, roster at a date, map, what changed,
//! the aid chart), sharing and embedding, a reader's own data, "Cite this", the corrections and
//! the sources. Hydrating, each section takes over its prerendered DOM in a task of its own.

use std::rc::Rc;

use yew::prelude::*;

use super::Actions;
use super::views::{ChangesView, ChartView, MapView, Place, RosterAtDate, TimelineView};
use crate::components::{Cite, Corrections, Later, OwnData, Share, SourceList};
use crate::data::{self, Day};
use crate::i18n::{Key, Lang};
use crate::model::timeline::TimelineLayout;
use crate::permalink::Theme;
use crate::permalink::{self, ViewParams};
use crate::state::{AppState, DataRef};

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<AppState>,
    pub actions: Actions,
    pub layout: Rc<TimelineLayout>,
    pub today: Day,
    pub playing: bool,
    pub browser_lang: Lang,
    /// A `data=` address to load, when the view names one an embed may load.
    pub data_address: Option<String>,
}

#[component]
pub fn Page(props: &PageProps) -> Html {
    let state = &props.state;
    let actions = &props.actions;
    let data = state.data.clone();
    let lang = data.lang;
    let until = state.reveal_until();
    let highlights = Vec::<String>::new();
    let (min_day, max_day) = (props.layout.scale.domain().0, props.layout.today);
    // A link that names data shows its question, progress or problems first; otherwise the
    // panel waits below the explorer's own content.
    let address_first = props.data_address.is_some();
    let own_data = |address: Option<String>| {
        html! { <OwnData data={data.clone()} {address} embed={state.embed} on_use={actions.use_data.clone()} /> }
    };
    html! {
        <div class="content">
            if state.embed {
                <p class="embed-bar">
                    <a href={format!("./{}", permalink::to_query(&ViewParams { embed: false, sync: false, ..state.view(props.browser_lang) }))}
                        target="_blank" rel="noopener">
                        { lang.t(Key::FullExplorer) }<span class="visually-hidden">{ lang.t(Key::OpensNewTab) }</span>
                    </a>
                </p>
            }
            <Later><Switches data={data.clone()} theme={state.theme} projector={state.projector} actions={actions.clone()} /></Later>
            if !data::has_translation(lang.code()) {
                <p class="warning" role="status" lang={lang.code()}>{ lang.t(Key::TextsNotLoaded) }</p>
            }
            <OwnDataBanner data={data.clone()} embed={state.embed} actions={actions.clone()} />
            if address_first {
                { own_data(props.data_address.clone()) }
            }
            <Later><StoryStart data={data.clone()} actions={actions.clone()} /></Later>
            <Later><TimelineView data={data.clone()} place={Place::Page} layout={props.layout.clone()} date={state.date}
                selected={state.selected.clone()} highlights={highlights.clone()} window={state.window} {until}
                actions={actions.clone()} /></Later>
            <Later><RosterAtDate data={data.clone()} place={Place::Page} date={state.date} {min_day} {max_day}
                playing={props.playing} actions={actions.clone()} /></Later>
            <Later><MapView data={data.clone()} place={Place::Page} date={state.date} selected={state.selected.clone()}
                highlights={highlights.clone()} actions={actions.clone()} /></Later>
            <Later><ChangesView data={data.clone()} place={Place::Page} span={state.span} {min_day} {max_day} actions={actions.clone()} /></Later>
            <Later><ChartView data={data.clone()} place={Place::Page} track={state.track} today={props.today} {until}
                {highlights} actions={actions.clone()} /></Later>
            <Later><Share data={data.clone()} view={state.view(props.browser_lang)} layout={props.layout.clone()} date={state.date}
                track={state.track} today={props.today} /></Later>
            if !address_first {
                <Later>{ own_data(None) }</Later>
            }
            if data.custom.is_none() {
                <Later><Cite data={data.clone()} on_select={actions.select.clone()} /></Later>
            }
            <Later><Corrections data={data.clone()} /></Later>
            <Later><SourceList data={data.clone()} /></Later>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SwitchesProps {
    data: DataRef,
    theme: Theme,
    projector: bool,
    actions: Actions,
}

/// The as-of line, with links to the corrections and sources and the switches for language,
/// theme and projector mode.
#[component]
fn Switches(props: &SwitchesProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let actions = &props.actions;
    html! {
        <p class="as-of">{ lang.fill(Key::AsOfLine, &[("date", &lang.date(ds.as_of)), ("version", &ds.dataset_version)]) }
            <a href="#corrections-title">{ lang.t(Key::CorrectionsLink) }</a>{ " · " }<a href="#sources-title">{ lang.t(Key::SourcesLink) }</a>
            <span class="switches">
                <span class="switch">
                    <span id="lang-label">{ lang.t(Key::LanguageLabel) }</span>
                    <span class="segmented" role="group" aria-labelledby="lang-label">
                        { for Lang::available().map(|l| html! {
                            <button type="button" class="segment" data-lang-choice={l.code()} lang={l.code()}
                                aria-pressed={(lang == l).to_string()} onclick={actions.lang.reform(move |_: MouseEvent| l)}>{ l.name() }</button>
                        }) }
                    </span>
                </span>
                <span class="switch">
                    <span id="theme-label">{ lang.t(Key::ThemeLabel) }</span>
                    <span class="segmented" role="group" aria-labelledby="theme-label">
                        { for Theme::ALL.iter().map(|t| {
                            let t = *t;
                            html! {
                                <button type="button" class="segment" data-theme-choice={t.key()}
                                    aria-pressed={(props.theme == t).to_string()} onclick={actions.theme.reform(move |_: MouseEvent| t)}>{ t.label(lang) }</button>
                            }
                        }) }
                    </span>
                </span>
                <span class="switch">
                    <span class="segmented">
                        <button type="button" class="segment" data-testid="projector" aria-pressed={props.projector.to_string()}
                            onclick={{ let on = !props.projector; actions.projector.reform(move |_: MouseEvent| on) }}>{ lang.t(Key::ProjectorLabel) }</button>
                    </span>
                </span>
            </span>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct OwnDataBannerProps {
    pub data: DataRef,
    pub embed: bool,
    pub actions: Actions,
}

/// Says a reader's own dataset is on screen (not ours), with the way back to ours.
#[component]
pub fn OwnDataBanner(props: &OwnDataBannerProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let Some(custom) = &props.data.custom else {
        return Html::default();
    };
    let back = {
        let use_data = props.actions.use_data.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(data) = DataRef::bundled(lang) {
                use_data.emit(data);
            }
        })
    };
    html! {
        <p class="own-data-banner" data-testid="own-data-banner">
            { lang.fill(Key::OwnDataBanner, &[("title", &ds.title), ("name", &custom.label)]) }{ " " }
            if !props.embed {
                <button type="button" class="button" onclick={back}>{ lang.t(Key::OwnDataBack) }</button>
            }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct StoryStartProps {
    data: DataRef,
    actions: Actions,
}

/// Opens the story, for a class or a presentation (a dataset with no chapters has none).
#[component]
fn StoryStart(props: &StoryStartProps) -> Html {
    let lang = props.data.lang;
    if props.data.ds.chapters.is_empty() {
        return Html::default();
    }
    html! {
        <p class="story-start">
            <button type="button" class="button story-open" data-testid="story-open"
                onclick={props.actions.chapter.reform(|_: MouseEvent| Some(0))}>
                <span aria-hidden="true">{ "▶ " }</span>{ lang.t(Key::StoryOpen) }
            </button>
            <span class="muted">{ lang.t(Key::StoryOpenHint) }</span>
        </p>
    }
}
