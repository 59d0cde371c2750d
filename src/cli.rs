//! The command line: `borderflow validate`, `borderflow import`, and (later) the editor.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};

use crate::io;
use crate::model::Map;

/// Map where personal data goes, what the law asks of each flow, and the DPIA that proves it.
#[derive(Debug, Parser)]
#[command(
    name = "borderflow",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// What to do; with none, open the editor.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A map (`.ron`) or inventory (`.csv`) to open in the editor.
    pub map: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that a map (or an inventory CSV) loads; exit 0 if it does, else print the error.
    Validate {
        /// The map `.ron` or inventory `.csv`.
        map: PathBuf,
    },
    /// Turn a flow inventory CSV into a map, its sites placed by jurisdiction.
    Import {
        /// The inventory `.csv`.
        inventory: PathBuf,
        /// The map `.ron` to write (an existing file is kept as `NAME.bak`).
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// Runs the command line; the error is for the binary to print before exiting with 1.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Command::Validate { map }) => {
            let loaded = io::load_map_or_inventory(&map)?;
            println!("{}: ok, {}", map.display(), summary(&loaded));
            Ok(())
        }
        Some(Command::Import { inventory, output }) => {
            if !io::is_inventory_path(&inventory) {
                bail!(
                    "{}: expected an inventory file ending in .csv",
                    inventory.display()
                );
            }
            let map = io::load_inventory(&inventory)?;
            io::save_map(&output, &map)?;
            println!(
                "{}: wrote {} from {}",
                output.display(),
                summary(&map),
                inventory.display()
            );
            Ok(())
        }
        None => {
            if let Some(path) = cli.map {
                let map = io::load_map_or_inventory(&path)
                    .with_context(|| "the editor is not built yet; the file was only checked")?;
                println!("{}: ok, {}", path.display(), summary(&map));
            }
            println!(
                "The borderflow editor is not built yet. Meanwhile:\n  \
                 borderflow validate MAP.ron|INVENTORY.csv\n  \
                 borderflow import INVENTORY.csv -o MAP.ron\n\
                 Samples are in the samples/ folder."
            );
            Ok(())
        }
    }
}

/// "5 sites, 6 flows (4 cross a border)".
fn summary(map: &Map) -> String {
    let crossing = map.flows().filter(|view| view.crosses_border()).count();
    format!(
        "{} sites, {} flows ({crossing} cross a border)",
        map.site_count(),
        map.flow_count()
    )
}
