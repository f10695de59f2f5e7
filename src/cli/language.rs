//! The language the program speaks on the terminal: Swedish unless the
//! user asks for English (`--lang en`, or an English `LC_ALL`,
//! `LC_MESSAGES` or `LANG`). Chosen once, before the arguments are parsed,
//! so that `--help` and clap's own errors are in it too.

use std::ffi::OsString;
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use sipplan::message::{Lang, Message};
use sipplan::msg;

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// The language chosen for this run (Swedish until one is chosen).
pub(super) fn lang() -> Lang {
    CHOSEN.get().copied().unwrap_or_default()
}

/// A message in the chosen language.
///
/// Every message shown passes here, so every run of 10 or 12 digits that
/// could be a personnummer loses its last four, whatever field or typo
/// brought it into the message (`privacy::mask_numbers`).
pub(super) fn t(message: Message) -> String {
    super::terminal::printable(&sipplan::privacy::mask_numbers(&lang().text(&message)))
}

/// Chooses the language from the arguments and the environment. A `--lang`
/// with a code sipplan has no catalogue for is left for clap to refuse.
pub(super) fn choose(args: &[OsString]) -> Lang {
    let lang = from_args(args)
        .or_else(from_environment)
        .unwrap_or_default();
    CHOSEN.get_or_init(|| lang);
    lang
}

fn from_args(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if let Some(code) = arg.strip_prefix("--lang=") {
            return Lang::from_code(code);
        }
        if arg == "--lang" {
            return args.next().and_then(|code| Lang::from_code(&code));
        }
    }
    None
}

/// POSIX order: `LC_ALL` overrides `LC_MESSAGES`, which overrides `LANG`.
/// Only English changes anything; any other language keeps Swedish.
fn from_environment() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::from_code(&value))
}

/// The command line in the chosen language: every command's and option's
/// help from the catalogue (`help-<command>-<option>`), and clap's own
/// headings, defaults and built-in flags in the same words.
pub(super) fn localize(cmd: Command) -> Command {
    let mut cmd = localize_command(cmd, "help");
    cmd.build();
    translate_usage(&mut cmd);
    cmd
}

/// clap writes `[OPTIONS]` into every usage line; the catalogue's word
/// replaces it (the usage is otherwise made of the command's own names).
fn translate_usage(cmd: &mut Command) {
    let options = format!("[{}]", t(msg!("help-value-options")));
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .trim_start_matches("Usage:")
        .trim()
        .replace("[OPTIONS]", &options);
    *cmd = std::mem::take(cmd).override_usage(usage);
    for sub in cmd.get_subcommands_mut() {
        if sub.get_name() == "help" {
            // clap's own `sipplan help COMMAND`, added when it was built.
            *sub = std::mem::take(sub).about(t(msg!("help-help-command")));
        } else {
            translate_usage(sub);
        }
    }
}

fn localize_command(cmd: Command, key: &str) -> Command {
    let id = |suffix: &str| format!("{key}-{suffix}");
    let about = text_for(&id("about"));
    let usage = t(msg!("help-usage"));
    let mut cmd = cmd
        .about(about)
        .long_about(None)
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}\n"
        ))
        .subcommand_help_heading(t(msg!("help-heading-commands")))
        .subcommand_value_name(t(msg!("help-value-command")))
        .disable_help_flag(true)
        .disable_version_flag(true);
    if key == "help" {
        cmd = cmd.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help_heading(t(msg!("help-heading-options")))
                .help(t(msg!("help-version"))),
        );
    }
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (arg, positional) in args {
        let help = text_for(&id(&arg.replace('_', "-")));
        let heading = if positional {
            t(msg!("help-heading-arguments"))
        } else {
            t(msg!("help-heading-options"))
        };
        cmd = cmd.mut_arg(&arg, |a| {
            let a = a.help(help).long_help(None).help_heading(heading);
            // Defaults, choices and the environment are said in the help
            // text itself, in words.
            match value_name(&a) {
                Some(name) => a
                    .value_name(name)
                    .hide_default_value(true)
                    .hide_possible_values(true)
                    .hide_env(true),
                None => a,
            }
        });
    }
    // Last, so that the arguments' heading comes before the options'.
    cmd = cmd.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help_heading(t(msg!("help-heading-options")))
            .help(t(msg!("help-help"))),
    );
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let key = id(&name);
        cmd = cmd.mut_subcommand(&name, |sub| localize_command(sub, &key));
    }
    cmd
}

/// The catalogue's name for the value an option takes (`<DATUM>` for
/// `<DATE>`), from `value-<name>`; `None` for a flag.
fn value_name(arg: &Arg) -> Option<String> {
    if !arg.get_action().takes_values() {
        return None;
    }
    let name = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string);
    let key: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let key = format!("value-{key}");
    lang().has(&key).then(|| lang().text_of(&key))
}

