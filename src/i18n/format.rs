//! Numbers and dates as each language writes them: the separators, the date pattern and the
//! month names all come from the catalogue (`number-group`, `number-decimal`, `date`,
//! `month-1` … `month-12`), so a translator adjusts them with the words.

use fluent_bundle::types::FluentNumber;

use super::{Arg, text, text_with};
use crate::model::{Date, Language};

/// A whole number with its thousands grouped: `18,686,515` in English, `18 686 515` in
/// Portuguese.
pub fn number(language: Language, value: u64) -> String {
    group(language, &value.to_string())
}

/// A number with `fraction_digits` digits after the language's decimal separator, thousands
/// grouped.
pub fn decimal(language: Language, value: f64, fraction_digits: usize) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let written = format!("{:.*}", fraction_digits, value.abs());
    let (whole, fraction) = written.split_once('.').unwrap_or((&written, ""));
    let mut out = String::new();
    // "-0.00" is not worth a sign.
    if value.is_sign_negative() && written.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    out.push_str(&group(language, whole));
    if !fraction.is_empty() {
        out.push_str(&text(language, "number-decimal"));
        out.push_str(fraction);
    }
    out
}

/// A date in the language's long form: `10 September 2024`, `2024年9月10日`,
/// `10 de Setembro de 2024`.
pub fn date(language: Language, date: Date) -> String {
    let month = text(language, &format!("month-{}", date.month()));
    text_with(
        language,
        "date",
        &[
            ("day", Arg::Text(date.day().to_string().into())),
            ("month", Arg::Text(month)),
            ("year", Arg::Text(date.year().to_string().into())),
        ],
    )
}

/// A number placed in a message by Fluent, grouped unless the message says
/// `NUMBER($n, useGrouping: "false")`.
pub(super) fn fluent_number(language: Language, number: &FluentNumber) -> String {
    let options = &number.options;
    let digits = options
        .minimum_fraction_digits
        .or(options.maximum_fraction_digits)
        .unwrap_or_else(|| {
            let raw = number.value.to_string();
            raw.split_once('.')
                .map_or(0, |(_, fraction)| fraction.len())
        });
    if options.use_grouping {
        decimal(language, number.value, digits)
    } else {
        let written = format!("{:.*}", digits, number.value);
        written.replace('.', &text(language, "number-decimal"))
    }
}

/// `digits` (ASCII digits only) with the language's group separator every three from the
/// right.
fn group(language: Language, digits: &str) -> String {
    if digits.len() <= 3 {
        return digits.to_owned();
    }
    let separator = text(language, "number-group");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(&separator);
        }
        out.push(digit);
    }
    out
}
