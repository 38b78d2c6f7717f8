//! The app's shell, organised by views. `Explorer` owns the one reducer and its hooks (the
//! address, Back and Forward, the story's keys, playing the years) and composes one of three
//! layouts: the whole page (every view, the page's switches, sharing, citing, own data and the
//! sources), one view alone (`?view=`, or an article's embed), or a story chapter as a slide.
//! The views (`views`) are components with their own small state; what a reader can do reaches
//! them as [`Actions`], callbacks that stay the same from render to render.

pub mod explorer;
pub mod hooks;
pub mod page;
pub mod slide;
pub mod views;

pub use explorer::{Explorer, ExplorerProps, FULL};

use yew::Callback;

use crate::data::{Day, Track};
use crate::i18n::Lang;
use crate::model::window::Window;
use crate::permalink::Theme;
use crate::state::DataRef;

/// What a reader can do, as callbacks that stay the same from render to render (so a view
/// whose data did not change skips its render).
#[derive(Clone, PartialEq)]
pub struct Actions {
    /// Open a record's detail.
    pub select: Callback<String>,
    /// Close the detail, giving focus back to where it was opened.
    pub close: Callback<()>,
    /// Show the roster on a day (pauses playing).
    pub pick_date: Callback<Day>,
    /// Show the roster at a year's end (pauses playing).
    pub year: Callback<i32>,
    /// Play the roster through the years, or pause it.
    pub play: Callback<()>,
    pub track: Callback<Track>,
    /// The two dates "what changed" compares.
    pub span: Callback<(Day, Day)>,
    /// The timeline's window (`None`: the default for the screen).
    pub window: Callback<Option<Window>>,
    /// Show a story chapter, or leave the story.
    pub chapter: Callback<Option<usize>>,
    pub reveal: Callback<bool>,
    pub theme: Callback<Theme>,
    pub projector: Callback<bool>,
    /// Switch language once its texts are here.
    pub lang: Callback<Lang>,
    /// Show another dataset (a reader's own, or ours again).
    pub use_data: Callback<DataRef>,
}
