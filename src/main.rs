//! The `dateline` command: parses arguments and hands over to the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use color_eyre::eyre::{Result, WrapErr};

use dateline::app::App;
use dateline::config::{self, Config};
use dateline::index::{CrossRef, DateFilter};
use dateline::load::{self, Loaded, Options, Progress};
use dateline::state::State;
use dateline::{Corpus, export, report};

/// A terminal reader for news articles that knows who is mentioned where and when.
///
/// With no command, opens the reader on the articles under PATH (files or folders), or on the
/// built-in sample when no path is given.
#[derive(Parser)]
#[command(version)]
struct Cli {
    #[command(flatten)]
    sources: Sources,
    /// Start at the top instead of where you left this corpus, and remember nothing
    #[arg(long)]
    no_state: bool,
    #[command(flatten)]
    run: RunOptions,
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

/// How every command runs.
#[derive(Args, Clone)]
struct RunOptions {
    /// Analyse every file again instead of reading the cache of the last run (and write none)
    #[arg(long, global = true)]
    no_cache: bool,
    /// Record load phases, each filter and each frame with their times (milliseconds) in FILE
    #[arg(long, global = true, value_name = "FILE")]
    log: Option<PathBuf>,
    /// Read the settings from FILE instead of config.toml in the config folder
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
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
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) on stdout
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on stdout: `dateline man | man -l -`
    Man,
    /// Print the settings with their defaults, documented (valid config.toml)
    Config,
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
    // Colours only where a person reads them: a report piped or written to a file stays plain.
    let theme = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        color_eyre::config::Theme::dark()
    } else {
        color_eyre::config::Theme::new()
    };
    color_eyre::config::HookBuilder::default().theme(theme).install()?;
    dateline::guard::install_hook();
    let cli = Cli::parse();
    if let Some(path) = &cli.run.log {
        start_log(path)?;
    }
    match run(cli) {
        Err(err) if err.downcast_ref::<Refusal>().is_some() => {
            eprintln!("dateline: {err}");
            Ok(ExitCode::from(2))
        }
        other => other,
    }
}

/// Sends `tracing` events to `path`, one line each in tracing's plain text format.
fn start_log(path: &Path) -> Result<()> {
    let file =
        std::fs::File::create(path).wrap_err_with(|| format!("cannot write the log {}", path.display()))?;
    tracing_subscriber::fmt().with_writer(std::sync::Mutex::new(file)).with_ansi(false).init();
    Ok(())
}

fn run(cli: Cli) -> Result<ExitCode> {
    let options = cli.run;
    let (config, warnings) = match &options.config {
        Some(path) => config::load(path, true),
        None => config::default_path().map(|p| config::load(&p, false)).unwrap_or_default(),
    };
    let reading = cli.command.is_none();
    if !reading {
        for w in &warnings {
            eprintln!("dateline: {}", dateline::text::printable(w));
        }
    }
    // With no path, the folders the config names, else the built-in sample.
    let chosen = |paths: Vec<PathBuf>| if paths.is_empty() { config.corpus.clone() } else { paths };
    match cli.command {
        Some(Command::Config) => print_all(config::defaults().as_bytes()),
        Some(Command::Completions { shell }) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "dateline", &mut script);
            print_all(&script)
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut page)?;
            print_all(&page)
        }
        None => read(&chosen(cli.sources.paths), !cli.no_state, &options, config, warnings),
        Some(Command::Articles { sources, json }) => {
            with_corpus(&chosen(sources.paths), &options, |loaded, out| {
                Ok(if json {
                    report::articles_json(out, &loaded.corpus)
                } else {
                    report::articles(out, &loaded.corpus)
                }?)
            })
        }
        Some(Command::Export { sources }) => with_corpus(&chosen(sources.paths), &options, |loaded, out| {
            let index = index(loaded, false);
            Ok(export::write(out, &loaded.corpus, &index)?)
        }),
        Some(Command::People { sources, json }) => {
            with_corpus(&chosen(sources.paths), &options, |loaded, out| {
                let index = index(loaded, false);
                Ok(if json {
                    report::people_json(out, &loaded.corpus, &index)
                } else {
                    report::people(out, &index)
                }?)
            })
        }
        Some(Command::Timeline { sources, json, from, to, person }) => {
            with_corpus(&chosen(sources.paths), &options, |loaded, out| {
                let index = index(loaded, true);
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
                let corpus = &loaded.corpus;
                Ok(if json {
                    report::timeline_json(out, corpus, &index, &query)
                } else {
                    report::timeline(out, corpus, &index, &query)
                }?)
            })
        }
    }
}

/// The cross-reference of what was loaded (saved or built); with `timeline: false`, its people
/// alone. A saved one that could not be used is said on stderr.
fn index(loaded: &Loaded, timeline: bool) -> CrossRef {
    let mut notes = Vec::new();
    let index = load::index(loaded, timeline, &mut notes);
    for note in notes {
        eprintln!("dateline: {}", dateline::text::printable(&note));
    }
    index
}

