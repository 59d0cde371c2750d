//! Section 10: the rulebook, the date and the caveats, with the rule texts a reader gets in
//! another language than the report's.

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
        blocks.push(Block::Paragraph(w.with(
            "report-rulebook-line",
            &[
                ("version", rulebook.version().into()),
                ("date", w.date(as_of).into()),
            ],
        )));
        blocks.push(Block::Paragraph(w.t("report-caveat-general")));
        let unverified: Vec<String> = register
            .risks
            .iter()
            .filter(|risk| risk.finding.verification().has_unconfirmed())
            .map(|risk| {
                format!(
                    "{}: {} ({})",
                    risk.finding.id,
                    risk.finding.citation_in(w.language),
                    risk.finding.verification().as_str()
                )
            })
            .collect();
        if unverified.is_empty() {
            blocks.push(Block::Paragraph(w.t("report-all-verified")));
        } else {
            blocks.push(Block::Subheading(w.t("report-unverified")));
            blocks.push(Block::Bullets(unverified));
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
