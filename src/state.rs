//! The app's state and its reducer: the language (and so which translation of the dataset),
//! what is selected, which date the roster shows, which aid track the chart shows, and the
//! one-line announcement for screen readers. Pure: the reducer
//! is a plain function, tested natively; a change that changes nothing returns the same `Rc`,
//! so Yew skips the re-render.

use std::rc::Rc;

use yew::Reducible;

use crate::data::{self, Dataset, Day, Track};
use crate::i18n::{Key, Lang};
use crate::model::{detail, roster};

/// The dataset in one language, with that language: what every component needs to write its
/// text. Compared by address and language code, so equal props cost two comparisons.
#[derive(Clone, Copy, Debug)]
pub struct DataRef {
    pub ds: &'static Dataset,
    pub lang: Lang,
}

impl PartialEq for DataRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.ds, other.ds) && self.lang == other.lang
    }
}

impl DataRef {
    /// The bundled dataset in `lang` (its texts as written where it has no translation).
    pub fn bundled(lang: Lang) -> Result<DataRef, &'static data::DataErrors> {
        Ok(DataRef {
            ds: data::bundled_in(lang.code())?,
            lang,
        })
    }
}

/// The colour theme: the system's (prefers-color-scheme), or one the reader picked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Theme::Auto => Key::ThemeAuto,
            Theme::Light => Key::ThemeLight,
            Theme::Dark => Key::ThemeDark,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub data: DataRef,
    /// The record shown in the detail panel.
    pub selected: Option<String>,
    /// The roster's date.
    pub date: Day,
    pub track: Track,
    pub theme: Theme,
    /// The headline of the last change, for the polite live region.
    pub announcement: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open the detail of a record; unknown ids are ignored.
    Select(String),
    CloseDetail,
    SetDate(Day),
    SetTrack(Track),
    SetTheme(Theme),
    /// Show the interface and the dataset's texts in another language.
    SetLang(Lang),
}

impl AppState {
    pub fn new(data: DataRef) -> AppState {
        AppState {
            data,
            selected: None,
            date: data.ds.as_of_day(),
            track: Track::Collective,
            theme: Theme::Auto,
            announcement: String::new(),
        }
    }

    /// The roster date for a year on the scrubber: 31 December, or the as-of date for the
    /// latest year (the last day the facts were checked).
    pub fn date_for_year(&self, year: i32) -> Day {
        let as_of = self.data.ds.as_of_day();
        match Day::from_ymd(year, 12, 31) {
            Some(end) if end < as_of => end,
            _ => as_of,
        }
    }

    pub fn apply(&self, action: Action) -> AppState {
        let (ds, lang) = (self.data.ds, self.data.lang);
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
            Action::SetLang(new_lang) => {
                if new_lang != lang
                    && let Ok(data) = DataRef::bundled(new_lang)
                {
                    next.data = data;
                    next.announcement = new_lang.t(Key::AnnounceLanguage).to_owned();
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
        Rc::new(AppState::new(DataRef::bundled(Lang::ENGLISH).unwrap()))
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
        let d = s.date_for_year(1999);
        assert_eq!(d.iso(), "1999-12-31");
        assert_eq!(s.date_for_year(2026), s.data.ds.as_of_day());
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
}
