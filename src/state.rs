//! The app's state and its reducer: the language (and so which translation of the dataset),
//! what is selected, which date the roster shows, which aid track the chart shows, and the
//! one-line announcement for screen readers. Pure: the reducer
//! is a plain function, tested natively; a change that changes nothing returns the same `Rc`,
//! so Yew skips the re-render.

use std::rc::Rc;

use yew::Reducible;

use crate::data::{self, Dataset, Day, Track};
use crate::i18n::{Key, Lang};
use crate::model::window::Window;
use crate::model::{changes, detail, roster, timeline};
use crate::permalink::{Theme, ViewKind, ViewParams};

/// The dataset in one language, with that language: what every component needs to write its
/// text. Compared by address and language code, so equal props cost two comparisons.
#[derive(Clone, Debug)]
pub struct DataRef {
    pub ds: Shared,
    pub lang: Lang,
    /// Where a reader's own dataset came from; `None` for the bundled CSTO data.
    pub custom: Option<Rc<CustomData>>,
}

/// A dataset the views hold: the bundled one, kept for the life of the page, or a reader's own,
/// freed once no view holds it (when another replaces it).
#[derive(Clone, Debug)]
pub enum Shared {
    Bundled(&'static Dataset),
    Own(Rc<Dataset>),
}

impl std::ops::Deref for Shared {
    type Target = Dataset;

    fn deref(&self) -> &Dataset {
        match self {
            Shared::Bundled(ds) => ds,
            Shared::Own(ds) => ds,
        }
    }
}

/// A reader's own dataset: the file's name or the address it was fetched from.
#[derive(Debug, PartialEq, Eq)]
pub struct CustomData {
    /// What the reader knows it by: the file name, or the address.
    pub label: String,
    /// The address (`data=`) it was fetched from, so a link to the view fetches it again; `None`
    /// for a file from the reader's own device, which stays in the browser.
    pub url: Option<String>,
}

impl PartialEq for DataRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(&*self.ds, &*other.ds) && self.lang == other.lang
    }
}

