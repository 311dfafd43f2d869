//! The `dateline` command: parses arguments and hands over to the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use color_eyre::eyre::{Result, WrapErr};

use dateline::index::{CrossRef, DateFilter};
use dateline::state::State;
use dateline::{Corpus, app::App, export::Export, report};

/// A terminal reader for news articles that knows who is mentioned where and when.
///
/// With no command, opens the reader on the articles under PATH (files or folders), or on the
/// built-in sample when no path is given.
#[derive(Parser)]
#[command(version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(flatten)]
    sources: Sources,
    /// Start at the top instead of where you left this corpus, and remember nothing
    #[arg(long)]
    no_state: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

/// Where the articles come from.
#[derive(Args)]
struct Sources {
    /// Article files or folders (.txt, .md, .markdown, .json, .jsonl, .ndjson); the built-in sample
    /// when none is given
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// List the articles: date, id, title, source; newest first
    Articles {
        #[command(flatten)]
        sources: Sources,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Print the whole analysis as JSON
    Export {
        #[command(flatten)]
        sources: Sources,
    },
    /// List the people, most mentioned first, with aliases, roles and article counts
    People {
        #[command(flatten)]
        sources: Sources,
        /// Print JSON (with every mention and co-mention) instead of text
        #[arg(long)]
        json: bool,
    },
    /// Print the dated expressions in calendar order, each with its article and sentence
    Timeline {
        #[command(flatten)]
        sources: Sources,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
        /// Only entries whose period ends on or after this day, month or year (YYYY[-MM[-DD]])
        #[arg(long, value_parser = parse_period)]
        from: Option<DateFilter>,
        /// Only entries whose period starts on or before this day, month or year
        #[arg(long, value_parser = parse_period)]
        to: Option<DateFilter>,
        /// Only entries whose sentence mentions this person (name, alias or id)
        #[arg(long)]
        person: Option<String>,
    },
}

fn parse_period(s: &str) -> Result<DateFilter, String> {
    DateFilter::parse(s).ok_or_else(|| format!("`{s}` is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"))
}

/// A request the data cannot answer ("no person matches …"): one line for the user, no report.
#[derive(Debug)]
struct Refusal(String);

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refusal {}

fn main() -> Result<ExitCode> {
    color_eyre::install()?;
    match run(Cli::parse()) {
        Err(err) if err.downcast_ref::<Refusal>().is_some() => {
            eprintln!("dateline: {err}");
            Ok(ExitCode::from(2))
        }
        other => other,
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        None => read(&cli.sources.paths, !cli.no_state),
        Some(Command::Articles { sources, json }) => with_corpus(&sources.paths, |corpus| {
            Ok(if json { report::articles_json(corpus)? + "\n" } else { report::articles(corpus) })
        }),
        Some(Command::Export { sources }) => with_corpus(&sources.paths, |corpus| {
            let index = CrossRef::build(corpus);
            Ok(serde_json::to_string_pretty(&Export::new(corpus, &index))? + "\n")
        }),
        Some(Command::People { sources, json }) => with_corpus(&sources.paths, |corpus| {
            let index = CrossRef::build(corpus);
            Ok(if json { report::people_json(corpus, &index)? + "\n" } else { report::people(&index) })
        }),
        Some(Command::Timeline { sources, json, from, to, person }) => {
            with_corpus(&sources.paths, |corpus| {
                let index = CrossRef::build(corpus);
                let period =
                    (from.is_some() || to.is_some()).then(|| DateFilter::between(from.as_ref(), to.as_ref()));
                let person = match person {
                    Some(name) => Some(
                        index
                            .people
                            .find(&name)
                            .ok_or_else(|| Refusal(format!("no person matches `{name}`")))?,
                    ),
                    None => None,
                };
                let query = report::TimelineQuery { period, person };
                Ok(if json {
                    report::timeline_json(corpus, &index, &query)? + "\n"
                } else {
                    report::timeline(corpus, &index, &query)
                })
            })
        }
    }
}

/// Loads, reports problems on stderr, and fails with one line when nothing loaded.
fn load(paths: &[PathBuf]) -> Result<Corpus, ExitCode> {
    let corpus = dateline::load(paths);
    eprint!("{}", report::problems(&corpus));
    if corpus.articles.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        eprintln!("dateline: no articles could be loaded from {}", names.join(", "));
        return Err(ExitCode::FAILURE);
    }
    Ok(corpus)
}

fn with_corpus(paths: &[PathBuf], output: impl FnOnce(&Corpus) -> Result<String>) -> Result<ExitCode> {
    let corpus = match load(paths) {
        Ok(corpus) => corpus,
        Err(code) => return Ok(code),
    };
    let text = output(&corpus)?;
    print_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes to stdout; a closed pipe (`dateline export | head`) is not an error.
fn print_stdout(text: &str) -> Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.wrap_err("cannot write to standard output"),
    }
}

fn read(paths: &[PathBuf], remember: bool) -> Result<ExitCode> {
    let corpus = match load(paths) {
        Ok(corpus) => corpus,
        Err(code) => return Ok(code),
    };
    let origin = if paths.is_empty() {
        "built-in sample".to_owned()
    } else {
        paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    };
    let key = corpus_key(paths);
    let state_dir = remember.then(State::dir).flatten();
    let (mut state, mut warnings) = match state_dir.as_deref().map(State::load) {
        Some(Ok(state)) => (state, Vec::new()),
        Some(Err(message)) => (State::default(), vec![message]),
        None => (State::default(), Vec::new()),
    };
    let what = format!("Reading {} from {origin}", plural(corpus.articles.len(), "article"));
    let place = state.place(&key).cloned();
    let build = move || {
        let mut app = App::new(corpus, origin);
        if let Some(place) = &place {
            app.resume(place);
        }
        app
    };
    let Some(app) = dateline::tui::run(build, &what).wrap_err("the terminal failed")? else {
        // Quit while indexing: nothing read, nothing to remember.
        return Ok(ExitCode::SUCCESS);
    };
    if let Some(dir) = &state_dir {
        state.remember(app.place(&key));
        if let Err(err) = state.save(dir) {
            warnings.push(format!("{}: cannot save the reading position: {err}", dir.display()));
        }
    }
    // Problems scrolled away behind the alternate screen; repeat them where they stay.
    eprint!("{}", report::problems(&app.corpus));
    for w in warnings {
        eprintln!("dateline: {w}");
    }
    Ok(ExitCode::SUCCESS)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

/// Names a corpus for the saved state: the paths opened (made absolute where possible).
fn corpus_key(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return "sample".to_owned();
    }
    paths
        .iter()
        .map(|p| p.canonicalize().unwrap_or_else(|_| p.clone()).display().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
