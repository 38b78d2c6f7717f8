//! The pledged-versus-delivered chart: `spec` turns the dataset into marks placed in pixels,
//! `draw` paints them with plotters onto any backend, `svg` renders to an SVG string with its
//! accessible title and description. Pure: no web crate; snapshot-tested natively.

pub mod draw;
pub mod spec;
pub mod svg;
pub mod theme;

pub use spec::{ChartSpec, Mark, MarkShape};
pub use svg::render_svg;
