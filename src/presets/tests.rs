use std::collections::BTreeSet;

use super::*;

fn preset_file(presets: &str) -> String {
    format!(
        "(format: \"borderflow-presets\", version: 1, \
         title: (en: \"Mine\", zh_hant: \"我的\", pt: \"Meus\"), presets: [{presets}])"
    )
}

fn entry(id: &str, jurisdiction: &str, city: &str) -> String {
    format!(
        "(id: \"{id}\", name: (en: \"{id}\", zh_hant: \"{id} 中\", pt: \"{id} pt\"), \
         kind: \"datacentre\", jurisdiction: \"{jurisdiction}\", \
         city: (en: \"{city}\", zh_hant: \"\", pt: \"\"))"
    )
}

#[test]
fn every_built_in_preset_file_loads_and_every_preset_is_whole_and_consistent() {
    // Every file in the folder is embedded: none was added there and forgotten here.
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/presets");
    let on_disk: BTreeSet<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let embedded: BTreeSet<String> = BUILTIN.iter().map(|(file, _)| (*file).to_owned()).collect();
    assert_eq!(on_disk, embedded);
    for (file, text) in BUILTIN {
        assert_eq!(std::fs::read_to_string(folder.join(file)).unwrap(), text);
    }

    let (library, problems) = Library::builtin();
    assert_eq!(problems, Vec::new());
    assert_eq!(library.groups().len(), BUILTIN.len());
    let mut ids = BTreeSet::new();
    for preset in library.presets() {
        assert!(ids.insert(preset.id.clone()), "{} twice", preset.id);
        for name in preset.name.all() {
            assert!(!name.trim().is_empty(), "{}: a name is empty", preset.id);
        }
        for group in library.groups() {
            assert!(group.title.all().iter().all(|title| !title.is_empty()));
        }
        // A city is one the library knows, in the preset's own jurisdiction.
        if preset.city.en.is_empty() {
            assert_eq!(preset.kind, SiteKind::People, "{} has no city", preset.id);
            continue;
        }
        let named = cities_named(&preset.city.en);
        assert!(
            !named.is_empty(),
            "{}: unknown city {}",
            preset.id,
            preset.city.en
        );
        for city in named {
            assert_eq!(
                city_jurisdiction(city),
                Some(preset.jurisdiction),
                "{}: {city}",
                preset.id
            );
        }
        assert!(preset.city.all().iter().all(|city| !city.is_empty()));
    }
    assert!(library.presets().count() >= 30);
}

#[test]
fn the_platforms_sit_in_the_jurisdictions_the_law_puts_them() {
    let (library, _) = Library::builtin();
    let jurisdiction = |id: &str| library.get(id).map(|preset| preset.jurisdiction);
    // The nine Mainland GBA cities (Hengqin is part of Zhuhai) against the rest of the Mainland.
    for id in [
        "hengqin-office",
        "wecom",
        "alibaba-cloud-shenzhen",
        "alibaba-cloud-guangzhou",
        "tencent-cloud-guangzhou",
        "huawei-cloud-guangzhou",
    ] {
        assert_eq!(jurisdiction(id), Some(Jurisdiction::MainlandGba), "{id}");
    }
    for id in [
        "dingtalk",
        "feishu",
        "alibaba-cloud-hangzhou",
        "microsoft-365-21vianet",
    ] {
        assert_eq!(jurisdiction(id), Some(Jurisdiction::Mainland), "{id}");
    }
    for id in [
        "alibaba-cloud-hong-kong",
        "tencent-cloud-hong-kong",
        "huawei-cloud-hong-kong",
    ] {
        assert_eq!(jurisdiction(id), Some(Jurisdiction::HongKong), "{id}");
    }
    assert_eq!(jurisdiction("macau-office"), Some(Jurisdiction::Macau));
}

