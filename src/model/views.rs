//! The explorer's five views by name, as `view=` writes them: the page composes them, and each
//! stands alone in an embed or a slide. Pure.

/// One graphic of the explorer, shown alone with `view=` (on the page, or embedded).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewKind {
    Timeline,
    Chart,
    Map,
    Roster,
    Changes,
}

impl ViewKind {
    pub const ALL: [ViewKind; 5] = [
        ViewKind::Timeline,
        ViewKind::Chart,
        ViewKind::Map,
        ViewKind::Roster,
        ViewKind::Changes,
    ];

    /// As the address writes it.
    pub fn key(self) -> &'static str {
        match self {
            ViewKind::Timeline => "timeline",
            ViewKind::Chart => "chart",
            ViewKind::Map => "map",
            ViewKind::Roster => "roster",
            ViewKind::Changes => "changes",
        }
    }

    pub fn from_key(key: &str) -> Option<ViewKind> {
        ViewKind::ALL.into_iter().find(|v| v.key() == key)
    }
}
