//! The sample corpus, built into the binary so `dateline` with no path works from any folder.

/// The folder name shown in the sample articles' paths.
pub const FOLDER: &str = "<sample>";

/// File name and contents of each sample article.
pub const FILES: &[(&str, &str)] = &[
    ("000_9378aa364a5b40e1.md", include_str!("../../assets/sample/000_9378aa364a5b40e1.md")),
    ("001_33ffa85b88d0bdff.md", include_str!("../../assets/sample/001_33ffa85b88d0bdff.md")),
    ("002_9c00e3374ac1bb49.md", include_str!("../../assets/sample/002_9c00e3374ac1bb49.md")),
];
