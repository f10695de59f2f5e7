//! The `sipplan` command: parses arguments, runs the library, prints, exits.

mod cli;

fn main() -> std::process::ExitCode {
    // A panic message could quote plan content (a name, a number): print
    // only where it happened.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "sipplan: internal error{place}. Nothing was written. Please report it; no plan content is shown here."
        );
    }));
    cli::run()
}
