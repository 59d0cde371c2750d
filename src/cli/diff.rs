//! `borderflow diff OLD NEW` and `borderflow diff MAP --since-signoff`: what changed by meaning,
//! in the command line's language (or as JSON), and the verdict; `borderflow merge`, the
//! three-way merge by id that git can use as a merge driver.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;

use super::{as_of_or_today, cli_language, out, path_arg, rulebook, say};
use crate::compare::{Verdict, diff as compare, signed_version};
use crate::io;
use crate::model::Date;

/// The arguments of `borderflow diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older map (`.ron` or `.csv`), or with `--since-signoff` the map itself.
    pub old: PathBuf,
    /// The newer map; not given with `--since-signoff`.
    pub new: Option<PathBuf>,
    /// Compare the map with the version its last signature recorded.
    #[arg(long)]
    pub since_signoff: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Evaluate both with the rules in force on this day (YYYY-MM-DD); default today in Macau.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
    /// Exit with code 2 when the verdict is "re-sign".
    #[arg(long)]
    pub fail_on_resign: bool,
}

/// Runs `borderflow diff`.
pub(super) fn diff(args: &DiffArgs) -> anyhow::Result<super::Exit> {
    let (old, new) = match (&args.new, args.since_signoff) {
        (Some(new), false) => (
            io::load_map_or_inventory(&args.old)?,
            io::load_map_or_inventory(new)?,
        ),
        (None, true) => {
            let current = io::load_map_or_inventory(&args.old)?;
            let Some(signed) = signed_version(&current) else {
                bail!(say(
                    "cli-diff-never-signed",
                    &[("path", path_arg(&args.old))]
                ));
            };
            let signed = signed.with_context(|| {
                say(
                    "cli-diff-signed-unreadable",
                    &[("path", path_arg(&args.old))],
                )
            })?;
            (signed, current)
        }
        _ => bail!(say("cli-diff-usage", &[])),
    };
    let book = rulebook(None)?;
    let as_of = as_of_or_today(args.as_of)?;
    let result = compare(&old, &new, &book, as_of);
    if args.json {
        out::line(serde_json::to_string_pretty(&result)?)?;
    } else {
        out::text_only(result.lines(cli_language()).join("\n") + "\n")?;
    }
    Ok(
        if args.fail_on_resign && result.verdict == Verdict::ReSign {
            super::Exit::FindingsAtOrAbove
        } else {
            super::Exit::Success
        },
    )
}

/// The arguments of `borderflow merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor (git's `%O`).
    pub base: PathBuf,
    /// Our version (git's `%A`).
    pub ours: PathBuf,
    /// Their version (git's `%B`).
    pub theirs: PathBuf,
    /// The merged map to write; as a git merge driver, our version's path (`-o %A`).
    #[arg(short, long)]
    pub output: PathBuf,
}

/// Runs `borderflow merge`: writes the merged map whole, with our value and the list of
/// conflicts where both sides changed a field differently (exit 1 then, as git expects).
pub(super) fn merge(args: &MergeArgs) -> anyhow::Result<super::Exit> {
    let [base, ours, theirs] =
        [&args.base, &args.ours, &args.theirs].map(|path| io::load_map(path));
    let merged = crate::compare::merge(&base?, &ours?, &theirs?)?;
    // The output may be our version itself (git's `%A`): written whole, atomically.
    let text = io::map_to_string(&merged.map)?;
    io::write_atomic(&args.output, text.as_bytes()).with_context(|| {
        say(
            "cli-merge-cannot-write",
            &[("path", path_arg(&args.output))],
        )
    })?;
    if !merged.has_conflicts() {
        out::note(say("cli-merge-clean", &[("path", path_arg(&args.output))]));
        return Ok(super::Exit::Success);
    }
    out::note(say(
        "cli-merge-conflicts",
        &[
            ("path", path_arg(&args.output)),
            ("count", merged.map.conflicts.len().into()),
        ],
    ));
    let none = || "-".to_owned();
    for conflict in &merged.map.conflicts {
        out::note(format!(
            "  {} {}: {} {} | {} {} | {} {}",
            conflict.item,
            conflict.field,
            say("cli-merge-base", &[]),
            conflict.base.clone().unwrap_or_else(none),
            say("cli-merge-ours", &[]),
            conflict.ours.clone().unwrap_or_else(none),
            say("cli-merge-theirs", &[]),
            conflict.theirs.clone().unwrap_or_else(none),
        ));
    }
    Ok(super::Exit::Conflicts)
}
