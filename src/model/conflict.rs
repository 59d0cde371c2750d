//! A merge conflict kept in the map file: one field that both sides of a three-way merge
//! changed differently, with the three values and which side each came from, so the file stays
//! whole and the conflict can be reviewed and resolved.

use serde::{Deserialize, Serialize};

/// One field both sides changed, each to its own value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergeConflict {
    /// What holds the field: `site ID`, `flow ID`, `meta` or `assessment`.
    pub item: String,
    /// The field, as the file names it (`purpose`, `sign_off.assessor`…); empty for the whole
    /// record (removed on one side, changed on the other).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub field: String,
    /// The common ancestor's value, as JSON; `None` where it had none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// Our value (kept in the merged map until resolved); `None`: removed on our side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<String>,
    /// Their value; `None`: removed on their side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<String>,
}
