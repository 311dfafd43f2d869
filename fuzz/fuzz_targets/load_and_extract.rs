//! Any bytes, as a file of each format, through loading, extraction, indexing and export: no
//! panic, sound spans, valid JSON (the same invariants as `tests/properties.rs`).
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| invariants::check(bytes));
