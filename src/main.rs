//! The `sipplan` command: parses arguments, runs the library, prints, exits.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
