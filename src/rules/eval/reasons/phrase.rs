//! Short phrases naming what a condition looks for, for "none of" lists.

use super::*;

impl Explain<'_> {
    /// A short phrase naming what a condition looks for; where it can, it also says what the
    /// flow has instead.
    pub(super) fn phrase(&self, condition: &Compiled, flow: usize) -> String {
        let Some((view, _)) = self.flow_facts(flow) else {
            return String::new();
        };
        let list = |items: &[Compiled], join: Join| {
            items
                .iter()
                .map(|item| self.phrase(item, flow))
                .collect::<Vec<_>>()
                .join(&self.separator(join))
        };
        let end = |key: &str, mask: u8, site: &SiteText| {
            self.say(
                key,
                &[
                    ("places", self.places(mask).into()),
                    ("name", site.name.as_str().into()),
                    ("id", site.jurisdiction.id().into()),
                ],
            )
        };
        let at_least = |key: &str, n: u64| self.say(key, &[("n", n.into())]);
        let text = |key: &str| i18n::text(self.language, key).into_owned();
        match condition {
            Compiled::All(items) => list(items, Join::And),
            Compiled::Any(items) => list(items, Join::Or),
            Compiled::Not(item) => self.say(
                "reason-phrase-not",
                &[("item", self.phrase(item, flow).into())],
            ),
            Compiled::Fact(index) => self.fact_words(*index),
            Compiled::Source(mask) => end("reason-phrase-source", *mask, view.source),
            Compiled::Target(mask) => end("reason-phrase-target", *mask, view.target),
            Compiled::SourceKind(mask) => self.say(
                "reason-phrase-source-kind",
                &[("kinds", self.kinds(*mask).into())],
            ),
            Compiled::TargetKind(mask) => self.say(
                "reason-phrase-target-kind",
                &[("kinds", self.kinds(*mask).into())],
            ),
            Compiled::SourceSector(mask) => self.say(
                "reason-phrase-sector",
                &[
                    ("name", view.source.name.as_str().into()),
                    ("sectors", self.sectors(*mask).into()),
                ],
            ),
            Compiled::TargetSector(mask) => self.say(
                "reason-phrase-sector",
                &[
                    ("name", view.target.name.as_str().into()),
                    ("sectors", self.sectors(*mask).into()),
                ],
            ),
            Compiled::SourceReceived(item) => self.say(
                "reason-phrase-received",
                &[("item", self.phrase(item, flow).into())],
            ),
            Compiled::HandlerSubjectsAtLeast(_, n) => {
                at_least("reason-phrase-handler-people-at-least", *n)
            }
            Compiled::HandlerAny(item) => self.say(
                "reason-phrase-handler-any",
                &[("item", self.phrase(item, flow).into())],
            ),
            Compiled::ClassesAny(mask) | Compiled::ClassesAll(mask) => self.say(
                "reason-phrase-class",
                &[("classes", self.classes(*mask, Join::Or).into())],
            ),
            Compiled::MacauSensitive => text("reason-phrase-macau-sensitive"),
            Compiled::PiplSensitive => text("reason-phrase-pipl-sensitive"),
            Compiled::Safeguards(mask) => self.say(
                "reason-phrase-safeguard",
                &[("safeguards", self.safeguards(*mask, Join::Or).into())],
            ),
            Compiled::Flags(mask) => self.say(
                "reason-phrase-flag",
                &[("flags", self.flags(*mask, Join::Or).into())],
            ),
            Compiled::Basis(mask) => self.say(
                "reason-phrase-basis",
                &[("bases", self.bases(*mask).into())],
            ),
            Compiled::Role(mask) => {
                self.say("reason-phrase-role", &[("roles", self.roles(*mask).into())])
            }
            Compiled::Access(access) => self.say(
                "reason-phrase-access",
                &[("access", self.access(*access).into())],
            ),
            Compiled::RetentionUnknown => text("reason-phrase-no-retention"),
            Compiled::Mechanism(outcome) => self.outcome(*outcome),
            Compiled::TotalSensitiveAtLeast(n) => at_least("reason-phrase-sensitive-at-least", *n),
            Compiled::TotalNonSensitiveAtLeast(n) => {
                at_least("reason-phrase-non-sensitive-at-least", *n)
            }
            Compiled::TotalSubjectsAtLeast(n) => at_least("reason-phrase-subjects-at-least", *n),
            Compiled::SiteIn(_)
            | Compiled::SiteKind(_)
            | Compiled::AnyIncoming(_)
            | Compiled::AnyOutgoing(_)
            | Compiled::AnyFlow(_) => String::new(),
        }
    }
}
