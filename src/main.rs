//! The `borderflow` binary: parse the command line and hand over to the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = borderflow::cli::Cli::parse();
    match borderflow::cli::run(cli) {
        Ok(borderflow::cli::Exit::Success) => ExitCode::SUCCESS,
        Ok(borderflow::cli::Exit::FindingsAtOrAbove) => ExitCode::from(2),
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
