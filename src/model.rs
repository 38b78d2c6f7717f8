//! Everything the views compute from the dataset: scales, the timeline's lane layout, the roster
//! at a date, the region map, what changed between two dates, the detail of a selected record, aid rows and text formatting. Pure: no web crate,
//! no clock (today is passed in); tested natively.

pub mod assistance;
pub mod changelog;
pub mod changes;
pub mod coverage;
pub mod detail;
pub mod format;
pub mod map;
pub mod roster;
pub mod scale;
pub mod timeline;
pub mod timeline_view;
pub mod views;
pub mod window;
