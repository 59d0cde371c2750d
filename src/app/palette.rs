//! Presets for the sites a consultant adds most: each fixes a kind, a jurisdiction, a name and
//! a city, all editable once placed.

use crate::model::{Jurisdiction, SiteKind};

/// A kind of site offered in the palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// The palette label, also the new site's name.
    pub name: &'static str,
    /// Its kind.
    pub kind: SiteKind,
    /// Where it usually is; a site dropped in another lane takes that lane's jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// Its usual city.
    pub city: &'static str,
    /// Who usually runs it.
    pub operator: &'static str,
}

/// The palette, in display order.
pub const PRESETS: [Preset; 12] = [
    Preset {
        name: "Macau office",
        kind: SiteKind::Office,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "",
    },
    Preset {
        name: "Hengqin site",
        kind: SiteKind::Office,
        jurisdiction: Jurisdiction::MainlandGba,
        city: "Hengqin, Zhuhai",
        operator: "",
    },
    Preset {
        name: "DingTalk",
        kind: SiteKind::Saas,
        jurisdiction: Jurisdiction::Mainland,
        city: "Hangzhou",
        operator: "DingTalk / Alibaba Cloud",
    },
    Preset {
        name: "WeCom",
        kind: SiteKind::Saas,
        jurisdiction: Jurisdiction::MainlandGba,
        city: "Shenzhen",
        operator: "Tencent",
    },
    Preset {
        name: "Alibaba Cloud region",
        kind: SiteKind::Datacentre,
        jurisdiction: Jurisdiction::Mainland,
        city: "Hangzhou",
        operator: "Alibaba Cloud",
    },
    Preset {
        name: "Hong Kong data centre",
        kind: SiteKind::Datacentre,
        jurisdiction: Jurisdiction::HongKong,
        city: "Hong Kong",
        operator: "",
    },
    Preset {
        name: "HR system",
        kind: SiteKind::System,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "",
    },
    Preset {
        name: "SIEM",
        kind: SiteKind::System,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "",
    },
    Preset {
        name: "WORM archive",
        kind: SiteKind::System,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "",
    },
    Preset {
        name: "Parent company",
        kind: SiteKind::Party,
        jurisdiction: Jurisdiction::MainlandGba,
        city: "Zhuhai",
        operator: "",
    },
    Preset {
        name: "Regulator",
        kind: SiteKind::Party,
        jurisdiction: Jurisdiction::Macau,
        city: "Macau",
        operator: "PDPB",
    },
    Preset {
        name: "Group of people",
        kind: SiteKind::People,
        jurisdiction: Jurisdiction::Macau,
        city: "",
        operator: "",
    },
];
