//! The page: header, timeline with the roster date and roster, the detail panel, the aid chart,
//! corrections and sources. Owns the one reducer; everything below it gets data and callbacks.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::timeline::item_dom_id;
use crate::components::{
    AssistanceChart, ChangesPanel, Cite, Corrections, DateControl, DetailPanel, ErrorPanel,
    Hydrating, Later, OwnData, RegionMap, RosterView, Share, SourceList, StatusLegend, Story,
    Timeline, TimelineList,
};
use crate::data::{self, Day, Track};
use crate::i18n::{Key, Lang};
use crate::model::timeline;
use crate::permalink::{self, ViewParams};
use crate::state::{self, Action, AppState, DataRef, Theme};
use crate::web;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Today's date; by default the browser's clock, or the dataset's as-of date where there is
    /// no clock (the server renderer).
    #[prop_or_default]
    pub today: Option<Day>,
    /// The language; by default the address's `lang`, else the browser's preferred languages,
    /// else English.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// The view the build prerendered into the page (`tools/prerender`), when the app hydrates
    /// it: the first render must find exactly that DOM, so it draws that view, in English, on
    /// the build's day; the address's own view, language and today follow right after.
    #[prop_or_default]
    pub prerendered: Option<Prerendered>,
    /// The address and the browser's languages, when read already (`Start::read`).
    #[prop_or_default]
    pub start: Option<Start>,
}

/// What the build rendered into the page: the view (the default one, or the embedded layout)
/// and the day it took for today. Written on `#app` as `data-prerendered` and `data-today`.
#[derive(Clone, Debug, PartialEq)]
pub struct Prerendered {
    pub view: ViewParams,
    pub today: Day,
}

impl Prerendered {
    /// The attributes `#app` carries for this prerendered view.
    pub fn attributes(&self) -> String {
        format!(
            r#"data-prerendered="{}" data-today="{}""#,
            permalink::to_query(&self.view).trim_start_matches('?'),
            self.today.iso()
        )
    }

    /// Reads the attributes back (`None` when the page was not prerendered or they are not
    /// ours: the app then renders afresh).
    pub fn from_attributes(view: Option<&str>, today: Option<&str>) -> Option<Prerendered> {
        let (view, warnings) = permalink::parse(view?);
        let today = Day::parse_iso(today?)?;
        warnings.is_empty().then_some(Prerendered { view, today })
    }
}

/// What the page starts from: the view in the address (with warnings for what it had to drop)
/// and the language the browser alone would choose.
#[derive(Clone, PartialEq)]
pub struct Start {
    view: ViewParams,
    warnings: Vec<String>,
    browser_lang: Lang,
}

impl Start {
    /// Reads the address and the browser's languages.
    pub fn read() -> Start {
        let (view, warnings) = web::address_view();
        Start {
            view,
            warnings,
            browser_lang: web::browser_lang(),
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = use_memo((), |_| props.start.clone().unwrap_or_else(Start::read));
    let lang = props.lang.or(start.view.lang).unwrap_or(start.browser_lang);
    let hydrating = props.prerendered.clone();
    // Hydrating, the first render is the prerendered one (English); the reader's language
    // follows once its texts are here.
    let first_lang = if hydrating.is_some() {
        Lang::ENGLISH
    } else {
        lang
    };
    // A language other than English waits for its dataset texts (fetched once, on demand), so
    // the reader never sees English titles flash under a translated interface.
    let ready = use_state(|| data::has_translation(first_lang.code()));
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            if !*ready {
                web::when_texts_ready(first_lang, move || ready.set(true));
            }
        });
    }
    // Today: the prerendered page's day first, so hydration finds the same axis; then the
    // browser's clock.
    let clock_today = props.today.or_else(web::today);
    let today = use_state_eq(|| hydrating.as_ref().map(|p| p.today).or(clock_today));
    {
        let today = today.clone();
        use_effect_with((), move |_| today.set(clock_today.or(*today)));
    }
    // Tests and the benchmark wait for this before they interact: the prerendered page looks
    // the same before the app has taken it over.
    use_effect_with((), |_| web::app_mounted());
    if !*ready {
        return html! { <p class="loading" role="status" lang={first_lang.code()}>{ first_lang.t(Key::Loading) }</p> };
    }
    match DataRef::bundled(first_lang) {
        Ok(data) => {
            let today = today.unwrap_or_else(|| data.ds.as_of_day());
            // Hydrating, the address's view follows unless it is the one prerendered, in the
            // same language.
            let (initial, then) = match hydrating {
                Some(p) => {
                    let same = ViewParams {
                        lang: Some(lang),
                        ..start.view.clone()
                    } == ViewParams {
                        lang: Some(first_lang),
                        ..p.view.clone()
                    };
                    (p.view, (!same).then(|| start.view.clone()))
                }
                None => (start.view.clone(), None),
            };
            html! {
                <ContextProvider<Hydrating> context={Hydrating(props.prerendered.is_some())}>
                    // Hydrating, the shell goes first on its own: its task already compiles
                    // much of Yew (V8 compiles each wasm function on its first call).
                    <Later><Explorer {data} {today} {initial} {then} warnings={start.warnings.clone()}
                        browser_lang={start.browser_lang} /></Later>
                </ContextProvider<Hydrating>>
            }
        }
        Err(errors) => html! {
            <main id="main" class="page"><ErrorPanel errors={errors.clone()} {lang} /></main>
        },
    }
}

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

