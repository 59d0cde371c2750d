//! The portfolio: every map in a folder (and its subfolders) read and evaluated, one row each:
//! organisation, language, sites, border-crossing flows, findings by severity, worst residual
//! risk, clocks due in the next 90 days, the sign-off and whether the map changed since. A map
//! that cannot be read is a row with its error, never the end of the run.
//!
//! [`build`] reads the maps on as many threads as the machine has; the rows come out in path
//! order whatever the threads did, so every output of a folder is the same bytes on every
//! machine. [`Portfolio::sort`] orders them by a column. `write` turns the table into HTML,
//! XLSX and PDF through the report's and the register's writers.

mod write;

pub use write::{PortfolioFormat, portfolio_bytes, to_report, to_table};

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::assessment::{Grid, Heatmap, Register, RiskFilter, Score, fingerprint_text};
use crate::model::{Date, Language, Map, Severity, SignOffStep};
use crate::rules::Rulebook;

/// How far ahead a clock counts as coming due: 90 days.
pub const HORIZON_DAYS: i64 = 90;

/// How deep the folders are searched (deeper folders are left out, said on the row).
const MAX_DEPTH: usize = 32;

/// One map, read and evaluated.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The map's organisation.
    pub organisation: String,
    /// The map's title.
    pub title: String,
    /// The map's language.
    pub language: Language,
    /// How many sites.
    pub sites: usize,
    /// How many flows cross a border.
    pub crossing: usize,
    /// Findings by severity, index 0 for severity 1 (info) to 4 for severity 5 (critical).
    pub findings: [usize; 5],
    /// The worst residual score (severity × likelihood) of its risks, when any has one.
    pub worst_residual: Option<Score>,
    /// Clocks due or overdue on or before the horizon.
    pub clocks_due: usize,
    /// Of those, the clocks past their limit.
    pub clocks_overdue: usize,
    /// A clock overdue or the DPIA's review due.
    pub needs_review: bool,
    /// The furthest sign-off step with its date, if any is signed.
    pub sign_off: Option<(SignOffStep, Date)>,
    /// Whether the map changed since its last signature; `None` when never signed.
    pub changed_since_sign_off: Option<bool>,
    /// Its risks on the initial and residual grids.
    pub heatmaps: [Heatmap; 2],
}

/// One row: a map's path inside the folder (with `/` between folders on every system) and its
/// summary, or why it could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The path inside the folder.
    pub path: String,
    /// What was read, or the error in words.
    pub entry: Result<Summary, String>,
}

/// Every map of a folder.
#[derive(Clone, Debug, PartialEq)]
pub struct Portfolio {
    /// The folder's own name (never the path to it, which differs between machines).
    pub name: String,
    /// The evaluation day.
    pub as_of: Date,
    /// The rows, in path order until sorted.
    pub rows: Vec<Row>,
}

/// The columns a portfolio sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum SortKey {
    /// The file's path (the default).
    Path,
    /// The organisation, then the title.
    Organisation,
    /// Most sites first.
    Sites,
    /// Most border-crossing flows first.
    Crossing,
    /// Most severe findings first (critical, then high, ...).
    Findings,
    /// Worst residual risk first.
    Residual,
    /// Most clocks due in 90 days first (overdue counted first).
    Clocks,
    /// Unsigned and changed since sign-off first, then by signing date.
    SignOff,
}

/// The maps under `folder`: every `.ron` file, hidden files and folders left out, in path
/// order. Folders that cannot be read are rows with their error.
pub fn scan(folder: &Path) -> (Vec<(String, PathBuf)>, Vec<Row>) {
    let mut found = Vec::new();
    let mut failed = Vec::new();
    walk(folder, "", 0, &mut found, &mut failed);
    found.sort();
    failed.sort_by(|a: &Row, b: &Row| a.path.cmp(&b.path));
    (found, failed)
}

