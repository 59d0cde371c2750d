//! The exporting entity of a site (rules-spec section 2, edition 2027-01), decided here once
//! for the totals, `check`, the register and every annex.

use crate::model::{Site, SiteKind};

/// Where a site's exporting entity came from, for the reasons.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityOrigin {
    /// The site's own `entity`.
    SiteEntity,
    /// The site is an outside party: its operator.
    PartyOperator,
    /// The site is an outside party with no operator recorded: its name.
    PartyName,
    /// An office, system or group of people whose operator is recorded: that operator.
    Operator,
    /// Nothing recorded, or a platform or data centre run for its customer: the map's
    /// organisation.
    Organisation,
}

impl EntityOrigin {
    /// The catalogue key that says where the entity came from.
    pub fn key(self) -> &'static str {
        match self {
            EntityOrigin::SiteEntity => "entity-origin-entity",
            EntityOrigin::PartyOperator => "entity-origin-party-operator",
            EntityOrigin::PartyName => "entity-origin-party",
            EntityOrigin::Operator => "entity-origin-operator",
            EntityOrigin::Organisation => "entity-origin-organisation",
        }
    }

    /// Edition 2026-12 put this site in the map's organisation; edition 2027-01 does not.
    pub fn changed_in_2027(self) -> bool {
        matches!(
            self,
            EntityOrigin::PartyOperator | EntityOrigin::PartyName | EntityOrigin::Operator
        )
    }
}

/// A site's exporting entity: its name (empty for the map's organisation) and its origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportingEntity<'a> {
    /// The entity's name; empty means the map's organisation.
    pub name: &'a str,
    /// Which rule of section 2 gave it.
    pub origin: EntityOrigin,
}

/// The legal entity that holds the data at `site`: its `entity` when recorded; else, for an
/// outside party, its operator or its name (an outside organisation is never the map's
/// organisation); else, for an office, system or group of people, its operator when recorded;
/// else (and for every platform and data centre, run for its customer) the map's organisation.
pub fn exporting_entity(site: &Site) -> ExportingEntity<'_> {
    let entity = site.entity.trim();
    let operator = site.operator.trim();
    let (name, origin) = if !entity.is_empty() {
        (entity, EntityOrigin::SiteEntity)
    } else if site.kind == SiteKind::Party && !operator.is_empty() {
        (operator, EntityOrigin::PartyOperator)
    } else if site.kind == SiteKind::Party {
        let name = site.name.trim();
        (
            if name.is_empty() {
                site.id.as_str()
            } else {
                name
            },
            EntityOrigin::PartyName,
        )
    } else if matches!(
        site.kind,
        SiteKind::Office | SiteKind::System | SiteKind::People
    ) && !operator.is_empty()
    {
        (operator, EntityOrigin::Operator)
    } else {
        ("", EntityOrigin::Organisation)
    };
    ExportingEntity { name, origin }
}

/// The entity's name for a register or annex: the chain's name, else the map's
/// `organisation`, else `fallback`.
pub fn entity_name<'a>(site: &'a Site, organisation: &'a str, fallback: &'a str) -> &'a str {
    let entity = exporting_entity(site);
    if !entity.name.is_empty() {
        entity.name
    } else if !organisation.trim().is_empty() {
        organisation.trim()
    } else {
        fallback
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Jurisdiction, SiteId};

    fn site(kind: SiteKind, entity: &str, operator: &str) -> Site {
        let mut site = Site::new(
            SiteId::new("s").unwrap(),
            "Bank of Zhuhai",
            kind,
            Jurisdiction::MainlandGba,
        );
        site.entity = entity.to_owned();
        site.operator = operator.to_owned();
        site
    }

    #[test]
    fn the_chain_of_section_2() {
        let cases = [
            (
                SiteKind::Office,
                "Hengqin Co.",
                "Ops Ltd",
                "Hengqin Co.",
                EntityOrigin::SiteEntity,
            ),
            (
                SiteKind::Party,
                "",
                "Parent Ltd",
                "Parent Ltd",
                EntityOrigin::PartyOperator,
            ),
            (
                SiteKind::Party,
                "",
                "",
                "Bank of Zhuhai",
                EntityOrigin::PartyName,
            ),
            (
                SiteKind::Office,
                "",
                "Hengqin Sub",
                "Hengqin Sub",
                EntityOrigin::Operator,
            ),
            (
                SiteKind::System,
                "",
                "Hengqin Sub",
                "Hengqin Sub",
                EntityOrigin::Operator,
            ),
            (
                SiteKind::Saas,
                "",
                "Alibaba",
                "",
                EntityOrigin::Organisation,
            ),
            (
                SiteKind::Datacentre,
                "",
                "Alibaba Cloud",
                "",
                EntityOrigin::Organisation,
            ),
            (SiteKind::Office, "", "", "", EntityOrigin::Organisation),
        ];
        for (kind, entity, operator, name, origin) in cases {
            let site = site(kind, entity, operator);
            assert_eq!(
                exporting_entity(&site),
                ExportingEntity { name, origin },
                "{kind:?}"
            );
        }
    }

    #[test]
    fn names_for_registers_fall_back_to_the_organisation() {
        let saas = site(SiteKind::Saas, "", "Alibaba");
        assert_eq!(entity_name(&saas, "Lotus Trading", "-"), "Lotus Trading");
        assert_eq!(entity_name(&saas, " ", "-"), "-");
        let party = site(SiteKind::Party, "", "");
        assert_eq!(entity_name(&party, "Lotus Trading", "-"), "Bank of Zhuhai");
    }
}
