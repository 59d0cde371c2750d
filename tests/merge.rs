//! Maps merge in git: a series of independent edits made on two branches, each pair merged by
//! git's own text merge (`git merge-file`) and by `borderflow merge`; the driver merges every
//! pair cleanly, to the map both edits make together, and a conflict leaves a whole file that
//! lists it.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;
use std::process::Command;

use borderflow::compare::merge;
use borderflow::io::{map_to_string, parse_map};
use borderflow::model::{
    DataClass, Flow, FlowId, Jurisdiction, Map, Point, Safeguard, Site, SiteId, SiteKind,
};
use common::sample;

type Edit = (&'static str, fn(&mut Map));

fn flow_at(map: &Map, index: usize) -> Flow {
    map.flows().nth(index).unwrap().flow.clone()
}

fn site_at(map: &Map, index: usize) -> Site {
    map.sites().nth(index).unwrap().clone()
}

fn add_flow(map: &mut Map, id: &str, from: usize, to: usize) {
    let mut flow = Flow::new(
        FlowId::new(id).unwrap(),
        site_at(map, from).id,
        site_at(map, to).id,
    );
    flow.data_classes.insert(DataClass::Contact);
    map.add_flow(flow).unwrap();
}

/// Edits that touch different records or different fields of one record.
const EDITS: [Edit; 12] = [
    ("purpose of flow 0", |map| {
        let mut flow = flow_at(map, 0);
        flow.purpose = "Monthly payroll run".into();
        map.replace_flow(flow).unwrap();
    }),
    ("data class on flow 0", |map| {
        let mut flow = flow_at(map, 0);
        flow.data_classes.insert(DataClass::Health);
        map.replace_flow(flow).unwrap();
    }),
    ("safeguard on flow 0", |map| {
        let mut flow = flow_at(map, 0);
        flow.safeguards.insert(Safeguard::EncryptionAtRest);
        map.replace_flow(flow).unwrap();
    }),
    ("notes of flow 1", |map| {
        let mut flow = flow_at(map, 1);
        flow.notes = "Checked with IT.".into();
        map.replace_flow(flow).unwrap();
    }),
    ("retention of flow 2", |map| {
        let mut flow = flow_at(map, 2);
        flow.retention_days = Some(365);
        map.replace_flow(flow).unwrap();
    }),
    ("move site 0", |map| {
        let mut site = site_at(map, 0);
        site.position = Some(Point::new(1234.0, 56.0));
        map.replace_site(site).unwrap();
    }),
    ("rename site 1", |map| {
        let mut site = site_at(map, 1);
        site.name = "Renamed site".into();
        map.replace_site(site).unwrap();
    }),
    ("new site", |map| {
        let id = SiteId::new("new-archive").unwrap();
        map.add_site(Site::new(
            id,
            "Archive",
            SiteKind::System,
            Jurisdiction::Macau,
        ))
        .unwrap();
    }),
    ("new flow", |map| add_flow(map, "new-flow-one", 0, 1)),
    ("another new flow", |map| {
        add_flow(map, "new-flow-two", 1, 0)
    }),
    ("delete flow 3", |map| {
        let id = flow_at(map, 3).id;
        map.remove_flow(&id).unwrap();
    }),
    ("map title", |map| map.meta.title.push_str(" (2027)")),
];

fn git_merge_file(folder: &Path, base: &str, ours: &str, theirs: &str) -> Option<String> {
    for (name, text) in [
        ("base.ron", base),
        ("ours.ron", ours),
        ("theirs.ron", theirs),
    ] {
        std::fs::write(folder.join(name), text).unwrap();
    }
    let output = Command::new("git")
        .args(["merge-file", "-p", "ours.ron", "base.ron", "theirs.ron"])
        .current_dir(folder)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8(output.stdout).unwrap())
}

