//! Reasons about a site or the whole map: the site's own values, and the flows that reach or
//! leave it.

use super::*;

impl Explain<'_> {
    /// Why a site condition holds for the site.
    pub(super) fn site(
        &self,
        condition: &Compiled,
        site: &SiteText,
        facts: &SiteFacts,
        out: &mut Vec<String>,
    ) {
        let said = |key: &str| {
            self.say(
                key,
                &[
                    ("name", site.name.as_str().into()),
                    ("kind", self.kind(site.kind).into()),
                    ("place", self.jurisdiction(&site.jurisdiction).into()),
                    ("id", site.jurisdiction.id().into()),
                ],
            )
        };
        match condition {
            Compiled::All(items) => {
                for item in items {
                    self.site(item, site, facts, out);
                }
            }
            Compiled::Any(items) => {
                if let Some(item) = items.iter().find(|item| self.context.site(item, facts)) {
                    self.site(item, site, facts, out);
                }
            }
            Compiled::Not(item) => match item.as_ref() {
                Compiled::SiteIn(_) | Compiled::SiteKind(_) => {
                    out.push(said("reason-site-kind-in"))
                }
                _ => out.push(said("reason-site-no-flow")),
            },
            Compiled::SiteIn(_) => out.push(said("reason-site-in")),
            Compiled::SiteKind(_) => out.push(said("reason-site-kind")),
            Compiled::AnyIncoming(item) => {
                let key = "reason-flow-reaching";
                self.some_flow(item, facts.incoming.iter().copied(), key, &site.name, out);
            }
            Compiled::AnyOutgoing(item) => {
                let key = "reason-flow-leaving";
                self.some_flow(item, facts.outgoing.iter().copied(), key, &site.name, out);
            }
            _ => {}
        }
    }

    /// Why a map condition holds.
    pub(super) fn map(&self, condition: &Compiled, out: &mut Vec<String>) {
        match condition {
            Compiled::All(items) => {
                for item in items {
                    self.map(item, out);
                }
            }
            Compiled::Any(items) => {
                if let Some(item) = items.iter().find(|item| self.context.map(item)) {
                    self.map(item, out);
                }
            }
            Compiled::AnyFlow(item) => {
                let flows = 0..self.data.flow_text.len();
                self.some_flow(item, flows, "reason-flow-in-map", "", out);
            }
            _ => {}
        }
    }

    /// Names the first flow satisfying `condition` and why (with the catalogue's phrase `key`),
    /// and how many others do too.
    fn some_flow(
        &self,
        condition: &Compiled,
        indices: impl Iterator<Item = usize> + Clone,
        key: &str,
        site: &str,
        out: &mut Vec<String>,
    ) {
        let Some(first) = self.context.first_flow(condition, indices.clone()) else {
            return;
        };
        let others = indices
            .filter(|index| *index != first && self.holds(condition, *index))
            .count();
        let mut inner = Vec::new();
        self.because(condition, first, 0, &mut inner);
        let id = self
            .data
            .flow_text
            .get(first)
            .map_or("", |flow| flow.id.as_str());
        let separator = i18n::text(self.language, "reason-list-separator");
        let text = self.say(
            key,
            &[
                ("flow", id.into()),
                ("site", site.into()),
                ("reasons", inner.join(&separator).into()),
            ],
        );
        if others > 0 {
            out.push(self.say(
                "reason-and-others",
                &[("text", text.into()), ("others", others.into())],
            ));
        } else {
            out.push(text);
        }
    }
}
