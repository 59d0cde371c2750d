//! Type-ahead matching: how well a typed query fits a name, for the quick-add, the connect
//! and tag prompts and the palette's search field.

/// How well `query` matches the best of `names`, lower is better: 0 a name starts with it, 1 a
/// word of a name starts with it, 2 every word of it starts a word of one name, 3 a name
/// contains it; `None` when no name matches. Case is ignored; an empty query matches with 0.
pub fn matches(query: &str, names: &[&str]) -> Option<u8> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return Some(0);
    }
    names
        .iter()
        .filter_map(|name| rank(&query, &name.to_lowercase()))
        .min()
}

fn rank(query: &str, name: &str) -> Option<u8> {
    if name.starts_with(query) {
        return Some(0);
    }
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    if words.iter().any(|word| word.starts_with(query)) {
        return Some(1);
    }
    let parts: Vec<&str> = query.split_whitespace().collect();
    if parts.len() > 1
        && parts
            .iter()
            .all(|part| words.iter().any(|word| word.starts_with(part)))
    {
        return Some(2);
    }
    name.contains(query).then_some(3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_beats_a_word_beats_the_words_beats_a_fragment() {
        assert_eq!(matches("ding", &["DingTalk"]), Some(0));
        assert_eq!(matches("cloud", &["Alibaba Cloud Hangzhou"]), Some(1));
        assert_eq!(matches("ali hang", &["Alibaba Cloud Hangzhou"]), Some(2));
        assert_eq!(matches("talk", &["DingTalk"]), Some(3));
        assert_eq!(matches("zz", &["DingTalk"]), None);
    }

    #[test]
    fn the_best_of_several_names_counts_and_case_is_ignored() {
        assert_eq!(matches("釘", &["釘釘", "DingTalk"]), Some(0));
        assert_eq!(matches("DING", &["釘釘", "DingTalk"]), Some(0));
        assert_eq!(matches("  ", &["anything"]), Some(0));
    }
}
