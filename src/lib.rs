//! Dateline: a terminal reader for news articles that knows who is mentioned where and when.
//!
//! Data flows one way: [`corpus`] (files → articles) → extraction → index → app state → view.
//! Everything in this library below the `ui`/`tui` modules runs without a terminal.

pub mod app;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod index;
pub mod layout;
pub mod report;
pub mod state;
pub mod text;
pub mod tui;
pub mod ui;

use std::path::PathBuf;

pub use corpus::{Article, Corpus, Problem};

/// Loads the articles under `paths`, or the built-in sample when no path is given.
pub fn load(paths: &[PathBuf]) -> Corpus {
    if paths.is_empty() { Corpus::sample() } else { Corpus::load(paths) }
}
