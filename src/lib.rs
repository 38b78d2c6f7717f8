//! The CSTO explorer: a membership timeline from the 1992 treaty to today and a chart of aid
//! pledged and delivered for Tajikistan's border with Afghanistan.
//!
//! # Implementation note
//! `data`, `i18n`, `model`, `chart`, `export`, `permalink` and `state` are the pure core: no web crate, no clock, no randomness,
//! so everything they compute is reproduced exactly by `cargo test` on the host and by the
//! server renderer. Only `components`, `shell`, `app` and `web` touch the browser.

pub mod app;
pub mod boot;
pub mod chart;
pub mod components;
pub mod data;
pub mod export;
pub mod i18n;
pub mod model;
pub mod permalink;
pub mod shell;
pub mod state;
pub mod web;

pub use app::App;