/// A help text from the catalogue; the id itself where there is none (a
/// test walks the whole command line so that this never happens).
fn text_for(id: &str) -> String {
    lang().text_of(id)
}

/// Every help id the command line uses, for the test that they all exist.
#[cfg(test)]
pub(super) fn help_ids(cmd: &Command, key: &str, out: &mut Vec<String>) {
    out.push(format!("{key}-about"));
    for arg in cmd.get_arguments() {
        let name = arg.get_id().as_str();
        if !matches!(name, "help" | "version") {
            out.push(format!("{key}-{}", name.replace('_', "-")));
        }
    }
    for sub in cmd.get_subcommands() {
        help_ids(sub, &format!("{key}-{}", sub.get_name()), out);
    }
}

/// clap's refusal of the arguments, in the chosen language: what is
/// wrong, the command's usage and where to read more (exit code 2). Help
/// and version requests are printed as they are.
pub(super) fn refuse(error: clap::Error, cmd: &Command, args: &[OsString]) -> ExitCode {
    // The command the arguments were for, for its usage line.
    let mut named: &Command = cmd;
    for arg in args.iter().skip(1).map(|a| a.to_string_lossy()) {
        match named.find_subcommand(arg.as_ref()) {
            Some(sub) => named = sub,
            None if arg.starts_with('-') => {}
            None => break,
        }
    }
    let usage = named.clone().render_usage().to_string();
    let Some(text) = refusal(&error, &usage) else {
        let _ = error.print();
        return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    };
    let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
    ExitCode::from(super::exit::IO_ERROR)
}

fn refusal(error: &clap::Error, usage: &str) -> Option<String> {
    let context = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        // clap lists suggestions from the least to the most likely.
        Some(ContextValue::Strings(list)) => list.last().cloned(),
        _ => None,
    };
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let value = context(ContextKind::InvalidValue).unwrap_or_default();
    let message = match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::MissingSubcommand => msg!("arg-no-command"),
        ErrorKind::UnknownArgument => match context(ContextKind::SuggestedArg) {
            Some(meant) => msg!("arg-unknown-meant", arg = arg, meant = meant),
            None => msg!("arg-unknown", arg = arg),
        },
        ErrorKind::InvalidSubcommand => {
            let command = context(ContextKind::InvalidSubcommand).unwrap_or_default();
            match context(ContextKind::SuggestedSubcommand) {
                Some(meant) => msg!("arg-command-meant", command = command, meant = meant),
                None => msg!("arg-command", command = command),
            }
        }
        ErrorKind::InvalidValue => match error.get(ContextKind::ValidValue) {
            Some(ContextValue::Strings(valid)) => {
                msg!(
                    "arg-value",
                    arg = arg,
                    value = value,
                    valid = valid.join(", ")
                )
            }
            _ => msg!("arg-value-missing", arg = arg),
        },
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            msg!("arg-invalid", arg = arg, value = value, why = why)
        }
        ErrorKind::MissingRequiredArgument => match error.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(args)) => msg!("arg-missing", args = args.join(", ")),
            _ => msg!("arg-missing", args = arg),
        },
        ErrorKind::ArgumentConflict => msg!(
            "arg-conflict",
            arg = arg,
            other = context(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::TooManyValues => {
            msg!(
                "arg-too-many",
                arg = if arg.is_empty() { value } else { arg }
            )
        }
        _ => return None,
    };
    let usage = usage.trim_start_matches("Usage:").trim();
    Some(format!(
        "sipplan: {}\n\n{} {usage}\n\n{}\n",
        t(message),
        t(msg!("help-usage")),
        t(msg!("arg-more-help"))
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn every_command_and_option_has_its_help_in_every_language() {
        use clap::CommandFactory;
        let mut ids = Vec::new();
        help_ids(&super::super::Cli::command(), "help", &mut ids);
        assert!(ids.len() > 50, "{ids:?}");
        for lang in Lang::ALL {
            let missing: Vec<&String> = ids.iter().filter(|id| !lang.has(id)).collect();
            assert!(missing.is_empty(), "{}: {missing:?}", lang.code());
        }
    }

    #[test]
    fn lang_is_read_from_the_arguments_in_both_forms() {
        assert_eq!(
            from_args(&os(&["sipplan", "check", "--lang", "en"])),
            Some(Lang::En)
        );
        assert_eq!(
            from_args(&os(&["sipplan", "--lang=sv", "check"])),
            Some(Lang::Sv)
        );
        assert_eq!(from_args(&os(&["sipplan", "check", "--", "--lang"])), None);
        assert_eq!(from_args(&os(&["sipplan", "--lang", "de"])), None);
    }
}