#[test]
fn every_independent_pair_merges_cleanly_with_the_driver() {
    let folder = tempfile::tempdir().unwrap();
    let base = sample("pearl-delta-hengqin.ron");
    let base_text = map_to_string(&base).unwrap();
    let (mut pairs, mut by_git, mut by_driver) = (0, 0, 0);
    let mut git_ran = true;
    for (i, (ours_name, ours_edit)) in EDITS.iter().enumerate() {
        for (theirs_name, theirs_edit) in EDITS.iter().skip(i + 1) {
            pairs += 1;
            let (mut ours, mut theirs, mut both) = (base.clone(), base.clone(), base.clone());
            ours_edit(&mut ours);
            theirs_edit(&mut theirs);
            ours_edit(&mut both);
            theirs_edit(&mut both);
            let merged = merge(&base, &ours, &theirs).unwrap();
            let what = format!("{ours_name} + {theirs_name}");
            assert!(
                !merged.has_conflicts(),
                "{what}: {:?}",
                merged.map.conflicts
            );
            assert_eq!(merged.map, both, "{what}");
            // Written and read back: the merged file is a whole map.
            let text = map_to_string(&merged.map).unwrap();
            assert_eq!(parse_map(text.as_bytes()).unwrap(), both, "{what}");
            by_driver += 1;
            let (ours_text, theirs_text) = (
                map_to_string(&ours).unwrap(),
                map_to_string(&theirs).unwrap(),
            );
            match git_merge_file(folder.path(), &base_text, &ours_text, &theirs_text) {
                Some(text) if parse_map(text.as_bytes()).is_ok_and(|map| map == both) => {
                    by_git += 1;
                }
                Some(_) => {}
                None => git_ran &= Command::new("git").arg("--version").output().is_ok(),
            }
        }
    }
    assert_eq!(by_driver, pairs);
    println!(
        "{pairs} pairs of independent edits: {by_driver} merge cleanly with borderflow merge, \
         {by_git} with git merge-file{}",
        if git_ran { "" } else { " (git not found)" }
    );
}

#[test]
fn a_conflict_keeps_our_value_lists_both_and_the_file_stays_whole() {
    let base = sample("pearl-delta-hengqin.ron");
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let mut flow = flow_at(&ours, 0);
    flow.purpose = "ours".into();
    ours.replace_flow(flow.clone()).unwrap();
    flow.purpose = "theirs".into();
    theirs.replace_flow(flow.clone()).unwrap();
    // Deleted on one side, changed on the other.
    let gone = flow_at(&base, 1);
    ours.remove_flow(&gone.id).unwrap();
    let mut changed = gone.clone();
    changed.notes = "changed".into();
    theirs.replace_flow(changed).unwrap();
    let merged = merge(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.map.conflicts.len(), 2, "{:?}", merged.map.conflicts);
    let purpose = &merged.map.conflicts[0];
    assert_eq!(purpose.item, format!("flow {}", flow.id));
    assert_eq!(purpose.field, "purpose");
    assert_eq!(purpose.ours.as_deref(), Some("\"ours\""));
    assert_eq!(purpose.theirs.as_deref(), Some("\"theirs\""));
    assert_eq!(merged.map.flow(&flow.id).unwrap().flow.purpose, "ours");
    let removed = &merged.map.conflicts[1];
    assert_eq!(
        (removed.ours.as_deref(), removed.field.as_str()),
        (None, "")
    );
    assert!(
        merged.map.flow(&gone.id).is_some(),
        "the changed flow is kept for review"
    );
    let text = map_to_string(&merged.map).unwrap();
    assert!(text.contains("conflicts: ["), "{text}");
    assert_eq!(parse_map(text.as_bytes()).unwrap(), merged.map);
}

#[test]
fn git_uses_it_as_a_merge_driver() {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("skipped: git not found");
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path();
    let git = |args: &[&str]| {
        let output = Command::new("git")
            .args(["-c", "user.name=T", "-c", "user.email=t@example.invalid"])
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    assert!(git(&["init", "-q", "-b", "main"]).0);
    std::fs::write(dir.join(".gitattributes"), "*.ron merge=borderflow\n").unwrap();
    let driver = format!("{} merge %O %A %B -o %A", env!("CARGO_BIN_EXE_borderflow"));
    assert!(git(&["config", "merge.borderflow.driver", &driver]).0);
    let base = sample("pearl-delta-hengqin.ron");
    let write =
        |map: &Map| std::fs::write(dir.join("map.ron"), map_to_string(map).unwrap()).unwrap();
    write(&base);
    assert!(git(&["add", "."]).0 && git(&["commit", "-qm", "base"]).0);
    assert!(git(&["checkout", "-qb", "theirs"]).0);
    let mut theirs = base.clone();
    EDITS[9].1(&mut theirs);
    write(&theirs);
    assert!(git(&["commit", "-qam", "theirs"]).0);
    assert!(git(&["checkout", "-q", "main"]).0);
    let mut ours = base.clone();
    EDITS[8].1(&mut ours);
    write(&ours);
    assert!(git(&["commit", "-qam", "ours"]).0);
    let (merged, stderr) = git(&["merge", "-q", "--no-edit", "theirs"]);
    assert!(merged, "{stderr}");
    let mut both = ours.clone();
    EDITS[9].1(&mut both);
    let text = std::fs::read(dir.join("map.ron")).unwrap();
    assert_eq!(parse_map(&text).unwrap(), both);
}
