//! Dateline: a terminal reader for news articles that knows who is mentioned where and when.
//!
//! Data flows one way: [`corpus`] (files → articles) → [`extract`] (per article) → [`index`]
//! (across the corpus) → [`app`] (state) → [`ui`] (drawing) ← [`tui`] (the terminal). [`load`]
//! runs the first stages on every core, with the [`cache`].
//! Everything in this library below the `ui`/`tui` modules runs without a terminal.

pub mod app;
pub mod cache;
pub mod config;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod guard;
pub mod index;
pub mod layout;
pub mod load;
pub mod memory;
pub mod outside;
pub mod report;
pub mod span;
pub mod state;
pub mod stream;
pub mod text;
pub mod tui;
pub mod ui;

pub use corpus::{Article, Corpus, Problem};
