//! Section 10: the rulebook, the date and the caveats, with the rule texts a reader gets in
//! another language than the report's.

use std::collections::BTreeMap;

use super::Block;
use super::sections::Sections;

impl Sections<'_> {
    /// 10. The rulebook used and its caveats.
    pub(super) fn caveats(&mut self) {
        let w = self.words;
        let as_of = self.as_of;
        let rulebook = self.rulebook;
        let register = &self.register;
        let blocks = &mut self.blocks;
        blocks.push(Block::Heading(w.t("report-s10")));
        // Each pack by its title in the report's language and its edition, not by its id.
        let packs = rulebook
            .packs()
            .iter()
            .map(|pack| format!("{} {}", pack.title.text(w.language), pack.edition))
            .collect::<Vec<_>>()
            .join(&w.t("report-item-separator"));
        blocks.push(Block::Paragraph(w.with(
            "report-rulebook-line",
            &[("version", packs.into()), ("date", w.date(as_of).into())],
        )));
        blocks.push(Block::Paragraph(w.t("report-caveat-general")));
        // Every rule the report relies on whose citation is not all V (read in the official
        // text), once each, with its level as the rulebook records it.
        let mut unverified: BTreeMap<&str, String> = BTreeMap::new();
        for risk in &register.risks {
            let finding = &risk.finding;
            if !finding.verification().is_verified() {
                unverified.entry(finding.rule()).or_insert_with(|| {
                    let what = format!("{} · {}", finding.rule(), finding.title_in(w.language));
                    let citation = w.bracketed(
                        finding.citation_in(w.language),
                        finding.verification().as_str(),
                    );
                    w.labelled(&what, &citation)
                });
            }
        }
        let unverified: Vec<String> = unverified.into_values().collect();
        if unverified.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-all-verified")));
        } else {
            blocks.push(Block::Subheading(w.t("report-unverified")));
            blocks.push(Block::Paragraph(w.t("report-verification-levels")));
            blocks.push(Block::Bullets(unverified));
        }
        // What the law leaves open and the rulebook does not model (rules-spec section 6).
        let open: Vec<String> = rulebook
            .packs()
            .iter()
            .flat_map(|pack| pack.open_questions.iter())
            .map(|question| question.text(w.language).to_owned())
            .collect();
        if !open.is_empty() {
            blocks.push(Block::Subheading(w.t("report-still-open")));
            blocks.push(Block::Bullets(open));
        }
        // A user's pack may give fewer languages: say which of its texts the reader gets in
        // another language, rather than mixing languages silently.
        let fallbacks = rulebook.fallbacks(w.language);
        if !fallbacks.is_empty() {
            blocks.push(Block::Subheading(w.t("report-fallbacks")));
            blocks.push(Block::Bullets(
                fallbacks
                    .into_iter()
                    .map(|(what, shown)| {
                        w.with(
                            "report-fallback",
                            &[
                                ("text", what.into()),
                                ("language", w.t(&format!("language-{}", shown.id())).into()),
                            ],
                        )
                    })
                    .collect(),
            ));
        }
    }
}