fn walk(
    folder: &Path,
    prefix: &str,
    depth: usize,
    found: &mut Vec<(String, PathBuf)>,
    failed: &mut Vec<Row>,
) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            failed.push(Row {
                path: if prefix.is_empty() {
                    ".".to_owned()
                } else {
                    prefix.trim_end_matches('/').to_owned()
                },
                entry: Err(error.to_string()),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let relative = format!("{prefix}{name}");
        // `file_type` does not follow links: a linked folder is not walked (no loops).
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if depth < MAX_DEPTH {
                walk(&path, &format!("{relative}/"), depth + 1, found, failed);
            }
        } else if path
            .extension()
            .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"))
            && path.is_file()
        {
            found.push((relative, path));
        }
    }
}

/// Reads and evaluates every map under `folder` on `as_of`, with `rulebook`; errors are in
/// `language`.
pub fn build(folder: &Path, rulebook: &Rulebook, as_of: Date, language: Language) -> Portfolio {
    let (found, mut rows) = scan(folder);
    rows.extend(read_all(&found, rulebook, as_of, language));
    rows.sort_by(|a, b| a.path.cmp(&b.path));
    let name = folder
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    Portfolio { name, as_of, rows }
}

/// Reads `files` on every core; the rows in the order of `files`.
pub fn read_all(
    files: &[(String, PathBuf)],
    rulebook: &Rulebook,
    as_of: Date,
    language: Language,
) -> Vec<Row> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Row>> = vec![None; files.len()];
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some((relative, path)) = files.get(index) else {
                            break;
                        };
                        done.push((index, read_row(relative, path, rulebook, as_of, language)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            // A panic on a worker is a bug; it goes on as one here.
            let done = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (index, row) in done {
                if let Some(slot) = slots.get_mut(index) {
                    *slot = Some(row);
                }
            }
        }
    });
    slots.into_iter().flatten().collect()
}

/// One map's row.
pub fn read_row(
    relative: &str,
    path: &Path,
    rulebook: &Rulebook,
    as_of: Date,
    language: Language,
) -> Row {
    let entry = match crate::io::load_map(path) {
        Ok(map) => Ok(summarise(&map, rulebook, as_of)),
        Err(error) => Err(crate::i18n::text_with(
            language,
            "portfolio-unreadable",
            // The error names the file by its path in the folder, never the machine's path.
            &[(
                "error",
                error
                    .to_string()
                    .replace(&path.display().to_string(), relative)
                    .into(),
            )],
        )),
    };
    Row {
        path: relative.to_owned(),
        entry,
    }
}

/// What the portfolio says of `map`.
pub fn summarise(map: &Map, rulebook: &Rulebook, as_of: Date) -> Summary {
    let evaluation = rulebook.evaluate(map, as_of);
    let mut findings = [0; 5];
    for finding in &evaluation.findings {
        if let Some(count) = findings.get_mut(usize::from(finding.severity.level()) - 1) {
            *count += 1;
        }
    }
    let register = Register::new(map, &evaluation, rulebook);
    let worst_residual = register
        .risks
        .iter()
        .filter_map(|risk| risk.residual)
        .max_by_key(|score| (score.product(), *score));
    let all = RiskFilter::default();
    let heatmaps = [
        Heatmap::new(&register.risks, Grid::Initial, &all, map),
        Heatmap::new(&register.risks, Grid::Residual, &all, map),
    ];
    let clocks = rulebook.clocks(map, &evaluation);
    let horizon = as_of.plus_days(HORIZON_DAYS).unwrap_or(as_of);
    let due: Vec<_> = clocks
        .iter()
        .filter(|clock| clock.due_by(horizon))
        .collect();
    Summary {
        organisation: map.meta.organisation.trim().to_owned(),
        title: map.meta.title.trim().to_owned(),
        language: map.meta.language,
        sites: map.site_count(),
        crossing: map.flows().filter(|view| view.crosses_border()).count(),
        findings,
        worst_residual,
        clocks_due: due.len(),
        clocks_overdue: due
            .iter()
            .filter(|clock| clock.state == crate::rules::ClockState::Overdue)
            .count(),
        needs_review: clocks.iter().any(crate::rules::Clock::needs_review),
        sign_off: sign_off_of(map),
        changed_since_sign_off: changed_since(map),
        heatmaps,
    }
}