#[test]
fn a_broken_user_file_is_reported_by_name_and_the_rest_load() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("a-broken.ron"),
        "(format: \"borderflow-presets\",\n  version: 1, title: oops",
    )
    .unwrap();
    let good = preset_file(
        &[
            entry("zhuhai-archive", "CN-GBA", "Zhuhai"),
            // A Shenzhen region filed as the Mainland outside the GBA contradicts itself.
            entry("wrong-shenzhen", "CN", "Shenzhen"),
            // An id the built-in library already uses.
            entry("dingtalk", "CN", "Hangzhou"),
        ]
        .join(","),
    );
    std::fs::write(folder.path().join("b-good.ron"), good).unwrap();
    std::fs::write(folder.path().join("notes.txt"), "not a preset").unwrap();

    let (library, problems) = Library::load(Some(folder.path()));
    let builtin = Library::builtin().0.presets().count();
    assert_eq!(library.presets().count(), builtin + 1);
    assert!(library.get("zhuhai-archive").is_some());
    assert!(library.get("wrong-shenzhen").is_none());
    assert_eq!(problems.len(), 3, "{problems:#?}");
    let broken = problems[0].to_string();
    assert!(broken.contains("a-broken.ron:2:"), "{broken}");
    assert!(
        problems[1]
            .to_string()
            .contains("preset `wrong-shenzhen`: its city Shenzhen")
    );
    assert!(problems[1].to_string().contains("CN-GBA"));
    assert!(
        problems[2]
            .to_string()
            .contains("preset `dingtalk`: its id is already used")
    );
    // A folder that is not there holds no presets and is no problem.
    let (library, problems) = Library::load(Some(&folder.path().join("missing")));
    assert_eq!(library.presets().count(), builtin);
    assert!(problems.is_empty());
}

#[test]
fn a_file_of_another_format_or_a_later_version_is_refused() {
    let other = preset_file("").replace("borderflow-presets", "borderflow-map");
    let later = preset_file("").replace("version: 1", "version: 9");
    let (library, problems) = Library::from_sources([
        ("other.ron".to_owned(), other),
        ("later.ron".to_owned(), later),
    ]);
    assert_eq!(library.presets().count(), 0);
    assert!(
        problems[0]
            .to_string()
            .contains("expected \"borderflow-presets\"")
    );
    assert!(
        problems[1]
            .to_string()
            .contains("version 9 is not supported")
    );
}

#[test]
fn search_finds_names_in_the_editor_s_language_and_in_english() {
    let (library, _) = Library::builtin();
    let ids = |query: &str, language: Language| -> Vec<String> {
        library
            .search(query, language)
            .into_iter()
            .map(|preset| preset.id.clone())
            .collect()
    };
    assert_eq!(
        ids("ding", Language::English).first().map(String::as_str),
        Some("dingtalk")
    );
    assert_eq!(ids("釘", Language::TraditionalChinese), ["dingtalk"]);
    // An English name still works with the editor in Chinese.
    assert_eq!(ids("dingtalk", Language::TraditionalChinese), ["dingtalk"]);
    let hong_kong = ids("hong kong", Language::English);
    assert!(hong_kong.contains(&"tencent-cloud-hong-kong".to_owned()));
    assert_eq!(
        hong_kong.first().map(String::as_str),
        Some("hong-kong-office")
    );
    assert!(ids("zzzz", Language::Portuguese).is_empty());
    assert_eq!(ids("", Language::English).len(), library.presets().count());
}

#[test]
fn a_site_from_a_preset_speaks_the_editor_s_language() {
    let (library, _) = Library::builtin();
    let dingtalk = library.get("dingtalk").unwrap();
    let map = Map::default();
    let site = dingtalk.site(&map, Language::TraditionalChinese);
    assert_eq!(site.name, "釘釘");
    assert_eq!(site.city, "杭州");
    assert_eq!(site.id.as_str(), "dingtalk");
    assert_eq!(site.jurisdiction, Jurisdiction::Mainland);
    assert_eq!(site.operator, dingtalk.operator);
    assert!(site.position.is_none());
}
