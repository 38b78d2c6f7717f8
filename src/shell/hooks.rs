//! The explorer's hooks: what a reader can do (as stable callbacks), playing the years, the view
//! kept in the address (and Back and Forward), the story's clicker keys and the page's scroll
//! position around a story, the page-wide settings on `<html>`, where the detail sheet docks,
//! and the warm-up of the detail panel while the page hydrates.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::Actions;
use super::views::Place;
use crate::components::Hydrating;
use crate::components::timeline::item_dom_id;
use crate::data::Day;
use crate::i18n::Lang;
use crate::permalink::{self, ViewParams};
use crate::state::{self, Action, AppState, DataRef};
use crate::web;

/// How long after a change of view the address is written (see [`use_address`]).
const ADDRESS_WRITE_DELAY_MS: u32 = 100;

thread_local! {
    /// Where the page was scrolled when the story opened, to go back there when it closes.
    static PAGE_SCROLL: Cell<f64> = const { Cell::new(0.0) };
}

/// What the callbacks need of the latest state, without being made anew for it.
struct Latest {
    selected: Option<String>,
    date: Day,
    data: DataRef,
    story_open: bool,
}

/// Returns focus to where a record lives on the page (its timeline target or chart mark).
fn focus_record(id: &str) {
    web::focus_by_id(&item_dom_id(id));
    web::focus_by_id(&format!("mark-{id}"));
}

/// What a reader can do, as callbacks made once; and whether the years are playing.
#[hook]
pub fn use_actions(state: &UseReducerHandle<AppState>) -> (Actions, bool) {
    let dispatcher = state.dispatcher();
    let now = || Latest {
        selected: state.selected.clone(),
        date: state.date,
        data: state.data.clone(),
        story_open: state.chapter.is_some(),
    };
    let latest = use_mut_ref(now);
    *latest.borrow_mut() = now();
    // The control that opened the detail panel, to give focus back when it closes.
    let opener = use_mut_ref(|| None::<web_sys::HtmlElement>);
    let (playing, play) = use_playing(&dispatcher, &latest);
    let stop = playing.setter();
    let actions = use_memo((), |_| Actions {
        select: {
            let (d, opener) = (dispatcher.clone(), opener.clone());
            Callback::from(move |id: String| {
                *opener.borrow_mut() = web::active_element();
                d.dispatch(Action::Select(id));
            })
        },
        close: {
            let (d, opener, latest) = (dispatcher.clone(), opener.clone(), latest.clone());
            Callback::from(move |()| {
                let Some(id) = latest.borrow().selected.clone() else {
                    return;
                };
                d.dispatch(Action::CloseDetail);
                let returned = opener
                    .borrow_mut()
                    .take()
                    .is_some_and(|el| web::refocus(&el));
                if !returned {
                    focus_record(&id);
                }
            })
        },
        pick_date: {
            let (d, stop) = (dispatcher.clone(), stop.clone());
            Callback::from(move |day: Day| {
                stop.set(false);
                d.dispatch(Action::SetDate(day));
            })
        },
        year: {
            let (d, stop, latest) = (dispatcher.clone(), stop.clone(), latest.clone());
            Callback::from(move |year: i32| {
                stop.set(false);
                let day = state::date_for_year(&latest.borrow().data.ds, year);
                d.dispatch(Action::SetDate(day));
            })
        },
        play,
        track: dispatching(&dispatcher, Action::SetTrack),
        span: {
            let d = dispatcher.clone();
            Callback::from(move |(from, to): (Day, Day)| d.dispatch(Action::SetSpan(from, to)))
        },
        window: dispatching(&dispatcher, Action::SetWindow),
        chapter: {
            let (d, latest) = (dispatcher.clone(), latest.clone());
            Callback::from(move |to: Option<usize>| {
                // The page is about to give way to the slide: remember where it was.
                if to.is_some() && !latest.borrow().story_open {
                    PAGE_SCROLL.with(|s| s.set(web::view::scroll_y()));
                }
                d.dispatch(Action::SetChapter(to));
            })
        },
        reveal: dispatching(&dispatcher, Action::SetReveal),
        theme: dispatching(&dispatcher, Action::SetTheme),
        projector: dispatching(&dispatcher, Action::SetProjector),
        lang: {
            let d = dispatcher.clone();
            // Switch once the texts are here (or have failed: the page says so).
            Callback::from(move |choice: Lang| {
                let d = d.clone();
                web::when_texts_ready(choice, move || d.dispatch(Action::SetLang(choice)));
            })
        },
        use_data: dispatching(&dispatcher, Action::UseData),
    });
    ((*actions).clone(), *playing)
}

