//! The transfer register: one row per border-crossing flow, in the words of one language, with
//! the flow's inventory columns after the readable ones so that `borderflow import` reads the
//! register back as the same flows; and a second table of every finding.
//!
//! The table holds typed cells; the CSV and XLSX writers only lay them out.

mod clocks;

use std::collections::HashMap;

use crate::assessment::{
    FlowMechanisms, Mechanism, RegimeMechanism, Register, TransferRegime, transfer_mechanisms,
};
use crate::i18n::{self, terms};
use crate::model::{Date, FlowView, Language, Map, Safeguard};
use crate::rules::{Evaluated, Sensitivity, Subject};

/// One cell, typed so the workbook stores numbers as numbers and dates as dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Nothing recorded.
    Empty,
    /// Text, as written (each writer makes it safe for its format).
    Text(String),
    /// A whole number.
    Number(u64),
    /// A flow's number on the diagram, shown as `F3`.
    FlowNumber(usize),
    /// A calendar date.
    Date(Date),
}

impl Cell {
    fn text(text: impl Into<String>) -> Self {
        let text = text.into();
        if text.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(text)
        }
    }

    fn number(value: Option<u64>) -> Self {
        value.map_or(Cell::Empty, Cell::Number)
    }

    /// The cell as plain text: numbers in digits, dates as `YYYY-MM-DD`, flow numbers as `F3`.
    pub fn plain(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Number(number) => number.to_string(),
            Cell::FlowNumber(number) => format!("F{number}"),
            Cell::Date(date) => date.to_string(),
        }
    }
}

/// A column: its title in the register's language, and how wide a spreadsheet shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The header.
    pub title: String,
    /// Width in characters.
    pub width: f64,
    /// A machine column (the inventory's ids): kept for re-import, hidden in the workbook.
    pub machine: bool,
}

/// One table of the register.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The sheet's name.
    pub name: String,
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, each as long as `columns`.
    pub rows: Vec<Vec<Cell>>,
}

/// The transfer register of a map.
#[derive(Clone, Debug, PartialEq)]
pub struct TransferRegister {
    /// The language of its words.
    pub language: Language,
    /// One row per border-crossing flow, by flow number.
    pub transfers: Table,
    /// One row per finding, in the evaluation's order.
    pub findings: Table,
    /// One row per clock (`register::clocks`).
    pub clocks: Table,
}

/// The readable columns of the transfers table: catalogue key suffix and width.
const TRANSFER_COLUMNS: [(&str, f64); 29] = [
    ("number", 6.0),
    ("flow", 14.0),
    ("source", 24.0),
    ("source-entity", 22.0),
    ("source-sector", 16.0),
    ("source-jurisdiction", 18.0),
    ("destination", 24.0),
    ("destination-jurisdiction", 18.0),
    ("destination-city", 14.0),
    ("recipient", 22.0),
    ("recipient-sector", 16.0),
    ("role", 16.0),
    ("access", 14.0),
    ("purpose", 30.0),
    ("classes", 36.0),
    ("subjects", 12.0),
    ("sensitive-subjects", 12.0),
    ("basis", 20.0),
    ("macau-required", 24.0),
    ("macau-in-place", 24.0),
    ("macau-authority", 24.0),
    ("mainland-required", 30.0),
    ("mainland-in-place", 24.0),
    ("mainland-authority", 24.0),
    ("filings", 30.0),
    ("retention", 12.0),
    ("reviewed", 12.0),
    ("open-findings", 20.0),
    ("class-ids", 30.0),
];

/// The columns of the findings table: catalogue key suffix and width.
const FINDING_COLUMNS: [(&str, f64); 14] = [
    ("finding-id", 22.0),
    ("number", 6.0),
    ("subject", 24.0),
    ("rule", 10.0),
    ("severity", 9.0),
    ("likelihood", 9.0),
    ("score", 7.0),
    ("status", 14.0),
    ("owner", 16.0),
    ("due", 12.0),
    ("title", 44.0),
    ("citation", 30.0),
    ("verification", 8.0),
    ("mitigation", 60.0),
];