/// The furthest step signed, with its date.
fn sign_off_of(map: &Map) -> Option<(SignOffStep, Date)> {
    let sign = &map.assessment.sign_off;
    [
        (SignOffStep::Approved, sign.approved_on),
        (SignOffStep::DpoOpinion, sign.dpo_on),
        (SignOffStep::Assessed, sign.assessed_on),
    ]
    .into_iter()
    .find_map(|(step, date)| date.map(|date| (step, date)))
}

/// Whether the map's fingerprint differs from its last signature's; `None` when unsigned.
fn changed_since(map: &Map) -> Option<bool> {
    let last = map
        .assessment
        .revisions
        .iter()
        .rev()
        .find(|revision| !revision.map_hash.is_empty())?;
    Some(last.map_hash != fingerprint_text(map))
}

impl Summary {
    /// The findings weighted so that one more critical outranks any number of highs.
    fn severity_rank(&self) -> [usize; 5] {
        let [info, low, medium, high, critical] = self.findings;
        [critical, high, medium, low, info]
    }

    /// How many findings of `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .get(usize::from(severity.level()) - 1)
            .copied()
            .unwrap_or(0)
    }
}

impl Portfolio {
    /// Orders the rows by `key` (ties by path); unreadable maps last.
    pub fn sort(&mut self, key: SortKey) {
        use std::cmp::Reverse;
        self.rows.sort_by(|a, b| {
            let order = match (&a.entry, &b.entry) {
                (Ok(x), Ok(y)) => match key {
                    SortKey::Path => std::cmp::Ordering::Equal,
                    SortKey::Organisation => {
                        (&x.organisation, &x.title).cmp(&(&y.organisation, &y.title))
                    }
                    SortKey::Sites => Reverse(x.sites).cmp(&Reverse(y.sites)),
                    SortKey::Crossing => Reverse(x.crossing).cmp(&Reverse(y.crossing)),
                    SortKey::Findings => {
                        Reverse(x.severity_rank()).cmp(&Reverse(y.severity_rank()))
                    }
                    SortKey::Residual => {
                        let worst =
                            |s: &Summary| s.worst_residual.map(|score| (score.product(), score));
                        Reverse(worst(x)).cmp(&Reverse(worst(y)))
                    }
                    SortKey::Clocks => Reverse((x.clocks_overdue, x.clocks_due))
                        .cmp(&Reverse((y.clocks_overdue, y.clocks_due))),
                    SortKey::SignOff => sign_rank(x).cmp(&sign_rank(y)),
                },
                (Ok(_), Err(_)) => std::cmp::Ordering::Less,
                (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
                (Err(_), Err(_)) => std::cmp::Ordering::Equal,
            };
            order.then_with(|| a.path.cmp(&b.path))
        });
    }

    /// The risks of every map together, on the initial and residual grids.
    pub fn heatmaps(&self) -> [Heatmap; 2] {
        let mut total = [Heatmap::default(), Heatmap::default()];
        for summary in self.rows.iter().filter_map(|row| row.entry.as_ref().ok()) {
            for (sum, one) in total.iter_mut().zip(&summary.heatmaps) {
                sum.add(one);
            }
        }
        total
    }

    /// How many maps could not be read.
    pub fn unreadable(&self) -> usize {
        self.rows.iter().filter(|row| row.entry.is_err()).count()
    }
}

/// Unsigned first, then changed since signing, then the oldest signature.
fn sign_rank(summary: &Summary) -> (u8, Option<Date>) {
    match (summary.sign_off, summary.changed_since_sign_off) {
        (None, _) => (0, None),
        (Some((_, date)), Some(true)) => (1, Some(date)),
        (Some((_, date)), _) => (2, Some(date)),
    }
}
