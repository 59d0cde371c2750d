//! Reasons about one flow: why a condition holds for it ([`Explain::because`]) and why one does
//! not ([`Explain::lacking`]).

use super::*;

impl Explain<'_> {
    /// Why `condition`, which holds for the flow, holds.
    pub(super) fn because(
        &self,
        condition: &Compiled,
        flow: usize,
        depth: usize,
        out: &mut Vec<String>,
    ) {
        match condition {
            Compiled::All(items) => {
                for item in items {
                    self.because(item, flow, depth, out);
                }
            }
            Compiled::Any(items) => {
                if let Some(item) = items.iter().find(|item| self.holds(item, flow)) {
                    self.because(item, flow, depth, out);
                }
            }
            Compiled::Not(item) => self.lacking(item, flow, depth, out),
            Compiled::Mechanism(_) => {
                if let Some(text) = self.flow_holds(condition, flow) {
                    out.push(text);
                }
                self.readings(flow, out);
            }
            other if self.others_because(other, flow, depth, out) => {}
            Compiled::Fact(index) => {
                let words = self.fact_words(*index);
                let definition = self.facts.get(*index).copied().flatten();
                let mut inner = Vec::new();
                if let Some(definition) = definition
                    && depth < EXPLAIN_FACT_DEPTH
                {
                    self.because(definition, flow, depth + 1, &mut inner);
                }
                if inner.is_empty() {
                    out.push(words);
                } else {
                    out.push(self.say(
                        "reason-so",
                        &[
                            ("inner", inner.join(&self.list_separator()).into()),
                            ("fact", words.into()),
                        ],
                    ));
                }
            }
            leaf => {
                if let Some(text) = self.flow_holds(leaf, flow) {
                    out.push(text);
                }
            }
        }
    }

    pub(super) fn list_separator(&self) -> String {
        i18n::text(self.language, "reason-list-separator").into_owned()
    }

    /// Why a condition on the flow's own values holds.
    fn flow_holds(&self, condition: &Compiled, flow: usize) -> Option<String> {
        let (view, facts) = self.flow_facts(flow)?;
        let site = |key: &str, site: &SiteText| {
            self.say(
                key,
                &[
                    ("name", site.name.as_str().into()),
                    ("place", self.jurisdiction(&site.jurisdiction).into()),
                    ("id", site.jurisdiction.id().into()),
                    ("kind", self.kind(site.kind).into()),
                ],
            )
        };
        let sensitive = |key: &str, mask: u32| {
            self.say(
                key,
                &[
                    (
                        "classes",
                        self.classes(facts.classes & mask, Join::List).into(),
                    ),
                    ("date", self.date().into()),
                ],
            )
        };
        Some(match condition {
            Compiled::Source(_) => site("reason-source-in", view.source),
            Compiled::Target(_) => site("reason-target-in", view.target),
            Compiled::SourceKind(_) => site("reason-source-kind", view.source),
            Compiled::TargetKind(_) => site("reason-target-kind", view.target),
            Compiled::SourceSector(mask) => {
                self.sector_words(view.source, facts.source_sector, *mask)
            }
            Compiled::TargetSector(mask) => {
                self.sector_words(view.target, facts.target_sector, *mask)
            }
            Compiled::ClassesAny(mask) => self.say(
                "reason-carries",
                &[(
                    "classes",
                    self.classes(facts.classes & mask, Join::List).into(),
                )],
            ),
            Compiled::ClassesAll(mask) => self.say(
                "reason-carries",
                &[("classes", self.classes(*mask, Join::And).into())],
            ),
            Compiled::MacauSensitive => {
                sensitive("reason-macau-sensitive", self.sensitivity().macau_mask())
            }
            Compiled::PiplSensitive => {
                sensitive("reason-pipl-sensitive", self.sensitivity().pipl_mask())
            }
            Compiled::Safeguards(mask) => self.say(
                "reason-safeguard-recorded",
                &[(
                    "safeguards",
                    self.safeguards(facts.safeguards & mask, Join::List).into(),
                )],
            ),
            Compiled::Flags(mask) => self.say(
                "reason-flagged",
                &[("flags", self.flags(facts.flags & mask, Join::List).into())],
            ),
            Compiled::Basis(_) => self.say(
                "reason-basis",
                &[("basis", self.basis(view.flow.legal_basis).into())],
            ),
            Compiled::Role(_) => self.say(
                "reason-recipient-role",
                &[
                    ("name", view.target.name.as_str().into()),
                    (
                        "role",
                        self.role(view.flow.recipient_role, "reason-role-unrecorded")
                            .into(),
                    ),
                ],
            ),
            Compiled::Access(access) => self.say(
                "reason-access",
                &[
                    ("flow", view.flow.id.as_str().into()),
                    ("access", self.access(*access).to_lowercase().into()),
                    ("target", view.target.name.as_str().into()),
                ],
            ),
            Compiled::RetentionUnknown => self.say(
                "reason-no-retention",
                &[("flow", view.flow.id.as_str().into())],
            ),
            Compiled::Mechanism(outcome) => self.say(
                "reason-mechanism",
                &[
                    ("mechanism", self.data.mechanism.text(self.language).into()),
                    ("outcome", self.outcome(*outcome).into()),
                    ("basis", self.step_basis(facts).into()),
                    ("totals", self.totals_words(facts).into()),
                ],
            ),
            Compiled::TotalSensitiveAtLeast(n)
            | Compiled::TotalNonSensitiveAtLeast(n)
            | Compiled::TotalSubjectsAtLeast(n) => self.say(
                "reason-threshold",
                &[
                    ("n", (*n).into()),
                    ("totals", self.totals_words(facts).into()),
                ],
            ),
            _ => return None,
        })
    }

    /// Why `condition`, which does not hold for the flow, does not hold.
    pub(super) fn lacking(
        &self,
        condition: &Compiled,
        flow: usize,
        depth: usize,
        out: &mut Vec<String>,
    ) {
        match condition {
            Compiled::All(items) => {
                if let Some(item) = items.iter().find(|item| !self.holds(item, flow)) {
                    self.lacking(item, flow, depth, out);
                }
            }
            Compiled::Any(items) => match items.as_slice() {
                [one] => self.lacking(one, flow, depth, out),
                // Alternative facts (e.g. either GBA contract's route): why each does not hold.
                many if many.iter().all(|item| matches!(item, Compiled::Fact(_))) => {
                    for item in many {
                        self.lacking(item, flow, depth, out);
                    }
                }
                _ => {
                    if items.iter().any(|item| self.mentions_basis(item, depth))
                        && let Some((view, _)) = self.flow_facts(flow)
                    {
                        out.push(self.say(
                            "reason-basis",
                            &[("basis", self.basis(view.flow.legal_basis).into())],
                        ));
                    }
                    let phrases: Vec<String> =
                        items.iter().map(|item| self.phrase(item, flow)).collect();
                    out.push(self.say(
                        "reason-none-of",
                        &[("items", phrases.join(&self.list_separator()).into())],
                    ));
                }
            },
            Compiled::Not(item) => self.because(item, flow, depth, out),
            Compiled::Fact(index) => self.fact_lacking(*index, flow, depth, out),
            leaf => {
                if let Some(text) = self.flow_lacks(leaf, flow) {
                    out.push(text);
                }
            }
        }
    }

    /// Why a named fact does not hold for the flow.
    fn fact_lacking(&self, index: usize, flow: usize, depth: usize, out: &mut Vec<String>) {
        let words = self.fact_words(index);
        let definition = self.facts.get(index).copied().flatten();
        let mut inner = Vec::new();
        match definition {
            None => inner.push(self.say(
                "reason-not-defined",
                &[
                    ("fact", words.as_str().into()),
                    ("date", self.date().into()),
                ],
            )),
            Some(definition) if depth < EXPLAIN_FACT_DEPTH => {
                self.lacking(definition, flow, depth + 1, &mut inner);
            }
            Some(_) => {}
        }
        let id = self
            .data
            .flow_text
            .get(flow)
            .map_or("", |text| text.id.as_str());
        if inner.is_empty() {
            out.push(self.say(
                "reason-not-fact",
                &[("fact", words.into()), ("flow", id.into())],
            ));
        } else {
            out.push(self.say(
                "reason-so-not",
                &[
                    ("inner", inner.join(&self.list_separator()).into()),
                    ("fact", words.into()),
                ],
            ));
        }
    }

    /// Why a condition on the flow's own values does not hold.
    fn flow_lacks(&self, condition: &Compiled, flow: usize) -> Option<String> {
        let (view, facts) = self.flow_facts(flow)?;
        let id = view.flow.id.as_str();
        if let Some(text) = self.end_lacks(condition, &view) {
            return Some(text);
        }
        if let Some(text) = self.others_lack(condition, flow) {
            return Some(text);
        }
        Some(match condition {
            Compiled::ClassesAny(mask) => self.say(
                "reason-carries-none",
                &[("classes", self.classes(*mask, Join::List).into())],
            ),
            Compiled::ClassesAll(mask) => self.say(
                "reason-does-not-carry",
                &[(
                    "classes",
                    self.classes(mask & !facts.classes, Join::List).into(),
                )],
            ),
            Compiled::MacauSensitive => self.say(
                "reason-no-macau-sensitive",
                &[("flow", id.into()), ("date", self.date().into())],
            ),
            Compiled::PiplSensitive => self.say(
                "reason-no-pipl-sensitive",
                &[("flow", id.into()), ("date", self.date().into())],
            ),
            Compiled::Safeguards(mask) => self.say(
                "reason-missing-safeguard",
                &[("safeguards", self.safeguards(*mask, Join::Or).into())],
            ),
            Compiled::Flags(mask) => self.say(
                "reason-not-flagged",
                &[("flags", self.flags(*mask, Join::Or).into())],
            ),
            Compiled::Basis(mask) => self.say(
                "reason-basis-not",
                &[
                    ("basis", self.basis(view.flow.legal_basis).into()),
                    ("bases", self.bases(*mask).into()),
                ],
            ),
            Compiled::Role(mask) => self.say(
                "reason-role-not",
                &[
                    ("name", view.target.name.as_str().into()),
                    (
                        "role",
                        self.role(view.flow.recipient_role, "reason-role-unrecorded-short")
                            .into(),
                    ),
                    ("roles", self.roles(*mask).into()),
                ],
            ),
            Compiled::Access(_) => self.say(
                "reason-access-is",
                &[
                    ("flow", id.into()),
                    ("access", self.access(view.flow.access).into()),
                ],
            ),
            Compiled::RetentionUnknown => self.say(
                "reason-retention-is",
                &[
                    ("flow", id.into()),
                    ("days", view.flow.retention_days.unwrap_or(0).into()),
                ],
            ),
            Compiled::Mechanism(outcome) => {
                let decided = facts.mechanism.as_ref().map_or_else(
                    || i18n::text(self.language, "reason-no-mechanism").into_owned(),
                    |(decided, _)| self.outcome(*decided),
                );
                self.say(
                    "reason-not-mechanism",
                    &[
                        ("outcome", self.outcome(*outcome).into()),
                        ("flow", id.into()),
                        ("decided", decided.into()),
                    ],
                )
            }
            Compiled::TotalSensitiveAtLeast(n)
            | Compiled::TotalNonSensitiveAtLeast(n)
            | Compiled::TotalSubjectsAtLeast(n) => self.say(
                "reason-under-threshold",
                &[
                    ("n", (*n).into()),
                    ("totals", self.totals_words(facts).into()),
                ],
            ),
            _ => return None,
        })
    }

    /// Why a condition on the flow's source or target site does not hold.
    fn end_lacks(&self, condition: &Compiled, view: &ViewText<'_>) -> Option<String> {
        let site = |key: &str, site: &SiteText, places: String, kinds: String| {
            self.say(
                key,
                &[
                    ("name", site.name.as_str().into()),
                    ("place", self.jurisdiction(&site.jurisdiction).into()),
                    ("id", site.jurisdiction.id().into()),
                    ("places", places.into()),
                    ("kind", self.kind(site.kind).into()),
                    ("kinds", kinds.into()),
                ],
            )
        };
        Some(match condition {
            Compiled::Source(mask) => site(
                "reason-source-in-not",
                view.source,
                self.places(*mask),
                String::new(),
            ),
            Compiled::Target(mask) => site(
                "reason-target-in-not",
                view.target,
                self.places(*mask),
                String::new(),
            ),
            Compiled::SourceKind(mask) => site(
                "reason-source-kind-not",
                view.source,
                String::new(),
                self.kinds(*mask),
            ),
            Compiled::TargetKind(mask) => site(
                "reason-target-kind-not",
                view.target,
                String::new(),
                self.kinds(*mask),
            ),
            _ => return None,
        })
    }
}
