//! Where a site is: Macau, the Mainland (GBA or not), Hong Kong, or elsewhere by ISO code.

use std::fmt;
use std::str::FromStr;

use super::vocab::{UnknownId, nearest_ids};

/// The officially assigned ISO 3166-1 alpha-2 codes, sorted.
const ISO_3166_ALPHA2: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG \
BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX \
CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN \
GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI \
KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ \
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR \
PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC \
TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT \
ZA ZM ZW";

/// The jurisdiction of a site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Jurisdiction {
    /// `MO`: Macau SAR, Law 8/2005 (PDPA).
    Macau,
    /// `CN-GBA`: the nine Mainland Greater Bay Area cities, Hengqin included.
    MainlandGba,
    /// `CN`: the rest of Mainland China.
    Mainland,
    /// `HK`: Hong Kong SAR, PDPO.
    HongKong,
    /// Any other ISO 3166-1 alpha-2 code, e.g. `PT`, `SG`, `US`.
    Country(CountryCode),
    /// `OTHER`: somewhere else, not recorded more precisely.
    Other,
}

/// An ISO 3166-1 alpha-2 code other than `MO`, `CN` and `HK`, which have their own variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// The two-letter code.
    pub fn as_str(&self) -> &str {
        // Both bytes come from ISO_3166_ALPHA2, which is ASCII, so this never falls back.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

/// The lanes of the diagram, one band per group of jurisdictions, left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    /// Macau.
    Macau,
    /// The Mainland GBA cities, Hengqin included.
    MainlandGba,
    /// The rest of the Mainland.
    Mainland,
    /// Hong Kong.
    HongKong,
    /// Everywhere else.
    Elsewhere,
}

impl Lane {
    /// Every lane, left to right.
    pub const ALL: [Lane; 5] = [
        Lane::Macau,
        Lane::MainlandGba,
        Lane::Mainland,
        Lane::HongKong,
        Lane::Elsewhere,
    ];

    /// The lane's heading in the diagram.
    pub fn label(self) -> &'static str {
        match self {
            Lane::Macau => "Macau",
            Lane::MainlandGba => "Mainland GBA (incl. Hengqin)",
            Lane::Mainland => "Mainland (rest)",
            Lane::HongKong => "Hong Kong",
            Lane::Elsewhere => "Elsewhere",
        }
    }

    /// The position of the lane from the left, starting at 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The jurisdiction a site dropped in this lane gets.
    pub fn default_jurisdiction(self) -> Jurisdiction {
        match self {
            Lane::Macau => Jurisdiction::Macau,
            Lane::MainlandGba => Jurisdiction::MainlandGba,
            Lane::Mainland => Jurisdiction::Mainland,
            Lane::HongKong => Jurisdiction::HongKong,
            Lane::Elsewhere => Jurisdiction::Other,
        }
    }
}

impl Jurisdiction {
    /// The named jurisdictions, in the order of the specification.
    pub const NAMED: [Jurisdiction; 5] = [
        Jurisdiction::Macau,
        Jurisdiction::MainlandGba,
        Jurisdiction::Mainland,
        Jurisdiction::HongKong,
        Jurisdiction::Other,
    ];

    /// The stable id: `MO`, `CN-GBA`, `CN`, `HK`, an ISO code, or `OTHER`.
    pub fn id(&self) -> &str {
        match self {
            Jurisdiction::Macau => "MO",
            Jurisdiction::MainlandGba => "CN-GBA",
            Jurisdiction::Mainland => "CN",
            Jurisdiction::HongKong => "HK",
            Jurisdiction::Country(code) => code.as_str(),
            Jurisdiction::Other => "OTHER",
        }
    }

    /// A short English label.
    pub fn label(&self) -> &str {
        match self {
            Jurisdiction::Macau => "Macau SAR",
            Jurisdiction::MainlandGba => "Mainland, Greater Bay Area",
            Jurisdiction::Mainland => "Mainland China",
            Jurisdiction::HongKong => "Hong Kong SAR",
            Jurisdiction::Country(code) => code.as_str(),
            Jurisdiction::Other => "Elsewhere",
        }
    }

