//! What the filings ask that the map does not record (`domain/filings.md`, "gap analysis"):
//! the controller's identity and people at the map's level, and for each border-crossing flow
//! its data subjects, processing method, channel, security measures, onward recipients, the
//! recipient's identity and storage place, and the references of the filings and contracts it
//! records. Each is optional in the map; the report lists what is missing so that it is
//! completed before filing, and the annexes print it as a blank.

use std::collections::BTreeMap;

use super::Block;
use super::cells::number_ranges;
use super::sections::Sections;
use super::vocab;
use crate::model::{Controller, FlowView, Safeguard};

/// The catalogue keys of the controller's fields a filing needs, with whether each is missing.
pub(super) fn controller_fields(controller: &Controller) -> [(&'static str, bool); 7] {
    [
        (
            "field-controller-name-zh",
            controller.name_zh.trim().is_empty(),
        ),
        (
            "field-controller-name-pt",
            controller.name_pt.trim().is_empty(),
        ),
        (
            "field-controller-address",
            controller.address.trim().is_empty(),
        ),
        (
            "field-controller-registration",
            controller.registration.trim().is_empty(),
        ),
        (
            "field-signatory",
            controller.signatory.name.trim().is_empty(),
        ),
        ("field-dpo", controller.dpo.name.trim().is_empty()),
        (
            "field-controller-security",
            controller.security_measures.trim().is_empty(),
        ),
    ]
}

/// The catalogue keys of a border-crossing flow's fields a filing needs, with whether each is
/// missing.
pub(super) fn flow_fields(view: &FlowView<'_>) -> [(&'static str, bool); 9] {
    let flow = view.flow;
    let target = view.target;
    let blank = |text: &str| text.trim().is_empty();
    [
        ("field-subject-categories", blank(&flow.subject_categories)),
        ("field-processing-method", blank(&flow.processing_method)),
        ("field-channel", blank(&flow.channel)),
        ("field-flow-security", blank(&flow.security_measures)),
        ("field-onward", blank(&flow.onward_recipients)),
        ("field-recipient-name", blank(&target.entity)),
        ("field-recipient-address", blank(&target.address)),
        ("field-recipient-contact", blank(&target.contact.name)),
        ("field-storage-location", blank(&target.storage_location)),
    ]
}

/// The safeguards a flow records whose filing or contract has no number yet.
pub(super) fn unreferenced<'a>(view: &'a FlowView<'a>) -> impl Iterator<Item = Safeguard> + 'a {
    view.flow.safeguards.iter().copied().filter(|safeguard| {
        safeguard.has_reference()
            && view
                .flow
                .references
                .get(safeguard)
                .is_none_or(|reference| reference.number.trim().is_empty())
    })
}

impl Sections<'_> {
    /// The fields the filings need that the map lacks, under the filing questions.
    pub(super) fn filing_gaps(&mut self) {
        let map = self.map;
        let w = self.words;
        let language = self.language;
        let separator = w.t("report-item-separator");
        let mut items: Vec<String> = controller_fields(&map.meta.controller)
            .into_iter()
            .filter(|(_, missing)| *missing)
            .map(|(key, _)| w.t(key))
            .collect();
        // Field by field, the flows that lack it, by number: a short list on a large map.
        let mut by_field: BTreeMap<(usize, String), Vec<usize>> = BTreeMap::new();
        for view in map.flows().filter(|view| view.crosses_border()) {
            let Some(number) = self.numbers.number(&view.flow.id) else {
                continue;
            };
            for (order, (key, missing)) in flow_fields(&view).into_iter().enumerate() {
                if missing {
                    by_field.entry((order, w.t(key))).or_default().push(number);
                }
            }
            for safeguard in unreferenced(&view) {
                let name = w.with(
                    "field-reference",
                    &[("safeguard", vocab::safeguard(language, safeguard).into())],
                );
                by_field
                    .entry((100 + safeguard as usize, name))
                    .or_default()
                    .push(number);
            }
        }
        items.extend(
            by_field.into_iter().map(|((_, field), numbers)| {
                w.labelled(&field, &number_ranges(numbers, &separator))
            }),
        );
        let blocks = &mut self.blocks;
        blocks.push(Block::Subheading(w.t("report-filing-gaps")));
        if items.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-filing-gaps-none")));
        } else {
            blocks.push(Block::Paragraph(w.t("report-filing-gaps-intro")));
            blocks.push(Block::Bullets(items));
        }
    }
}