/// Builds the register of the map as evaluated, in the input's language.
pub fn build(input: &Evaluated<'_>) -> TransferRegister {
    let Evaluated {
        map,
        evaluation,
        rulebook,
        language,
    } = *input;
    let words = Words(language);
    let numbers = crate::scene::flow_numbers(map);
    let risks = Register::new(map, evaluation, rulebook);
    let mechanisms: HashMap<_, _> = transfer_mechanisms(map, evaluation, rulebook)
        .into_iter()
        .map(|found| (found.flow.clone(), found))
        .collect();
    let mut open: HashMap<&str, Vec<&str>> = HashMap::new();
    for risk in risks.risks.iter().filter(|risk| risk.is_open()) {
        if let Subject::Flow(id) = &risk.finding.subject {
            open.entry(id.as_str())
                .or_default()
                .push(risk.finding.rule());
        }
    }
    let inventory = inventory_cells(map);
    let context = RowContext {
        words: Words(language),
        map,
        sensitivity: evaluation.sensitivity,
        reviewed: last_reviewed(map),
    };

    let mut columns: Vec<Column> = TRANSFER_COLUMNS
        .iter()
        .map(|(key, width)| Column {
            title: words.t(&format!("register-col-{key}")),
            width: *width,
            machine: false,
        })
        .collect();
    columns.extend(inventory.header.iter().map(|name| Column {
        title: name.clone(),
        width: 14.0,
        machine: true,
    }));
    let mut rows = Vec::new();
    for view in map.flows().filter(FlowView::crosses_border) {
        let id = &view.flow.id;
        let mut row = transfer_row(
            &context,
            &view,
            numbers.get(id).copied(),
            mechanisms.get(id),
            open.get(id.as_str()).map(Vec::as_slice).unwrap_or_default(),
        );
        let machine = inventory.rows.get(id.as_str());
        row.extend((0..inventory.header.len()).map(|index| {
            machine
                .and_then(|cells| cells.get(index))
                .map_or(Cell::Empty, |cell| Cell::text(cell.as_str()))
        }));
        rows.push(row);
    }
    let transfers = Table {
        name: words.t("register-sheet-transfers"),
        columns,
        rows,
    };
    TransferRegister {
        language,
        transfers,
        findings: findings_table(&words, map, &risks, &numbers),
        clocks: clocks::clocks_table(map, evaluation, rulebook, language),
    }
}

/// The catalogue in the register's language.
struct Words(Language);

impl Words {
    fn t(&self, key: &str) -> String {
        i18n::text(self.0, key).into_owned()
    }
}

/// What every row of the transfers table reads.
struct RowContext<'a> {
    words: Words,
    map: &'a Map,
    sensitivity: Sensitivity,
    reviewed: Option<Date>,
}

fn transfer_row(
    context: &RowContext<'_>,
    view: &FlowView<'_>,
    number: Option<usize>,
    mechanisms: Option<&FlowMechanisms>,
    open: &[&str],
) -> Vec<Cell> {
    let (words, map) = (&context.words, context.map);
    let language = words.0;
    let flow = view.flow;
    let (source, target) = (view.source, view.target);
    let list = |items: Vec<String>| Cell::text(items.join(&words.t("report-item-separator")));
    // The exporting entity of rules-spec section 2, as the totals count it.
    let entity = crate::rules::entity_name(source, &map.meta.organisation, "");
    // The party that receives: its legal entity, else who runs the site, else the site.
    let recipient = [&target.entity, &target.operator, &target.name]
        .into_iter()
        .map(|text| text.trim())
        .find(|text| !text.is_empty())
        .unwrap_or_default();
    let regime = |regime| mechanisms.and_then(|found| found.regime(regime));
    // The sector of each end's entity, as the rules read it: the site's, else the map's.
    let sector = |site: &crate::model::Site| {
        site.sector
            .or(map.meta.sector)
            .map_or(Cell::Empty, |sector| {
                Cell::text(words.t(&format!("sector-{}", sector.id())))
            })
    };
    let mut row = vec![
        number.map_or(Cell::Empty, Cell::FlowNumber),
        Cell::text(flow.id.as_str()),
        Cell::text(source.name.trim()),
        Cell::text(entity),
        sector(source),
        Cell::text(terms::jurisdiction(language, &source.jurisdiction)),
        Cell::text(target.name.trim()),
        Cell::text(terms::jurisdiction(language, &target.jurisdiction)),
        Cell::text(target.city.trim()),
        Cell::text(recipient),
        sector(target),
        flow.recipient_role
            .map_or(Cell::Empty, |role| Cell::text(terms::role(language, role))),
        Cell::text(words.t(&format!("access-{}", flow.access.id()))),
        Cell::text(flow.purpose.trim()),
        list(
            flow.data_classes
                .iter()
                .map(|class| {
                    let name = terms::class(language, *class);
                    match context.sensitivity.marks(*class) {
                        "" => name,
                        marks => format!("{name} ({marks})"),
                    }
                })
                .collect(),
        ),
        Cell::number(flow.subjects_per_year),
        Cell::number(flow.sensitive_subjects_per_year),
        Cell::text(terms::basis(language, flow.legal_basis)),
    ];
    for regime_of in TransferRegime::ALL {
        row.extend(regime_cells(words, regime(regime_of)));
    }
    row.extend([
        list(
            flow.safeguards
                .iter()
                .filter(|safeguard| FILINGS_AND_CONTRACTS.contains(safeguard))
                .map(|safeguard| terms::safeguard(language, *safeguard))
                .collect(),
        ),
        Cell::number(flow.retention_days.map(u64::from)),
        context.reviewed.map_or(Cell::Empty, Cell::Date),
        Cell::text(open.join(", ")),
        Cell::text(
            flow.data_classes
                .iter()
                .map(|class| class.id())
                .collect::<Vec<_>>()
                .join(";"),
        ),
    ]);
    row
}