/// A callback that dispatches the action `make` makes of its value.
fn dispatching<T: 'static>(
    dispatcher: &UseReducerDispatcher<AppState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let d = dispatcher.clone();
    Callback::from(move |value| d.dispatch(make(value)))
}

type LatestRef = Rc<std::cell::RefCell<Latest>>;

/// Playing the roster through the years, one every second and a half, up to the last (from the
/// first again when it is already there); a reader's own choice of date pauses it. The ticker
/// is dropped by an effect, never from inside its own tick.
#[hook]
fn use_playing(
    dispatcher: &UseReducerDispatcher<AppState>,
    latest: &LatestRef,
) -> (UseStateHandle<bool>, Callback<()>) {
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
    let play = {
        let (playing, d, latest) = (playing.clone(), dispatcher.clone(), latest.clone());
        // Made once (its props stay equal), so it reads whether the years are playing from the
        // ticker, not from `playing`, which holds the value of the render it was made in.
        use_callback((), move |(), _| {
            if ticker.borrow_mut().take().is_some() {
                playing.set(false);
                return;
            }
            let (date, data) = (latest.borrow().date, latest.borrow().data.clone());
            let (first, last) = (data.ds.first_day().year(), data.ds.as_of.year);
            let year = Rc::new(Cell::new(if date.year() >= last {
                first - 1
            } else {
                date.year()
            }));
            let (d, stop) = (d.clone(), playing.clone());
            let step = move || {
                let next = year.get() + 1;
                year.set(next);
                d.dispatch(Action::SetDate(state::date_for_year(&data.ds, next)));
                if next >= last {
                    stop.set(false);
                }
            };
            step();
            *ticker.borrow_mut() = web::every(1500, step);
            playing.set(true);
        })
    };
    (playing, play)
}

/// Hydrating a prerendered view other than the address's: the address's view follows once the
/// page has hydrated and its language's texts are here. Returns whether it has (always, when not hydrating).
#[hook]
pub fn use_address_view_after_hydration(
    state: &UseReducerHandle<AppState>,
    then: Option<ViewParams>,
    browser_lang: Lang,
) -> bool {
    let settled = use_state_eq(|| then.is_none());
    {
        let (dispatcher, settled) = (state.dispatcher(), settled.clone());
        use_effect_with((), move |_| {
            if let Some(view) = then {
                let lang = view.lang.unwrap_or(browser_lang);
                web::when_hydrated(move || {
                    web::when_texts_ready(lang, move || {
                        settled.set(true);
                        dispatcher.dispatch(Action::Restore(ViewParams {
                            lang: Some(lang),
                            ..view
                        }));
                    });
                });
            }
        });
    }
    *settled
}