/// How long after a change of view the address is written (see the effect that writes it).
const ADDRESS_WRITE_DELAY_MS: u32 = 100;

/// Returns focus to where a record lives on the page (its timeline item or chart mark).
fn focus_record(id: &str) {
    web::focus_by_id(&item_dom_id(id));
    web::focus_by_id(&format!("mark-{id}"));
}

#[component]
pub fn Explorer(props: &ExplorerProps) -> Html {
    let state = use_reducer(|| {
        let fresh = AppState::new(props.data, props.today);
        AppState {
            announcement: String::new(),
            ..fresh.apply(Action::Restore(props.initial.clone()))
        }
    });
    // Hydrating a prerendered view other than the address's: that view comes right after.
    let address_view = props.then.clone().unwrap_or_else(|| props.initial.clone());
    let settled = use_state_eq(|| props.then.is_none());
    {
        let (dispatcher, settled) = (state.dispatcher(), settled.clone());
        let (then, browser_lang) = (props.then.clone(), props.browser_lang);
        use_effect_with((), move |_| {
            if let Some(view) = then {
                let lang = view.lang.unwrap_or(browser_lang);
                web::when_texts_ready(lang, move || {
                    settled.set(true);
                    dispatcher.dispatch(Action::Restore(ViewParams {
                        lang: Some(lang),
                        ..view
                    }));
                });
            }
        });
    }
    let shown_view = if *settled {
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
    let data = state.data;
    let (ds, lang) = (data.ds, data.lang);
    // Derived data
    // Predict-and-reveal hides everything after the story chapter's date.
    let until = state.reveal_until();
    let layout: Rc<timeline::TimelineLayout> =
        use_memo((data, props.today, until), |(d, today, until)| {
            timeline::layout_until(d.ds, d.lang, *today, *until)
        });
    let highlights: Vec<String> = state
        .chapter
        .and_then(|i| ds.chapters.get(i))
        .map(|c| c.highlights.clone())
        .unwrap_or_default();

    // The control that opened the detail panel, to give focus back when it closes.
    let opener = use_mut_ref(|| None::<web_sys::HtmlElement>);

    // Callbacks
    // Callbacks that stay the same from render to render, so a component whose data did not
    // change skips its render (with a reader's 2,000-record dataset that is most of the work).
    let dispatcher = state.dispatcher();
    let on_select = {
        let (dispatcher, opener) = (dispatcher.clone(), opener.clone());
        use_callback((), move |id: String, _| {
            *opener.borrow_mut() = web::active_element();
            dispatcher.dispatch(Action::Select(id));
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
    // Playing the roster through the years, one a second and a half; a reader's own choice of
    // date pauses it. The ticker is dropped by the effect below, never from inside its tick.
    let playing = use_state(|| false);
    let ticker = use_mut_ref(|| None::<web::Ticker>);
    {
        let ticker = ticker.clone();
        use_effect_with(*playing, move |playing| {
            if !*playing {
                ticker.borrow_mut().take();
            }
        });
    }
    let on_play = {
        let state = state.clone();
        let playing = playing.clone();
        let ticker = ticker.clone();
        Callback::from(move |()| {
            if *playing {
                playing.set(false);
                return;
            }
            let last = ds.as_of.year;
            // From the last year, play again from the first.
            let first = ds.first_day().year();
            let year = std::rc::Rc::new(std::cell::Cell::new(if state.date.year() >= last {
                first - 1
            } else {
                state.date.year()
            }));
            let (state, stop) = (state.clone(), playing.clone());
            let step = move || {
                let next = year.get() + 1;
                year.set(next);
                state.dispatch(Action::SetDate(state::date_for_year(ds, next)));
                if next >= last {
                    stop.set(false);
                }
            };
            step();
            *ticker.borrow_mut() = web::every(1500, step);
            playing.set(true);
        })
    };
    // Stable from render to render (see above), so the date control and the story skip the
    // renders a selection or a track switch causes.
    let on_pick_date = {
        let (dispatcher, stop) = (dispatcher.clone(), playing.setter());
        use_callback((), move |day: Day, _| {
            stop.set(false);
            dispatcher.dispatch(Action::SetDate(day));
        })
    };
    let on_year = {
        let (dispatcher, stop) = (dispatcher.clone(), playing.setter());
        use_callback(data, move |year: i32, data| {
            stop.set(false);
            dispatcher.dispatch(Action::SetDate(state::date_for_year(data.ds, year)));
        })
    };
    let on_chapter = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |chapter: Option<usize>, _| {
            dispatcher.dispatch(Action::SetChapter(chapter))
        })
    };
    let on_reveal = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |on: bool, _| {
            dispatcher.dispatch(Action::SetReveal(on))
        })
    };
    // The story's clicker keys, for as long as the story is open; opening it puts focus on the
    // chapter's title, so a screen reader starts there.
    {
        let state = state.clone();
        let total = ds.chapters.len();
        use_effect_with(state.chapter, move |chapter| {
            let listener = chapter.and_then(|index| {
                web::on_story_keys(move |key| {
                    let to = match key {
                        web::StoryKey::Next => Some((index + 1).min(total.saturating_sub(1))),
                        web::StoryKey::Previous => Some(index.saturating_sub(1)),
                        web::StoryKey::First => Some(0),
                        web::StoryKey::Last => Some(total.saturating_sub(1)),
                        web::StoryKey::Leave => None,
                    };
                    state.dispatch(Action::SetChapter(to));
                })
            });
            move || {
                let _listener = listener;
            }
        });
    }
    {
        let opened = state.chapter.is_some();
        use_effect_with(opened, move |opened| {
            if *opened {
                web::focus_by_id("story-title");
            }
        });
    }
    let on_use = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |data: DataRef, _| {
            dispatcher.dispatch(Action::UseData(data))
        })
    };
    let back_to_ours = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(data) = DataRef::bundled(lang) {
                state.dispatch(Action::UseData(data));
            }
        })
    };
    // A `data=` address loads unless this is an embed whose code did not ask for it. While
    // hydrating, the view drawn is the prerendered one.
    let data_address = shown_view
        .data
        .clone()
        .filter(|_| !shown_view.embed || shown_view.allow_data);
    let address_first = data_address.is_some();
    let on_span = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |(from, to): (Day, Day), _| {
            dispatcher.dispatch(Action::SetSpan(from, to))
        })
    };
    let on_track = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |track: Track, _| {
            dispatcher.dispatch(Action::SetTrack(track))
        })
    };
    let on_theme = |theme: Theme| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetTheme(theme)))
    };
    let on_projector = {
        let state = state.clone();
        let on = !state.projector;
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetProjector(on)))
    };
    let on_lang = |choice: Lang| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            // Switch once the texts are here (or have failed: the notice below says so).
            let state = state.clone();
            web::when_texts_ready(choice, move || state.dispatch(Action::SetLang(choice)));
        })
    };
    // Effects: the theme, the language and the embedded layout live on <html> and the static
    // header, outside the app's own tree.
    use_effect_with(state.theme, |theme| web::apply_theme(*theme));
    use_effect_with(state.projector, |on| web::apply_projector(*on));
    use_effect_with(lang, |lang| web::apply_language(*lang));
    use_effect_with(state.embed, |embed| web::apply_embed(*embed));

    // Effects: the view lives in the address. A new record, track or language is a new history
    // entry; a new date or theme replaces the current one. What the starting address got wrong
    // goes to the console once.
    let browser_lang = props.browser_lang;
    let shown = use_mut_ref(|| address_view.clone());
    let address_write = use_mut_ref(|| None::<web::Pending>);
    {
        let shown = shown.clone();
        let view = state.view(browser_lang);
        // Until the address's view replaces the prerendered one, the address is left alone.
        use_effect_with((view, *settled), move |(view, settled)| {
            if !*settled {
                return;
            }
            // Written a moment later, in a task of its own: a history call is slow the first
            // time (3-4 ms), which belongs after the interaction has painted, and a date
            // dragged along its slider then makes one write, not one per step (Chromium
            // throttles a page that writes its history too often). A newer view cancels the
            // pending write; the entry is new if the last written view and this one differ.
            let view = view.clone();
            *address_write.borrow_mut() = web::after(ADDRESS_WRITE_DELAY_MS, move || {
                let new_entry = permalink::is_new_view(&shown.borrow(), &view);
                web::write_address(&view, new_entry);
                if view.sync {
                    web::share::post_view_to_host(&view);
                }
                *shown.borrow_mut() = view;
            });
        });
    }
    // Worked out once, not on every render.
    let startup_warnings = use_memo((), |_| {
        let mut warnings = props.warnings.clone();
        warnings.extend(state.check_view(&address_view));
        if address_view.data.is_some() && address_view.embed && !address_view.allow_data {
            warnings.push("ignored data=: an embed loads it only with allow_data=1".to_owned());
        }
        warnings
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            web::warn(&startup_warnings);
            // Back and Forward restore the view the address now names, fetching its language's
            // texts first if need be.
            let listener = web::on_history_change(move || {
                let (view, _) = web::address_view();
                let state = state.clone();
                let view_lang = view.lang.unwrap_or(browser_lang);
                web::when_texts_ready(view_lang, move || state.dispatch(Action::Restore(view)));
            });
            // Dropping the listener removes it.
            move || {
                let _listener = listener;
            }
        });
    }

    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };

    // While the page hydrates with no record open, one record's detail panel is drawn once,
    // off-screen and inert, and taken away again before the page goes live: the first time a
    // panel opens or closes costs some 10 ms more than later ones (code run and text laid out
    // for the first time), and that time belongs here, not in a reader's first click.
    let warm_up = use_state_eq(|| None::<String>);
    {
        let warm_up = warm_up.clone();
        let hydrating = use_context::<Hydrating>().is_some_and(|h| h.0);
        let record = layout
            .first_id()
            .filter(|_| hydrating && state.selected.is_none() && address_view.item.is_none())
            .map(str::to_owned);
        use_effect_with((), move |_| {
            if let Some(id) = record {
                web::before_live(move || warm_up.set(Some(id)));
            }
        });
    }
    {
        let warm_up = warm_up.clone();
        use_effect_with((*warm_up).clone(), move |drawn| {
            if drawn.is_some() {
                web::before_live(move || warm_up.set(None));
            }
        });
    }

    let detail = match &state.selected {
        Some(id) => {
            html! { <DetailPanel {data} selected={id.clone()} on_close={close.clone()} /> }
        }
        None => html! {
            <aside class="detail-panel detail-empty" aria-label={lang.t(Key::DetailsLabel)}>
                <p>{ lang.t(Key::DetailEmpty) }</p>
            </aside>
        },
    };

    html! {
        <div class={classes!("page", state.selected.is_some().then_some("has-detail"))} {onkeydown}>
            <main id="main" class="layout">
                // Hydrating, the content as a whole waits for a task of its own too, so the
                // first one takes over only the page's frame (with it, the first task held the
                // page some 70 ms).
                <Later><div class="content">
                    if state.embed {
                        <p class="embed-bar">
                            <a href={format!("./{}", permalink::to_query(&ViewParams { embed: false, sync: false, ..state.view(browser_lang) }))}
                                target="_blank" rel="noopener">
                                { lang.t(Key::FullExplorer) }<span class="visually-hidden">{ lang.t(Key::OpensNewTab) }</span>
                            </a>
                        </p>
                    }
                    <Later><p class="as-of">{ lang.fill(Key::AsOfLine, &[("date", &lang.date(ds.as_of)), ("version", &ds.dataset_version)]) }
                        <a href="#corrections-title">{ lang.t(Key::CorrectionsLink) }</a>{ " · " }<a href="#sources-title">{ lang.t(Key::SourcesLink) }</a>
                        <span class="switches">
                            <span class="switch">
                                <span id="lang-label">{ lang.t(Key::LanguageLabel) }</span>
                                <span class="segmented" role="group" aria-labelledby="lang-label">
                                    { for Lang::available().map(|l| html! {
                                        <button type="button" class="segment" data-lang-choice={l.code()} lang={l.code()}
                                            aria-pressed={(lang == l).to_string()} onclick={on_lang(l)}>{ l.name() }</button>
                                    }) }
                                </span>
                            </span>
                            <span class="switch">
                                <span id="theme-label">{ lang.t(Key::ThemeLabel) }</span>
                                <span class="segmented" role="group" aria-labelledby="theme-label">
                                    { for Theme::ALL.iter().map(|t| html! {
                                        <button type="button" class="segment" data-theme-choice={t.key()}
                                            aria-pressed={(state.theme == *t).to_string()} onclick={on_theme(*t)}>{ t.label(lang) }</button>
                                    }) }
                                </span>
                            </span>
                            <span class="switch">
                                <span class="segmented">
                                    <button type="button" class="segment" data-testid="projector"
                                        aria-pressed={state.projector.to_string()} onclick={on_projector}>{ lang.t(Key::ProjectorLabel) }</button>
                                </span>
                            </span>
                        </span>
                    </p></Later>
                    if !data::has_translation(lang.code()) {
                        <p class="warning" role="status" lang={lang.code()}>{ lang.t(Key::TextsNotLoaded) }</p>
                    }
                    if let Some(custom) = data.custom {
                        <p class="own-data-banner" data-testid="own-data-banner">
                            { lang.fill(Key::OwnDataBanner, &[("title", &ds.title), ("name", &custom.label)]) }{ " " }
                            if !state.embed {
                                <button type="button" class="button" onclick={back_to_ours}>{ lang.t(Key::OwnDataBack) }</button>
                            }
                        </p>
                    }
                    // A link that names data shows its question, progress or problems first;
                    // otherwise the panel waits below the explorer's own content.
                    if address_first {
                        <OwnData {data} address={data_address.clone()} embed={state.embed} on_use={on_use.clone()} />
                    }
                    // Hydrating, each section (and each of the timeline's lanes) takes over its
                    // prerendered DOM in a task of its own.
                    <Later><Story {data} chapter={state.chapter} reveal={state.reveal} {on_chapter} {on_reveal} /></Later>
                    <Later><section class="panel timeline-panel" aria-labelledby="timeline-title">
                        <h2 id="timeline-title">{ lang.fill(Key::TimelineTitle, &[("year", &ds.first_day().year().to_string())]) }</h2>
                        <p class="dek">{ lang.t(Key::TimelineDek) }</p>
                        <StatusLegend {lang} />
                        <Timeline {lang} layout={layout.clone()} selected={state.selected.clone()} date={state.date}
                            on_select={on_select.clone()} on_pick_date={on_pick_date.clone()} highlights={highlights.clone()} />
                        <Later><TimelineList {data} on_select={on_select.clone()} {until} /></Later>
                        <Later><div class="roster-row">
                            <DateControl {lang} date={state.date} min_year={ds.first_day().year()} max_year={ds.as_of.year} {on_year}
                                min_day={layout.scale.domain().0} max_day={layout.today} on_day={on_pick_date.clone()}
                                playing={*playing} {on_play} />
                            <RosterView {data} date={state.date} on_select={on_select.clone()} />
                        </div></Later>
                    </section></Later>
                    <Later><RegionMap {data} date={state.date} selected={state.selected.clone()} on_select={on_select.clone()}
                        highlights={highlights.clone()} /></Later>
                    <Later><ChangesPanel {data} span={state.span} min={layout.scale.domain().0} max={layout.today}
                        {on_span} on_select={on_select.clone()} /></Later>
                    <Later><AssistanceChart {data} track={state.track} today={props.today} {on_track} on_select={on_select.clone()}  {until} {highlights} /></Later>
                    <Later><Share {data} view={state.view(browser_lang)} layout={layout.clone()} date={state.date}
                        track={state.track} today={props.today} /></Later>
                    if !address_first {
                        <Later><OwnData {data} address={data_address} embed={state.embed} {on_use} /></Later>
                    }
                    if data.custom.is_none() {
                        <Later><Cite {data} on_select={on_select.clone()} /></Later>
                    }
                    <Later><Corrections {data} /></Later>
                    <Later><SourceList {data} /></Later>
                </div></Later>
                { detail }
            </main>
            <footer class="site-footer">
                <p>{ &ds.coverage_note }</p>
                <p>{ &ds.licence }</p>
            </footer>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">{ &state.announcement }</div>
            if let Some(id) = &*warm_up {
                <div class="warm-up" aria-hidden="true" inert=true>
                    <DetailPanel {data} selected={id.clone()} on_close={Callback::noop()} />
                </div>
            }
        </div>
    }
}
