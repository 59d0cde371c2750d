//! The register's sheet of clocks (rules-spec section 7): one row per clock of a flow or of the
//! map, with its state, limit date, reasons and citation in the register's language.

use super::{Cell, Column, Table};
use crate::i18n;
use crate::model::{Language, Map};
use crate::rules::{Evaluation, Rulebook};

/// The columns: catalogue key and width.
const COLUMNS: [(&str, f64); 8] = [
    ("register-col-number", 6.0),
    ("register-col-flow", 14.0),
    ("clock-heading", 30.0),
    ("report-status", 14.0),
    ("clock-due-date", 12.0),
    ("register-clock-approximate", 12.0),
    ("register-clock-reasons", 60.0),
    ("report-citation", 36.0),
];

/// The clocks of `map` as a table in `language`, in the order `check` lists them.
pub fn clocks_table(
    map: &Map,
    evaluation: &Evaluation,
    rulebook: &Rulebook,
    language: Language,
) -> Table {
    let t = |key: &str| i18n::text(language, key).into_owned();
    let numbers = crate::scene::flow_numbers(map);
    let rows = rulebook
        .clocks(map, evaluation)
        .iter()
        .map(|clock| {
            let (number, flow) = match &clock.flow {
                Some(id) => (
                    numbers
                        .get(id)
                        .map_or(Cell::Empty, |n| Cell::FlowNumber(*n)),
                    Cell::Text(id.as_str().to_owned()),
                ),
                None => (Cell::Empty, Cell::Text(t("diff-the-map"))),
            };
            vec![
                number,
                flow,
                Cell::Text(clock.spec.title.text(language).to_owned()),
                Cell::Text(clock.state.name(language)),
                clock.due.map_or(Cell::Empty, Cell::Date),
                if clock.approximate {
                    Cell::Text(t("portfolio-yes"))
                } else {
                    Cell::Empty
                },
                Cell::Text(clock.reasons_in(language).join("; ")),
                Cell::Text(format!(
                    "{} ({})",
                    clock.spec.citation.text(language),
                    clock.spec.verification.as_str()
                )),
            ]
        })
        .collect();
    Table {
        name: t("register-sheet-clocks"),
        columns: COLUMNS
            .iter()
            .map(|(key, width)| Column {
                title: t(key),
                width: *width,
                machine: false,
            })
            .collect(),
        rows,
    }
}