/// The view lives in the address: a new record, view, track or language is a new history
/// entry; a new date, window or theme replaces the current one. Back and Forward restore the
/// view the address names. What the starting address got wrong goes to the console once.
#[hook]
pub fn use_address(
    state: &UseReducerHandle<AppState>,
    address_view: &ViewParams,
    browser_lang: Lang,
    settled: bool,
    warnings: &[String],
) {
    let shown = use_mut_ref(|| address_view.clone());
    let address_write = use_mut_ref(|| None::<web::Pending>);
    {
        let shown = shown.clone();
        let view = state.view(browser_lang);
        // Until the address's view replaces the prerendered one, the address is left alone.
        use_effect_with((view, settled), move |(view, settled)| {
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
    let startup_warnings = use_memo((), |_| {
        let mut all = warnings.to_vec();
        all.extend(state.check_view(address_view));
        if address_view.data.is_some() && address_view.embed && !address_view.allow_data {
            all.push("ignored data=: an embed loads it only with allow_data=1".to_owned());
        }
        all
    });
    let state = state.clone();
    use_effect_with((), move |_| {
        web::warn(&startup_warnings);
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

/// The story's clicker keys while a chapter is on screen; opening the story puts focus on the
/// chapter's title (a screen reader starts there) and remembers where the page was scrolled,
/// and leaving it scrolls the page back there.
#[hook]
pub fn use_story(state: &UseReducerHandle<AppState>) {
    let total = state.data.ds.chapters.len();
    {
        let state = state.clone();
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
    let opened = state.chapter.is_some();
    let was_open = use_mut_ref(|| opened);
    use_effect_with(opened, move |opened| {
        let before = std::mem::replace(&mut *was_open.borrow_mut(), *opened);
        if *opened {
            if !before {
                web::view::scroll_to_y(0.0);
            }
            web::focus_by_id("story-title");
        } else if before {
            web::view::exit_fullscreen();
            web::view::scroll_back_to_y(PAGE_SCROLL.with(Cell::get));
        }
    });
}

/// The theme, projector mode, language, embedded layout and the layout on screen (page, a view
/// alone, a slide) live on `<html>` and the static header, outside the app's own tree.
#[hook]
pub fn use_page_settings(state: &AppState, settled: bool) {
    use_effect_with(state.theme, |theme| web::apply_theme(*theme));
    use_effect_with(state.projector, |on| web::apply_projector(*on));
    use_effect_with(state.data.lang, |lang| web::apply_language(*lang));
    use_effect_with(state.embed, |embed| web::apply_embed(*embed));
    // Hydrating, the page's early script has already set the address's layout: the
    // prerendered view drawn meanwhile must not undo it (an embed would grow to the page).
    let place = Place::of(state);
    use_effect_with((place, state.view, settled), |(place, view, settled)| {
        if *settled {
            web::apply_layout(place.key(), view.map(|v| v.key()));
        }
    });
}

/// Where the detail sheet docks: at the top or the bottom of the screen, whichever side of
/// what it describes has more room, and no taller than that room, so it never hides it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SheetDock {
    pub top: bool,
    /// The room on that side in CSS pixels; `None` when what it describes is not on screen.
    pub room_px: Option<f64>,
}

#[hook]
pub fn use_sheet_dock(selected: Option<String>) -> SheetDock {
    let dock = use_state_eq(SheetDock::default);
    {
        let dock = dock.clone();
        use_effect_with(selected, move |selected| {
            if let Some(id) = selected {
                let room = [item_dom_id(id), format!("mark-{id}")]
                    .iter()
                    .find_map(|dom| web::view::room_around(dom));
                dock.set(match room {
                    Some((above, below)) => SheetDock {
                        top: above > below,
                        room_px: Some(above.max(below)),
                    },
                    None => SheetDock::default(),
                });
            }
        });
    }
    *dock
}

/// While the page hydrates with no record open, one record's detail panel is drawn once,
/// off-screen and inert, and taken away again before the page goes live: the first time a panel
/// opens or closes costs some 10 ms more than later ones (code run and text laid out for the
/// first time), and that time belongs here, not in a reader's first click.
#[hook]
pub fn use_warm_up(record: Option<String>) -> Option<String> {
    let warm_up = use_state_eq(|| None::<String>);
    let hydrating = use_context::<Hydrating>().is_some_and(|h| h.0);
    {
        let warm_up = warm_up.clone();
        let record = record.filter(|_| hydrating);
        use_effect_with((), move |_| {
            if let Some(id) = record {
                web::before_live(move || warm_up.set(Some(id)));
            }
        });
    }
    {
        let warm_up = warm_up.clone();
        use_effect_with((*warm_up).clone(), move |drawn| {
            // Taken away in a task of its own before the page goes live; at once if the page
            // went live in between (else it would stay, a second `#detail` beside a reader's).
            let later = warm_up.clone();
            if drawn.is_some() && !web::before_live(move || later.set(None)) {
                warm_up.set(None);
            }
        });
    }
    (*warm_up).clone()
}
