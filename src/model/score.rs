//! The two scales of risk: how bad a finding is (severity) and how likely it is to happen
//! (likelihood), each 1 to 5. Files store them as those numbers.

use serde::{Deserialize, Serialize};

/// Declares a 1-to-5 scale: the enum, its levels in order, its names, and the conversions to
/// and from the number files store.
macro_rules! scale {
    ($(#[$doc:meta])* $name:ident, $what:literal, [$($level:ident = $number:literal, $word:literal;)*]) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "u8", into = "u8")]
        pub enum $name {
            $(#[doc = $word] $level = $number,)*
        }

        impl $name {
            /// Every level, lowest first.
            pub const ALL: [$name; 5] = [$($name::$level,)*];

            /// The level as a number, 1 to 5.
            pub fn level(self) -> u8 {
                self as u8
            }

            /// The level of a number, if it is 1 to 5.
            pub fn from_level(level: u8) -> Option<Self> {
                match level {
                    $($number => Some($name::$level),)*
                    _ => None,
                }
            }

            /// The level nearest to a number: below 1 is the lowest, above 5 the highest.
            pub fn clamped(level: u8) -> Self {
                Self::from_level(level.clamp(1, 5)).unwrap_or($name::ALL[0])
            }

            /// Its name in English, as the report and the CLI print it.
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$level => $word,)*
                }
            }

            /// Its index in [`Self::ALL`], 0 to 4.
            pub fn index(self) -> usize {
                usize::from(self.level() - 1)
            }
        }

        impl TryFrom<u8> for $name {
            type Error = String;

            fn try_from(level: u8) -> Result<Self, String> {
                Self::from_level(level)
                    .ok_or_else(|| format!("{} {level} is out of range; it must be 1 to 5", $what))
            }
        }

        impl From<$name> for u8 {
            fn from(value: $name) -> u8 {
                value.level()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.level())
            }
        }
    };
}

scale!(
    /// How bad a finding is.
    Severity, "severity", [
        Info = 1, "info";
        Low = 2, "low";
        Medium = 3, "medium";
        High = 4, "high";
        Critical = 5, "critical";
    ]
);

scale!(
    /// How likely a finding's harm is to happen.
    Likelihood, "likelihood", [
        Rare = 1, "rare";
        Unlikely = 2, "unlikely";
        Possible = 3, "possible";
        Likely = 4, "likely";
        AlmostCertain = 5, "almost certain";
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_round_trip_and_out_of_range_numbers_are_refused_or_clamped() {
        for severity in Severity::ALL {
            assert_eq!(Severity::try_from(severity.level()), Ok(severity));
        }
        assert!(Severity::try_from(0).is_err());
        assert!(
            Likelihood::try_from(6)
                .unwrap_err()
                .contains("likelihood 6")
        );
        assert_eq!(Severity::clamped(9), Severity::Critical);
        assert_eq!(Likelihood::clamped(0), Likelihood::Rare);
        assert!(Severity::Critical > Severity::High);
        assert_eq!(Likelihood::AlmostCertain.name(), "almost certain");
        assert_eq!(ron::to_string(&Severity::High).unwrap(), "4");
    }
}
