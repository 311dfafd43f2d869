//! Handing freed memory back to the system. glibc keeps freed pages for reuse; after the reader
//! lets go of a large index, trimming returns them, so the index built next does not come on top.

/// Returns the allocator's free pages to the system (glibc on Linux; elsewhere nothing to do).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn trim() {
    unsafe extern "C" {
        fn malloc_trim(pad: usize) -> std::ffi::c_int;
    }
    // SAFETY: `malloc_trim` takes no pointer and only releases memory the allocator holds free.
    unsafe {
        malloc_trim(0);
    }
}

/// Returns the allocator's free pages to the system (glibc on Linux; elsewhere nothing to do).
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn trim() {}