    /// In the Mainland (`CN-GBA` or `CN`).
    pub fn is_mainland(&self) -> bool {
        matches!(self, Jurisdiction::MainlandGba | Jurisdiction::Mainland)
    }

    /// Both are in the same legal territory, so a flow between them crosses no border: the two
    /// Mainland ids are one territory, every other id is its own.
    pub fn same_territory(&self, other: &Jurisdiction) -> bool {
        self == other || (self.is_mainland() && other.is_mainland())
    }

    /// The diagram lane this jurisdiction belongs to.
    pub fn lane(&self) -> Lane {
        match self {
            Jurisdiction::Macau => Lane::Macau,
            Jurisdiction::MainlandGba => Lane::MainlandGba,
            Jurisdiction::Mainland => Lane::Mainland,
            Jurisdiction::HongKong => Lane::HongKong,
            Jurisdiction::Country(_) | Jurisdiction::Other => Lane::Elsewhere,
        }
    }
}

impl FromStr for Jurisdiction {
    type Err = UnknownId;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let id = text.trim();
        if let Some(named) = Jurisdiction::NAMED.iter().find(|j| j.id() == id) {
            return Ok(*named);
        }
        let iso = ISO_3166_ALPHA2.split_whitespace();
        if let Some(code) = iso.clone().find(|code| *code == id) {
            let bytes = code.as_bytes();
            if let [a, b] = bytes {
                return Ok(Jurisdiction::Country(CountryCode([*a, *b])));
            }
        }
        let upper = id.to_uppercase();
        let nearest = if Jurisdiction::NAMED.iter().any(|j| j.id() == upper)
            || iso.clone().any(|code| code == upper)
        {
            // Right code, wrong case: suggest exactly that.
            vec![upper]
        } else {
            nearest_ids(id, Jurisdiction::NAMED.iter().map(|j| j.id()))
        };
        Err(UnknownId {
            what: "jurisdiction",
            value: id.to_owned(),
            nearest,
            valid: "MO, CN-GBA, CN, HK, OTHER or an ISO 3166-1 alpha-2 code such as PT".to_owned(),
        })
    }
}

impl fmt::Display for Jurisdiction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl serde::Serialize for Jurisdiction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> serde::Deserialize<'de> for Jurisdiction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_ids_parse_to_their_variants() {
        for named in Jurisdiction::NAMED {
            assert_eq!(named.id().parse::<Jurisdiction>(), Ok(named));
        }
        assert_eq!("CN".parse::<Jurisdiction>(), Ok(Jurisdiction::Mainland));
    }

    #[test]
    fn other_iso_codes_are_countries_in_the_elsewhere_lane() {
        let portugal: Jurisdiction = "PT".parse().unwrap();
        assert_eq!(portugal.id(), "PT");
        assert_eq!(portugal.lane(), Lane::Elsewhere);
        assert!(!portugal.is_mainland());
    }

    #[test]
    fn the_iso_list_has_every_assigned_code_once() {
        let codes: Vec<&str> = ISO_3166_ALPHA2.split_whitespace().collect();
        assert_eq!(codes.len(), 249);
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, codes);
    }

    #[test]
    fn the_two_mainland_ids_are_one_territory() {
        assert!(Jurisdiction::MainlandGba.same_territory(&Jurisdiction::Mainland));
        assert!(!Jurisdiction::Macau.same_territory(&Jurisdiction::MainlandGba));
        let portugal: Jurisdiction = "PT".parse().unwrap();
        assert!(!portugal.same_territory(&"SG".parse().unwrap()));
        assert!(portugal.same_territory(&portugal));
    }

    #[test]
    fn unknown_codes_are_refused_with_a_hint() {
        let error = "CN_GBA".parse::<Jurisdiction>().unwrap_err();
        assert_eq!(error.nearest.first().map(String::as_str), Some("CN-GBA"));
        assert!("XX".parse::<Jurisdiction>().is_err());
        let lower = "pt".parse::<Jurisdiction>().unwrap_err();
        assert_eq!(lower.nearest, vec!["PT".to_owned()]);
    }
}