impl DataRef {
    /// The bundled dataset in `lang` (its texts as written where it has no translation).
    pub fn bundled(lang: Lang) -> Result<DataRef, &'static data::DataErrors> {
        Ok(DataRef {
            ds: Shared::Bundled(data::bundled_in(lang.code())?),
            lang,
            custom: None,
        })
    }

    /// A reader's own dataset, validated.
    pub fn custom(ds: Dataset, lang: Lang, label: String, url: Option<String>) -> DataRef {
        DataRef {
            ds: Shared::Own(Rc::new(ds)),
            lang,
            custom: Some(Rc::new(CustomData { label, url })),
        }
    }

    /// The same data in another language: the bundled data's translation, or a reader's own
    /// dataset as it is written (it carries no translations).
    pub fn in_lang(self, lang: Lang) -> Option<DataRef> {
        match self.custom {
            None => DataRef::bundled(lang).ok(),
            Some(_) => Some(DataRef { lang, ..self }),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub data: DataRef,
    /// One graphic alone (`view=`), or `None` for the whole page.
    pub view: Option<ViewKind>,
    /// The timeline's window a reader chose (zoomed, panned, a preset); `None` for the default,
    /// which depends on the screen's width (and in a story, the chapter's span).
    pub window: Option<Window>,
    /// The page's window while a story is on screen, given back when it closes.
    pub page_window: Option<Window>,
    /// The record shown in the detail panel.
    pub selected: Option<String>,
    /// The roster's date.
    pub date: Day,
    pub track: Track,
    pub theme: Theme,
    /// The story chapter on screen (an index into the dataset's chapters), if the story is on.
    pub chapter: Option<usize>,
    /// Predict-and-reveal: nothing after the chapter's date is shown.
    pub reveal: bool,
    /// Large type and high contrast for a classroom projector, in either theme.
    pub projector: bool,
    /// The two dates "what changed" compares.
    pub span: (Day, Day),
    /// The latest date the roster may show: today.
    pub latest: Day,
    /// The compact layout for an article's iframe.
    pub embed: bool,
    /// In an iframe, tell the host page each view (`sync=1`).
    pub sync: bool,
    /// In an iframe, the embed code lets `data=` load a dataset (`allow_data=1`).
    pub allow_data: bool,
    /// The headline of the last change, for the polite live region.
    pub announcement: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open the detail of a record; unknown ids are ignored.
    Select(String),
    CloseDetail,
    SetDate(Day),
    /// Compare two other dates in "what changed".
    SetSpan(Day, Day),
    SetTrack(Track),
    SetTheme(Theme),
    SetProjector(bool),
    /// Show a story chapter (the roster moves to its date), or leave the story with `None`.
    SetChapter(Option<usize>),
    /// Predict-and-reveal on or off.
    SetReveal(bool),
    /// Show the interface and the dataset's texts in another language.
    SetLang(Lang),
    /// Show another dataset (a reader's own, already validated, or the bundled one again): the
    /// view starts afresh on it, keeping the theme, projector and layout.
    UseData(DataRef),
    /// The browser's clock says another day than the page was drawn for (a prerendered page
    /// hydrating): the roster may now go up to it.
    SetToday(Day),
    /// Show the view an address describes (a shared link, Back/Forward); anything it leaves
    /// out or gets wrong is the default.
    Restore(ViewParams),
    /// The timeline's window (`None`: back to the default for the screen).
    SetWindow(Option<Window>),
}

/// The roster date for a year on the scrubber: 31 December, or the as-of date for the latest
/// year (the last day the facts were checked).
pub fn date_for_year(ds: &Dataset, year: i32) -> Day {
    let as_of = ds.as_of_day();
    match Day::from_ymd(year, 12, 31) {
        Some(end) if end < as_of => end,
        _ => as_of,
    }
}

impl AppState {
    pub fn new(data: DataRef, today: Day) -> AppState {
        let (as_of, span) = (data.ds.as_of_day(), AppState::default_span(&data.ds));
        AppState {
            data,
            view: None,
            window: None,
            page_window: None,
            selected: None,
            date: as_of,
            track: Track::Collective,
            theme: Theme::Auto,
            projector: false,
            chapter: None,
            reveal: false,
            latest: today.max(as_of),
            span,
            embed: false,
            sync: false,
            allow_data: false,
            announcement: String::new(),
        }
    }

    /// "What changed" starts from 2012 to the as-of date: Uzbekistan's suspension, every aid
    /// record and Armenia's freeze.
    pub fn default_span(ds: &Dataset) -> (Day, Day) {
        let (first, last) = (ds.first_day(), ds.as_of_day());
        let from = Day::from_ymd(2012, 1, 1).expect("a valid date");
        let from = if (first..=last).contains(&from) {
            from
        } else {
            first
        };
        (from, last)
    }

    /// "Chapter 3 of 10: The split of 1999."
    pub fn chapter_line(ds: &Dataset, lang: Lang, index: usize) -> String {
        let Some(chapter) = ds.chapters.get(index) else {
            return String::new();
        };
        lang.fill(
            Key::AnnounceChapter,
            &[
                ("n", &lang.integer(index as u64 + 1)),
                ("total", &lang.integer(ds.chapters.len() as u64)),
                ("title", &chapter.title),
            ],
        )
    }

    /// The roster date a view need not name: the chapter's, or the as-of date.
    fn default_date(&self) -> Day {
        let ds = &*self.data.ds;
        self.chapter
            .and_then(|i| ds.chapters.get(i))
            .map_or(ds.as_of_day(), |c| {
                c.date.last_day().clamp(self.earliest(), self.latest)
            })
    }

    /// The day after which predict-and-reveal hides everything, when it is on.
    pub fn reveal_until(&self) -> Option<Day> {
        let chapter = self.data.ds.chapters.get(self.chapter?)?;
        self.reveal.then(|| chapter.date.last_day())
    }

    /// The timeline's domain: the story's first year to the year after today.
    pub fn domain(&self) -> Window {
        let (from, to) = timeline::domain(&self.data.ds, self.latest);
        Window::new(from, to)
    }

    /// A window from an address, fitted to the domain; `None` when none of it lies inside.
    fn fit_window(&self, window: Window) -> Option<Window> {
        let domain = self.domain();
        (window.from < domain.to && window.to > domain.from).then(|| window.clamped(domain))
    }

    /// The first day the roster may show.
    pub fn earliest(&self) -> Day {
        self.data.ds.first_day()
    }

    /// Whether the roster can show `day`: from 1992 to today.
    fn shows_date(&self, day: Day) -> bool {
        (self.earliest()..=self.latest).contains(&day)
    }

    /// The view as address parameters, defaults left out; the language only when it differs
    /// from `browser_lang` (what the reader's browser alone would choose).
    pub fn view(&self, browser_lang: Lang) -> ViewParams {
        let default_span = AppState::default_span(&self.data.ds);
        ViewParams {
            view: self.view,
            span: self.window,
            lang: (self.data.lang != browser_lang).then_some(self.data.lang),
            item: self.selected.clone(),
            date: (self.date != self.default_date()).then_some(self.date),
            track: (self.track != Track::Collective).then_some(self.track),
            theme: (self.theme != Theme::Auto).then_some(self.theme),
            chapter: self
                .chapter
                .and_then(|i| self.data.ds.chapters.get(i))
                .map(|c| c.id.clone()),
            reveal: self.reveal && self.chapter.is_some(),
            projector: self.projector,
            from: (self.span.0 != default_span.0).then_some(self.span.0),
            to: (self.span.1 != default_span.1).then_some(self.span.1),
            embed: self.embed,
            sync: self.sync,
            data: self.data.custom.as_ref().and_then(|c| c.url.clone()),
            allow_data: self.allow_data,
        }
    }

    /// What in `view` this state cannot show (a record id it does not have, a date outside the
    /// story), for a console warning; `Restore` falls back to the default for each.
    pub fn check_view(&self, view: &ViewParams) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(item) = &view.item
            && detail::detail(&self.data.ds, self.data.lang, item).is_none()
        {
            out.push(format!("ignored item={item}: no such record"));
        }
        if let Some(chapter) = &view.chapter
            && !self.data.ds.chapters.iter().any(|c| &c.id == chapter)
        {
            out.push(format!("ignored chapter={chapter}: no such chapter"));
        }
        if let Some(window) = view.span
            && self.fit_window(window).is_none()
        {
            out.push(format!(
                "ignored span={}: outside the story's years to today",
                window.to_param()
            ));
        }
        for (key, day) in [("date", view.date), ("from", view.from), ("to", view.to)] {
            if let Some(day) = day
                && !self.shows_date(day)
            {
                out.push(format!(
                    "ignored {key}={}: outside the story's years to today",
                    day.iso()
                ));
            }
        }
        out
    }

    pub fn apply(&self, action: Action) -> AppState {
        let shared = self.data.ds.clone();
        let (ds, lang) = (&*shared, self.data.lang);
        let mut next = self.clone();
        match action {
            Action::Select(id) => {
                if let Some(d) = detail::detail(ds, lang, &id) {
                    next.announcement = lang.fill(Key::AnnounceSelected, &[("title", &d.title)]);
                    next.selected = Some(id);
                }
            }
            Action::CloseDetail => {
                if self.selected.is_some() {
                    next.selected = None;
                    next.announcement = lang.t(Key::AnnounceClosed).to_owned();
                }
            }
            Action::SetDate(day) => {
                if day != self.date {
                    next.date = day;
                    next.announcement = roster::roster_at(ds, day).headline(lang);
                }
            }
            Action::SetSpan(from, to) => {
                let span = (
                    from.clamp(self.earliest(), self.latest),
                    to.clamp(self.earliest(), self.latest),
                );
                if span != self.span {
                    next.span = span;
                    next.announcement = changes::between(ds, lang, span.0, span.1).summary;
                }
            }
            Action::SetChapter(index) => {
                let index = index.filter(|i| *i < ds.chapters.len());
                if index != self.chapter {
                    next.chapter = index;
                    // Each chapter opens on its own span; leaving the story gives the page its
                    // window back.
                    match (self.chapter, index) {
                        (None, Some(_)) => {
                            next.page_window = self.window;
                            next.window = None;
                        }
                        (Some(_), None) => next.window = next.page_window.take(),
                        _ => next.window = None,
                    }
                    match index.and_then(|i| ds.chapters.get(i)) {
                        Some(chapter) => {
                            next.date = chapter.date.last_day().clamp(self.earliest(), self.latest);
                            next.selected = None;
                            next.announcement =
                                AppState::chapter_line(ds, lang, index.unwrap_or(0));
                        }
                        None => {
                            next.reveal = false;
                            next.announcement = lang.t(Key::AnnounceStoryLeft).to_owned();
                        }
                    }
                }
            }
            Action::SetReveal(on) => {
                if on != self.reveal && self.chapter.is_some() {
                    next.reveal = on;
                    next.announcement = lang
                        .t(if on {
                            Key::AnnounceRevealOn
                        } else {
                            Key::AnnounceRevealOff
                        })
                        .to_owned();
                }
            }
            Action::SetProjector(on) => {
                if on != self.projector {
                    next.projector = on;
                    next.announcement = lang
                        .t(if on {
                            Key::AnnounceProjectorOn
                        } else {
                            Key::AnnounceProjectorOff
                        })
                        .to_owned();
                }
            }
            Action::SetToday(today) => {
                next.latest = today.max(ds.as_of_day());
            }
            Action::SetWindow(window) => {
                next.window = window.and_then(|w| self.fit_window(w));
            }
            Action::SetTheme(theme) => {
                if theme != self.theme {
                    next.theme = theme;
                    next.announcement =
                        lang.fill(Key::AnnounceTheme, &[("theme", theme.label(lang))]);
                }
            }
            Action::SetTrack(track) => {
                if track != self.track {
                    next.track = track;
                    next.announcement =
                        lang.fill(Key::AnnounceTrack, &[("track", lang.track(track))]);
                }
            }
            Action::UseData(data) => {
                if data != self.data {
                    next = AppState {
                        view: self.view,
                        theme: self.theme,
                        projector: self.projector,
                        embed: self.embed,
                        sync: self.sync,
                        allow_data: self.allow_data,
                        announcement: data
                            .lang
                            .fill(Key::AnnounceData, &[("title", &data.ds.title)]),
                        ..AppState::new(data, self.latest)
                    };
                }
            }
            Action::SetLang(new_lang) => {
                if new_lang != lang
                    && let Some(data) = next.data.clone().in_lang(new_lang)
                {
                    next.data = data;
                    next.announcement = new_lang.t(Key::AnnounceLanguage).to_owned();
                }
            }
            Action::Restore(view) => {
                if let Some(new_lang) = view.lang.filter(|l| *l != lang)
                    && let Some(data) = next.data.clone().in_lang(new_lang)
                {
                    next.data = data;
                }
                let shared = next.data.ds.clone();
                let (ds, lang) = (&*shared, next.data.lang);
                let selected = view
                    .item
                    .as_deref()
                    .and_then(|id| detail::detail(ds, lang, id));
                next.selected = selected.as_ref().map(|d| d.id.clone());
                next.date = view
                    .date
                    .filter(|d| self.shows_date(*d))
                    .unwrap_or_else(|| ds.as_of_day());
                next.track = view.track.unwrap_or(Track::Collective);
                next.theme = view.theme.unwrap_or_default();
                let default_span = AppState::default_span(ds);
                next.span = (
                    view.from
                        .filter(|d| self.shows_date(*d))
                        .unwrap_or(default_span.0),
                    view.to
                        .filter(|d| self.shows_date(*d))
                        .unwrap_or(default_span.1),
                );
                next.projector = view.projector;
                next.chapter = view
                    .chapter
                    .as_deref()
                    .and_then(|id| ds.chapters.iter().position(|c| c.id == id));
                next.reveal = view.reveal && next.chapter.is_some();
                if let Some(chapter) = next.chapter.and_then(|i| ds.chapters.get(i))
                    && view.date.is_none()
                {
                    next.date = chapter.date.last_day().clamp(self.earliest(), self.latest);
                }
                next.view = view.view;
                next.window = view.span.and_then(|w| self.fit_window(w));
                next.embed = view.embed;
                next.sync = view.sync;
                next.allow_data = view.allow_data;
                // The same view again (the page's first render restores the view it starts
                // in) keeps its announcement, and the roster's headline is not worked out.
                if next.view(lang) != self.view(lang) || next.data != self.data {
                    next.announcement = match &selected {
                        Some(d) => lang.fill(Key::AnnounceSelected, &[("title", &d.title)]),
                        None => roster::roster_at(ds, next.date).headline(lang),
                    };
                }
            }
        }
        next
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn state() -> Rc<AppState> {
        Rc::new(AppState::new(
            DataRef::bundled(Lang::ENGLISH).unwrap(),
            Day::from_ymd(2026, 11, 26).unwrap(),
        ))
    }

    #[test]
    fn selecting_announces_the_title_only() {
        let s = state().reduce(Action::Select("uzb-suspended".into()));
        assert_eq!(s.selected.as_deref(), Some("uzb-suspended"));
        assert_eq!(
            s.announcement,
            "Selected: Uzbekistan's membership suspended. Details shown."
        );
        let closed = s.reduce(Action::CloseDetail);
        assert_eq!(closed.selected, None);
    }

    #[test]
    fn a_readers_dataset_is_freed_when_another_replaces_it() {
        let own = |title: &str| {
            let mut ds = data::bundled().unwrap().clone();
            ds.title = title.to_owned();
            DataRef::custom(ds, Lang::ENGLISH, format!("{title}.json"), None)
        };
        let first = own("first");
        let Shared::Own(held) = &first.ds else {
            panic!("a reader's dataset is owned");
        };
        let freed = Rc::downgrade(held);
        let s = state().reduce(Action::UseData(first));
        assert!(freed.upgrade().is_some(), "kept while shown");
        let s = s.reduce(Action::UseData(own("second")));
        assert_eq!(s.data.ds.title, "second");
        assert!(freed.upgrade().is_none(), "freed once replaced");
    }

    #[test]
    fn no_op_keeps_the_same_rc() {
        let s = state();
        for action in [
            Action::Select("no-such-id".into()),
            Action::CloseDetail,
            Action::SetTrack(Track::Collective),
            Action::SetDate(s.date),
        ] {
            let next = s.clone().reduce(action.clone());
            assert!(Rc::ptr_eq(&s, &next), "{action:?}");
        }
    }

    #[test]
    fn date_changes_announce_the_roster() {
        let s = state();
        let d = date_for_year(&s.data.ds, 1999);
        assert_eq!(d.iso(), "1999-12-31");
        assert_eq!(date_for_year(&s.data.ds, 2026), s.data.ds.as_of_day());
        let next = s.reduce(Action::SetDate(d));
        assert_eq!(
            next.announcement,
            "On 31 Dec 1999: 6 members, 3 not a party."
        );
    }

    #[test]
    fn switching_language_switches_the_dataset_texts_and_keeps_the_view() {
        let s = state().reduce(Action::Select("uzb-suspended".into()));
        let ru = Lang::from_code("ru").unwrap();
        let next = s.clone().reduce(Action::SetLang(ru));
        assert_eq!(next.data.lang, ru);
        assert_eq!(next.selected, s.selected);
        assert_eq!(next.announcement, "Язык: русский.");
        assert_eq!(next.data.ds.state("UZB").unwrap().name, "Узбекистан");
        let same = next.clone().reduce(Action::SetLang(ru));
        assert!(Rc::ptr_eq(&next, &same));
        let dated = next.reduce(Action::SetDate(Day::from_ymd(1999, 12, 31).unwrap()));
        assert_eq!(
            dated.announcement,
            "На 31 декабря 1999 г.: 6 членов, не участвуют: 3."
        );
    }

    #[test]
    fn a_restored_view_is_the_view_it_describes() {
        let s = state()
            .reduce(Action::Select("uzb-suspended".into()))
            .reduce(Action::SetTrack(Track::Bilateral))
            .reduce(Action::SetDate(Day::from_ymd(1999, 12, 31).unwrap()))
            .reduce(Action::SetSpan(
                Day::from_ymd(1999, 1, 1).unwrap(),
                Day::from_ymd(2000, 1, 1).unwrap(),
            ));
        assert_eq!(
            s.announcement,
            "In between: 3 changes of status, 0 pledges and 0 reported deliveries."
        );
        let view = s.view(Lang::ENGLISH);
        assert_eq!(view.from, Day::from_ymd(1999, 1, 1));
        let restored = state().reduce(Action::Restore(view.clone()));
        assert_eq!(restored.view(Lang::ENGLISH), view);
        assert_eq!(restored.selected.as_deref(), Some("uzb-suspended"));
        assert!(restored.announcement.starts_with("Selected:"));
        // Restoring the defaults closes the panel and resets the rest.
        let back = restored.reduce(Action::Restore(ViewParams::default()));
        assert_eq!(back.view(Lang::ENGLISH), ViewParams::default());
    }

    #[test]
    fn a_view_with_bad_values_restores_the_defaults_and_says_why() {
        let s = state();
        let view = ViewParams {
            item: Some("no-such-record".into()),
            date: Day::from_ymd(1950, 1, 1),
            to: Day::from_ymd(2990, 1, 1),
            ..ViewParams::default()
        };
        assert_eq!(s.check_view(&view).len(), 3);
        let restored = s.clone().reduce(Action::Restore(view));
        assert_eq!(restored.selected, None);
        assert_eq!(restored.date, s.date);
        assert_eq!(restored.span, s.span);
    }
}
