//! A problem a person can act on: a message id of the interface files (`assets/i18n/cli-*.ftl`)
//! and its arguments. Core layers say *what* happened with a `Problem`; the command line and the
//! window say it in the user's language (`i18n::Tr::problem`). This module depends on nothing
//! else in the crate, so any layer can use it; its `Display` is the English text (logs, tests).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::path::Path;

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemArg {
    Str(String),
    Num(f64),
    /// Another problem, worded in the same language (e.g. why a file was refused).
    Problem(Box<Problem>),
}

/// A problem with a message id and arguments, e.g. `out-is-database { path }`.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub id: &'static str,
    pub args: Vec<(&'static str, ProblemArg)>,
}

impl Problem {
    pub fn new(id: &'static str) -> Problem {
        Problem { id, args: Vec::new() }
    }

    /// Add a text argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Problem {
        self.args.push((name, ProblemArg::Str(value.into())));
        self
    }

    /// Add a path argument (shown as the system writes it).
    pub fn path(self, name: &'static str, value: &Path) -> Problem {
        self.arg(name, value.display().to_string())
    }

    /// Add a number argument (plural rules apply).
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Problem {
        self.args.push((name, ProblemArg::Num(value.into())));
        self
    }

    /// Add another problem as an argument: it is worded in the same language as this one.
    pub fn sub(mut self, name: &'static str, value: Problem) -> Problem {
        self.args.push((name, ProblemArg::Problem(Box::new(value))));
        self
    }

    /// The value of an argument, for tests and callers that need it.
    pub fn get(&self, name: &str) -> Option<&ProblemArg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Fluent arguments for this problem, nested problems worded with `bundle` (in English when
    /// it lacks them).
    pub fn fluent_args(&self, bundle: &FluentBundle<FluentResource>) -> FluentArgs<'_> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                ProblemArg::Str(s) => args.set(*name, FluentValue::from(s.as_str())),
                ProblemArg::Num(n) => args.set(*name, FluentValue::from(*n)),
                ProblemArg::Problem(p) => {
                    let text = p.format_with(bundle).unwrap_or_else(|| p.to_string());
                    args.set(*name, FluentValue::from(text))
                }
            }
        }
        args
    }

    /// Every message id this problem uses (its own and those of nested problems).
    pub fn ids(&self) -> Vec<&'static str> {
        let mut out = vec![self.id];
        for (_, value) in &self.args {
            if let ProblemArg::Problem(p) = value {
                out.extend(p.ids());
            }
        }
        out
    }

    /// The message formatted with a bundle; `None` when the bundle lacks the id.
    pub fn format_with(&self, bundle: &FluentBundle<FluentResource>) -> Option<String> {
        let pattern = bundle.get_message(self.id)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, Some(&self.fluent_args(bundle)), &mut errors).into_owned())
    }
}

thread_local! {
    static ENGLISH: Option<FluentBundle<FluentResource>> = english_bundle();
}

fn english_bundle() -> Option<FluentBundle<FluentResource>> {
    let resource = FluentResource::try_new(include_str!("../assets/i18n/cli-en.ftl").to_string())
        .unwrap_or_else(|(partial, _)| partial);
    let mut bundle = FluentBundle::new(vec!["en".parse().ok()?]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).ok()?;
    Some(bundle)
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = ENGLISH.with(|b| b.as_ref().and_then(|b| self.format_with(b)));
        match text {
            Some(t) => f.write_str(&t),
            None => write!(f, "{}", self.id),
        }
    }
}

impl std::error::Error for Problem {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_text_with_arguments() {
        let p = Problem::new("out-is-database").arg("path", "/x/progress.sqlite");
        let s = p.to_string();
        assert!(s.contains("/x/progress.sqlite"), "{s}");
        assert_ne!(s, "out-is-database");
    }
}
