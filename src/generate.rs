//! Synthetic maps for benchmarks and stress tests: every jurisdiction, kind, class, safeguard and
//! flag represented, reproducible from a seed.

use crate::layout;
use crate::model::{
    Access, DataClass, Flag, Flow, FlowId, Jurisdiction, LegalBasis, Map, MapMeta, RecipientRole,
    Safeguard, Site, SiteId, SiteKind,
};

/// A small deterministic generator (SplitMix64): the same seed always gives the same map.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (0 when `bound` is 0).
    fn below(&mut self, bound: usize) -> usize {
        let bound = u64::try_from(bound).unwrap_or(u64::MAX).max(1);
        usize::try_from(self.next() % bound).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }

    /// True with probability `percent` in 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Where synthetic sites are, weighted towards the product's real situations.
const PLACES: [(&str, &str); 9] = [
    ("MO", "Macau"),
    ("MO", "Taipa"),
    ("CN-GBA", "Hengqin"),
    ("CN-GBA", "Shenzhen"),
    ("CN", "Hangzhou"),
    ("CN", "Beijing"),
    ("HK", "Hong Kong"),
    ("PT", "Lisbon"),
    ("SG", "Singapore"),
];

/// A map of `sites` sites and `flows` flows (flows need at least two sites).
pub fn synthetic_map(sites: usize, flows: usize, seed: u64) -> Map {
    let mut random = Random(seed);
    let mut map = Map::new(MapMeta {
        title: format!("Synthetic map: {sites} sites, {flows} flows, seed {seed}"),
        organisation: "borderflow benchmark".to_owned(),
        ..MapMeta::default()
    });
    let mut ids = Vec::with_capacity(sites);
    for index in 0..sites {
        let (jurisdiction, city) = PLACES
            .get(index % PLACES.len())
            .copied()
            .unwrap_or(("MO", "Macau"));
        let kind = SiteKind::ALL
            .get(random.below(SiteKind::ALL.len()))
            .copied()
            .unwrap_or_default();
        let id = SiteId::new(format!("s{index:05}")).unwrap_or_else(|_| map.fresh_site_id("site"));
        let mut site = Site::new(
            id.clone(),
            format!("{} {city} {index}", kind.label()),
            kind,
            jurisdiction.parse().unwrap_or(Jurisdiction::Other),
        );
        site.city = city.to_owned();
        if map.add_site(site).is_ok() {
            ids.push(id);
        }
    }
    if ids.len() < 2 {
        return map;
    }
    for index in 0..flows {
        let from = random.below(ids.len());
        let to = (from + 1 + random.below(ids.len() - 1)) % ids.len();
        let (Some(from), Some(to)) = (ids.get(from), ids.get(to)) else {
            continue;
        };
        let Ok(id) = FlowId::new(format!("f{index:06}")) else {
            continue;
        };
        let mut flow = Flow::new(id, from.clone(), to.clone());
        flow.purpose = "Synthetic flow".to_owned();
        for _ in 0..1 + random.below(4) {
            if let Some(class) = random.pick(DataClass::ALL) {
                flow.data_classes.insert(*class);
            }
        }
        for safeguard in Safeguard::ALL {
            if random.chance(25) {
                flow.safeguards.insert(*safeguard);
            }
        }
        for flag in Flag::ALL {
            if random.chance(8) {
                flow.flags.insert(*flag);
            }
        }
        flow.legal_basis = random.pick(LegalBasis::ALL).copied().unwrap_or_default();
        flow.recipient_role = random
            .pick(RecipientRole::ALL)
            .copied()
            .filter(|_| random.chance(80));
        flow.access = if random.chance(15) {
            Access::RemoteAccess
        } else {
            Access::Transfer
        };
        if random.chance(90) {
            let subjects = [50, 500, 5_000, 50_000, 500_000];
            let count = random.pick(&subjects).copied().unwrap_or(50);
            flow.subjects_per_year = Some(count);
            if random.chance(30) {
                flow.sensitive_subjects_per_year = Some(count / 10);
            }
        }
        if random.chance(60) {
            flow.retention_days = Some(30 + u32::try_from(random.below(3000)).unwrap_or(0));
        }
        // Generated values always agree with each other, so this is never refused.
        let _ = map.add_flow(flow);
    }
    layout::apply_auto_layout(&mut map);
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_map_and_another_seed_another() {
        let first = synthetic_map(50, 100, 7);
        assert_eq!(first, synthetic_map(50, 100, 7));
        assert_ne!(first, synthetic_map(50, 100, 8));
        assert_eq!((first.site_count(), first.flow_count()), (50, 100));
    }

    #[test]
    fn every_jurisdiction_group_and_kind_is_represented() {
        let map = synthetic_map(100, 400, 1);
        for lane in crate::model::Lane::ALL {
            assert!(
                map.sites().any(|site| site.jurisdiction.lane() == lane),
                "{lane:?}"
            );
        }
        for kind in SiteKind::ALL {
            assert!(map.sites().any(|site| site.kind == *kind), "{kind:?}");
        }
        for class in DataClass::ALL {
            assert!(
                map.flows()
                    .any(|view| view.flow.data_classes.contains(class)),
                "{class:?}"
            );
        }
    }

    #[test]
    fn tiny_requests_do_not_panic() {
        assert_eq!(synthetic_map(0, 10, 1).flow_count(), 0);
        assert_eq!(synthetic_map(1, 10, 1).flow_count(), 0);
        assert_eq!(synthetic_map(2, 3, 1).flow_count(), 3);
    }
}