/// The safeguards that are a filing with, or an approval of, a regulator, or a contract.
const FILINGS_AND_CONTRACTS: [Safeguard; 8] = [
    Safeguard::MacauNotification,
    Safeguard::MacauAuthorisation,
    Safeguard::CnStandardContract,
    Safeguard::GbaStandardContract,
    Safeguard::CnCertification,
    Safeguard::CacAssessment,
    Safeguard::ProcessorContract,
    Safeguard::SharingAgreement,
];

/// Required, in place and authority for one regime: dashes when it asks nothing.
fn regime_cells(words: &Words, found: Option<&RegimeMechanism>) -> [Cell; 3] {
    let language = words.0;
    let Some(found) = found else {
        return [Cell::Empty, Cell::Empty, Cell::Empty];
    };
    let required = found.required.map_or(Cell::Empty, |mechanism| {
        let name = words.t(&format!("mechanism-{}", mechanism.id()));
        match &found.detail {
            Some(detail) if found.regime == TransferRegime::Mainland => {
                Cell::Text(format!("{name} ({})", detail.text(language)))
            }
            _ => Cell::Text(name),
        }
    });
    let in_place = if found.in_place.is_empty() {
        if found.is_missing() {
            Cell::Text(words.t("register-missing"))
        } else if found.required == Some(Mechanism::Exempt) {
            Cell::Text(words.t("register-not-needed"))
        } else {
            Cell::Empty
        }
    } else {
        Cell::Text(
            found
                .in_place
                .iter()
                .map(|safeguard| terms::safeguard(language, *safeguard))
                .collect::<Vec<_>>()
                .join(&words.t("report-item-separator")),
        )
    };
    let authority = found.authority.map_or(Cell::Empty, |authority| {
        Cell::Text(words.t(&format!("authority-{}", authority.id())))
    });
    [required, in_place, authority]
}

/// The last day the assessment was reviewed: the latest date of its sign-off and revision log.
fn last_reviewed(map: &Map) -> Option<Date> {
    let sign_off = &map.assessment.sign_off;
    [sign_off.assessed_on, sign_off.dpo_on, sign_off.approved_on]
        .into_iter()
        .flatten()
        .chain(
            map.assessment
                .revisions
                .iter()
                .map(|revision| revision.date),
        )
        .max()
}

/// The map's flows as the inventory CSV writes them: its header, and each flow's cells by id.
struct InventoryCells {
    header: Vec<String>,
    rows: HashMap<String, Vec<String>>,
}

/// Read back from [`crate::io::inventory_to_csv`], so the register carries exactly the columns
/// (and the formula-safe text) that an import reads.
fn inventory_cells(map: &Map) -> InventoryCells {
    let text = crate::io::inventory_to_csv(map).unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map(|header| header.iter().map(str::to_owned).collect())
        .unwrap_or_default();
    let rows = reader
        .records()
        .filter_map(Result::ok)
        .filter_map(|record| {
            let cells: Vec<String> = record.iter().map(str::to_owned).collect();
            Some((cells.first()?.clone(), cells))
        })
        .collect();
    InventoryCells { header, rows }
}

fn findings_table(
    words: &Words,
    map: &Map,
    register: &Register,
    numbers: &std::collections::BTreeMap<&crate::model::FlowId, usize>,
) -> Table {
    let columns = FINDING_COLUMNS
        .iter()
        .map(|(key, width)| Column {
            title: words.t(&format!("register-col-{key}")),
            width: *width,
            machine: false,
        })
        .collect();
    let rows = register
        .risks
        .iter()
        .map(|risk| {
            let finding = &risk.finding;
            let (number, subject) = match &finding.subject {
                Subject::Flow(id) => (
                    numbers
                        .get(id)
                        .copied()
                        .map_or(Cell::Empty, Cell::FlowNumber),
                    // The flow by its ends' names, not its id.
                    Cell::text(map.flow(id).map_or_else(
                        || id.as_str().to_owned(),
                        |view| format!("{} → {}", view.source.name.trim(), view.target.name.trim()),
                    )),
                ),
                Subject::Site(id) => (
                    Cell::Empty,
                    Cell::text(map.site(id).map_or(id.as_str(), |site| site.name.trim())),
                ),
                Subject::Map => (Cell::Empty, Cell::text(map.meta.title.trim())),
            };
            vec![
                Cell::text(finding.id.as_str()),
                number,
                subject,
                Cell::text(finding.rule()),
                Cell::Number(u64::from(finding.severity.level())),
                Cell::Number(u64::from(finding.likelihood.level())),
                Cell::Number(u64::from(risk.initial.product())),
                Cell::text(words.t(&format!("status-{}", risk.status.id()))),
                Cell::text(risk.owner().unwrap_or_default()),
                risk.due().map_or(Cell::Empty, Cell::Date),
                Cell::text(finding.title_in(words.0)),
                Cell::text(finding.citation_in(words.0)),
                Cell::text(finding.verification().as_str()),
                Cell::text(finding.mitigation_in(words.0)),
            ]
        })
        .collect();
    Table {
        name: words.t("register-sheet-findings"),
        columns,
        rows,
    }
}
