//! Reasons that look past the flow itself: the sector of each end's entity, what the source
//! site received by other flows, the flows of the flow's handler, and the readings a mechanism
//! decision takes where the law is open.

use super::*;

impl Explain<'_> {
    /// The handler's name and where it came from, e.g. "Hengqin Co. (the site's entity)".
    fn handler_words(&self, facts: &FlowFacts, view: &ViewText<'_>) -> String {
        let kind = if view.flow.recipient_role == Some(RecipientRole::Processor) {
            view.source.kind
        } else {
            view.target.kind
        };
        self.say(
            "reason-handler",
            &[
                ("handler", self.entity_name(facts.handler).into()),
                ("origin", self.origin(facts.handler_origin, kind).into()),
            ],
        )
    }

    /// Why a condition on other flows holds; `false` when `condition` is not one.
    pub(super) fn others_because(
        &self,
        condition: &Compiled,
        flow: usize,
        depth: usize,
        out: &mut Vec<String>,
    ) -> bool {
        let Some((view, facts)) = self.flow_facts(flow) else {
            return false;
        };
        match condition {
            Compiled::SourceReceived(item) => {
                if let Some(other) = self.context.received(item, facts).next() {
                    let mut inner = Vec::new();
                    self.because(item, other, depth + 1, &mut inner);
                    let shared = self
                        .context
                        .flows
                        .get(other)
                        .map_or(0, |received| received.classes & facts.classes);
                    let id = self.data.flow_text.get(other).map_or("", |t| t.id.as_str());
                    out.push(self.say(
                        "reason-received",
                        &[
                            ("name", view.source.name.as_str().into()),
                            ("classes", self.classes(shared, Join::List).into()),
                            ("flow", id.into()),
                            ("inner", inner.join(&self.list_separator()).into()),
                        ],
                    ));
                }
                true
            }
            Compiled::HandlerSubjectsAtLeast(item, n) => {
                out.push(self.handler_people_words(item, *n, facts, &view, true));
                true
            }
            Compiled::HandlerAny(item) => {
                let found = self.context.handler_flows(item, facts).next();
                let id = found
                    .and_then(|found| {
                        let index = self
                            .context
                            .flows
                            .iter()
                            .position(|candidate| std::ptr::eq(candidate, found))?;
                        self.data.flow_text.get(index)
                    })
                    .map_or("", |text| text.id.as_str());
                out.push(self.say(
                    "reason-handler-any",
                    &[
                        ("handler", self.handler_words(facts, &view).into()),
                        ("flow", id.into()),
                        ("item", self.phrase(item, flow).into()),
                    ],
                ));
                true
            }
            _ => false,
        }
    }

    fn handler_people_words(
        &self,
        item: &Compiled,
        n: u64,
        facts: &FlowFacts,
        view: &ViewText<'_>,
        reached: bool,
    ) -> String {
        let (people, flows) = self.context.handler_people(item, facts);
        let key = if reached {
            "reason-handler-people"
        } else {
            "reason-handler-people-under"
        };
        self.say(
            key,
            &[
                ("handler", self.handler_words(facts, view).into()),
                ("people", people.into()),
                ("flows", flows.into()),
                ("n", n.into()),
            ],
        )
    }

    /// Why a condition on other flows or on an end's sector does not hold.
    pub(super) fn others_lack(&self, condition: &Compiled, flow: usize) -> Option<String> {
        let (view, facts) = self.flow_facts(flow)?;
        Some(match condition {
            Compiled::SourceReceived(item) => self.say(
                "reason-received-not",
                &[
                    ("name", view.source.name.as_str().into()),
                    ("item", self.phrase(item, flow).into()),
                ],
            ),
            Compiled::HandlerSubjectsAtLeast(item, n) => {
                self.handler_people_words(item, *n, facts, &view, false)
            }
            Compiled::HandlerAny(item) => self.say(
                "reason-handler-none",
                &[
                    ("handler", self.handler_words(facts, &view).into()),
                    ("item", self.phrase(item, flow).into()),
                ],
            ),
            Compiled::SourceSector(mask) => {
                self.sector_words(view.source, facts.source_sector, *mask)
            }
            Compiled::TargetSector(mask) => {
                self.sector_words(view.target, facts.target_sector, *mask)
            }
            _ => return None,
        })
    }

    /// An end's sector: what it is, or that it is not recorded, and what was looked for.
    pub(super) fn sector_words(&self, site: &SiteText, sector: u32, wanted: u32) -> String {
        let name = site.name.as_str();
        if sector == 0 {
            return self.say(
                "reason-sector-not-recorded",
                &[
                    ("name", name.into()),
                    ("sectors", self.sectors(wanted).into()),
                ],
            );
        }
        let key = if sector & wanted != 0 {
            "reason-sector"
        } else {
            "reason-sector-not"
        };
        self.say(
            key,
            &[
                ("name", name.into()),
                ("sector", self.sectors(sector).into()),
                ("sectors", self.sectors(wanted).into()),
            ],
        )
    }

    /// The readings of the mechanism decision in force that concern the flow.
    pub(super) fn readings(&self, flow: usize, out: &mut Vec<String>) {
        let Some(mechanism) = self
            .book
            .mechanisms
            .iter()
            .find(|mechanism| mechanism.window.contains(self.data.as_of))
        else {
            return;
        };
        for reading in &mechanism.readings {
            if reading.window.contains(self.data.as_of) && self.holds(&reading.when, flow) {
                out.push(reading.text.text(self.language).to_owned());
            }
        }
    }
}
