//! Containing a bug to one file: [`contain`] runs a closure and turns a panic into a message, so one
//! article that trips the extractor becomes a problem for that file and the rest still load.
//!
//! The process-wide panic hook would print the panic over the reader's screen; [`install_hook`]
//! wraps it so panics inside `contain` are recorded quietly, and every other panic still reaches
//! the previous hook (color-eyre's report, after the terminal is restored).

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
    static MESSAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Wraps the current panic hook once: panics inside [`contain`] are recorded, not printed.
pub fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if CONTAINED.with(Cell::get) {
                let what = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_owned());
                let place =
                    info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
                MESSAGE.with(|m| *m.borrow_mut() = Some(format!("{what}{place}")));
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `f`; a panic becomes `Err` with its message (and where it happened).
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    let was = CONTAINED.with(|c| c.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(was));
    result.map_err(|_| MESSAGE.with(|m| m.borrow_mut().take()).unwrap_or_else(|| "unknown panic".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_message_and_values_pass_through() {
        assert_eq!(contain(|| 42), Ok(42));
        let err = contain(|| -> u8 { panic!("bad slice") }).unwrap_err();
        assert!(err.starts_with("bad slice at "), "{err}");
        assert_eq!(contain(|| 7), Ok(7), "the next call runs normally");
    }
}