/// Loads the articles (or the sample) with a progress bar on a terminal, reports problems on
/// stderr once, in path order, and fails with one line when nothing loaded.
fn load_all(paths: &[PathBuf], options: &RunOptions) -> Result<Loaded, ExitCode> {
    let progress = Arc::new(Progress::default());
    let loaded = if paths.is_empty() {
        load::sample(&progress, |_| {})
    } else {
        let bar = std::io::stderr().is_terminal().then(|| ProgressBar::start(Arc::clone(&progress)));
        let loaded =
            load::load(paths, &corpus_key(paths), &Options::with_cache(!options.no_cache), &progress, |_| {});
        drop(bar);
        loaded
    };
    eprint!("{}", report::problems(&loaded.corpus));
    for note in &loaded.notes {
        eprintln!("dateline: {}", dateline::text::printable(note));
    }
    if loaded.corpus.articles.is_empty() {
        eprintln!("dateline: no articles could be loaded from {}", names(paths));
        return Err(ExitCode::FAILURE);
    }
    Ok(loaded)
}

fn names(paths: &[PathBuf]) -> String {
    let names: Vec<String> =
        paths.iter().map(|p| dateline::text::printable(&p.display().to_string()).into_owned()).collect();
    names.join(", ")
}

fn with_corpus(
    paths: &[PathBuf],
    options: &RunOptions,
    output: impl FnOnce(&Loaded, &mut dyn Write) -> Result<()>,
) -> Result<ExitCode> {
    let loaded = match load_all(paths, options) {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
    let written = output(&loaded, &mut out).and_then(|()| Ok(out.flush()?));
    // The process ends here: freeing a large corpus piece by piece would only delay the exit.
    std::mem::forget(loaded);
    match written {
        // A closed pipe (`dateline export | head`) is not an error.
        Err(err) if is_broken_pipe(&err) => Ok(ExitCode::SUCCESS),
        Err(err) if err.downcast_ref::<std::io::Error>().is_some() => {
            Err(err.wrap_err("cannot write to standard output"))
        }
        Err(err) => Err(err),
        Ok(()) => Ok(ExitCode::SUCCESS),
    }
}

/// Writes `bytes` to stdout; a reader that stops early (`| head`) is not an error.
fn print_all(bytes: &[u8]) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(err) => Err(color_eyre::eyre::Report::new(err).wrap_err("cannot write to standard output")),
        Ok(()) => Ok(ExitCode::SUCCESS),
    }
}

fn is_broken_pipe(err: &color_eyre::eyre::Report) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// A progress bar on stderr while files load, drawn from the loader's counters.
struct ProgressBar {
    done: Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ProgressBar {
    fn start(progress: Arc<Progress>) -> ProgressBar {
        let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = Arc::clone(&done);
        let thread = std::thread::spawn(move || {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {bar:30} {pos}/{len} files · {msg} · {elapsed}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let (done, files, articles) = progress.snapshot();
                bar.set_length(files as u64);
                bar.set_position(done as u64);
                bar.set_message(format!("{articles} articles"));
                std::thread::sleep(Duration::from_millis(100));
            }
            bar.finish_and_clear();
        });
        ProgressBar { done, thread: Some(thread) }
    }
}

impl Drop for ProgressBar {
    fn drop(&mut self) {
        self.done.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn read(
    paths: &[PathBuf],
    remember: bool,
    options: &RunOptions,
    config: Config,
    config_warnings: Vec<String>,
) -> Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "dateline: the reader needs a terminal; for scripts use `dateline articles`, `people`, `timeline` or `export`"
        );
        return Ok(ExitCode::FAILURE);
    }
    // Paths that do not exist at all are said at once; the rest loads behind the reader.
    if !paths.is_empty() && paths.iter().all(|p| std::fs::metadata(p).is_err()) {
        let corpus = Corpus::load(paths);
        eprint!("{}", report::problems(&corpus));
        eprintln!("dateline: no articles could be loaded from {}", names(paths));
        return Ok(ExitCode::FAILURE);
    }
    let origin = if paths.is_empty() { "built-in sample".to_owned() } else { names(paths) };
    let key = corpus_key(paths);
    let state_dir = remember.then(State::dir).flatten();
    let mut warnings = config_warnings;
    let mut state = match state_dir.as_deref().map(State::load) {
        Some(Ok(state)) => state,
        Some(Err(message)) => {
            warnings.push(message);
            State::default()
        }
        None => State::default(),
    };
    let place = state.place(&key).cloned();
    let (progress, events) = load::spawn(paths.to_vec(), key.clone(), Options::with_cache(!options.no_cache));
    let mut app = App::loading(origin, progress, place);
    app.set_marks(state.marks.clone());
    app.keymap = config.keymap;
    app.theme = config.theme;
    if !warnings.is_empty() {
        app.note = Some(format!("{} warning(s) about the settings, printed on exit", warnings.len()));
    }
    let app = dateline::tui::run(app, events).wrap_err("the terminal failed")?;
    if let Some(dir) = &state_dir {
        // The place only once everything loaded; marks always (those of articles not loaded
        // yet are kept as they were).
        if app.loading.is_none() {
            state.remember(app.place(&key));
        }
        state.marks = app.marks_to_save();
        if let Err(err) = state.save(dir) {
            warnings.push(format!("{}: cannot save the reading position: {err}", dir.display()));
        }
    }
    // Problems were behind the alternate screen; say them once, where they stay.
    eprint!("{}", report::problems(&app.corpus));
    for w in warnings.iter().chain(&app.notes) {
        eprintln!("dateline: {}", dateline::text::printable(w));
    }
    Ok(ExitCode::SUCCESS)
}

/// Names a corpus for the saved state and the cache: the paths opened (made absolute where
/// possible).
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
