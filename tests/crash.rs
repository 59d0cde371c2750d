//! Crash safety: the process killed in the middle of a save never leaves a mix of two versions,
//! and any sequence of edits undone gives back the original map and redone the final one.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use borderflow::app::{Document, Edit};
use borderflow::io::{map_to_string, parse_map};
use borderflow::model::{
    DataClass, Flow, FlowId, Map, Safeguard, Site, SiteKind, Treatment, TreatmentStatus,
};
use proptest::prelude::*;

fn generate(out: &Path, seed: u64) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_borderflow"));
    command
        .args(["gen", "--sites", "3000", "--flows", "6000", "--seed"])
        .arg(seed.to_string())
        .arg("-o")
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_file_never_a_mix() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("map.ron");
    // The old version, and how long writing the new one takes from start to finish.
    assert!(generate(&path, 1).status().unwrap().success());
    let old = std::fs::read(&path).unwrap();
    let reference = folder.path().join("reference.ron");
    let started = Instant::now();
    assert!(generate(&reference, 2).status().unwrap().success());
    let full_run = started.elapsed();
    let new = std::fs::read(&reference).unwrap();
    assert_ne!(old, new);

    // Kill the writer after `delay`; the file must then be one version or the other.
    let kill_after = |delay: std::time::Duration| -> bool {
        std::fs::write(&path, &old).unwrap();
        let mut child = generate(&path, 2).spawn().unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let on_disk = std::fs::read(&path).unwrap();
        assert!(
            on_disk == old || on_disk == new,
            "killed after {delay:?}: the file is neither version ({} bytes)",
            on_disk.len()
        );
        assert!(parse_map(&on_disk).is_ok());
        // A backup, when there is one, is a whole version too.
        if let Ok(backup) = std::fs::read(folder.path().join("map.ron.bak")) {
            assert!(backup == old || backup == new, "a torn backup");
        }
        on_disk == new
    };
    // Find when the new version lands, then kill around that moment, where the writing is.
    let (mut early, mut late) = (std::time::Duration::ZERO, full_run.mul_f64(2.0));
    assert!(!kill_after(early), "killed at once, the old file stays");
    // On a loaded machine one run can take far longer than the timed one: wait longer until
    // the writer finishes before it is killed.
    let mut waits = 0;
    while !kill_after(late) {
        waits += 1;
        assert!(waits < 6, "the writer never finished within {late:?}");
        late *= 2;
    }
    for _ in 0..6 {
        let middle = (early + late) / 2;
        if kill_after(middle) {
            late = middle;
        } else {
            early = middle;
        }
    }
    let step = full_run / 100;
    let mut outcomes = (0, 0);
    for n in 0..12u32 {
        let delay = (early + step * n).saturating_sub(step * 6);
        if kill_after(delay) {
            outcomes.1 += 1;
        } else {
            outcomes.0 += 1;
        }
    }
    eprintln!(
        "around {early:?}: old kept {} times, new written {} times",
        outcomes.0, outcomes.1
    );
}

/// One random edit, resolved against the map as it is when applied.
#[derive(Clone, Debug)]
enum Step {
    AddSite(u8, String),
    RemoveSite(u8),
    RenameSite(u8, String),
    AddFlow(u8, u8, u8),
    RemoveFlow(u8),
    ToggleSafeguard(u8, u8),
    Treat(u8, u8),
    Retitle(String),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (any::<u8>(), "[a-zA-Z澳門 <>&]{1,12}").prop_map(|(k, name)| Step::AddSite(k, name)),
        any::<u8>().prop_map(Step::RemoveSite),
        (any::<u8>(), ".{0,20}").prop_map(|(n, name)| Step::RenameSite(n, name)),
        (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(a, b, c)| Step::AddFlow(a, b, c)),
        any::<u8>().prop_map(Step::RemoveFlow),
        (any::<u8>(), any::<u8>()).prop_map(|(f, s)| Step::ToggleSafeguard(f, s)),
        (any::<u8>(), any::<u8>()).prop_map(|(f, s)| Step::Treat(f, s)),
        ".{0,30}".prop_map(Step::Retitle),
    ]
}

fn pick<T: Clone>(items: &[T], n: u8) -> Option<T> {
    (!items.is_empty()).then(|| items[usize::from(n) % items.len()].clone())
}

/// The edit a step makes on `map`, if it can make one.
fn edit_for(map: &Map, step: &Step) -> Option<Edit> {
    let sites: Vec<Site> = map.sites().cloned().collect();
    let flows: Vec<Flow> = map.flows().map(|view| view.flow.clone()).collect();
    Some(match step {
        Step::AddSite(kind, name) => {
            let mut site = pick(&sites, *kind).unwrap_or_else(|| {
                Site::new(
                    map.fresh_site_id(name),
                    name.clone(),
                    SiteKind::Office,
                    borderflow::model::Jurisdiction::Macau,
                )
            });
            site.id = map.fresh_site_id(name);
            site.name = name.clone();
            Edit::AddSite(site)
        }
        Step::RemoveSite(n) => Edit::RemoveSite(pick(&sites, *n)?.id),
        Step::RenameSite(n, name) => {
            let mut site = pick(&sites, *n)?;
            site.name = name.clone();
            Edit::ReplaceSite(site)
        }
        Step::AddFlow(a, b, class) => {
            let from = pick(&sites, *a)?;
            let to = pick(&sites, *b)?;
            if from.id == to.id {
                return None;
            }
            let mut flow = Flow::new(map.fresh_flow_id("f"), from.id, to.id);
            flow.data_classes
                .insert(DataClass::ALL[usize::from(*class) % DataClass::ALL.len()]);
            Edit::AddFlow(flow)
        }
        Step::RemoveFlow(n) => Edit::RemoveFlow(pick(&flows, *n)?.id),
        Step::ToggleSafeguard(n, s) => {
            let mut flow = pick(&flows, *n)?;
            let safeguard = Safeguard::ALL[usize::from(*s) % Safeguard::ALL.len()];
            if !flow.safeguards.remove(&safeguard) {
                flow.safeguards.insert(safeguard);
            }
            Edit::ReplaceFlow(flow)
        }
        Step::Treat(n, s) => {
            let flow: FlowId = pick(&flows, *n)?.id;
            let status = TreatmentStatus::ALL[usize::from(*s) % TreatmentStatus::ALL.len()];
            Edit::SetTreatment(
                format!("MO-01@{flow}"),
                Some(Treatment {
                    status,
                    owner: "owner".into(),
                    ..Treatment::default()
                }),
            )
        }
        Step::Retitle(title) => {
            let mut meta = map.meta.clone();
            meta.title = title.clone();
            Edit::SetMeta(meta)
        }
    })
}

proptest! {
    // 256 cases each (proptest's default); PROPTEST_CASES=N runs longer.
    #[test]
    fn any_edits_undone_give_back_the_original_and_redone_the_final_map(
        steps in proptest::collection::vec(step(), 1..40)
    ) {
        let original =
            parse_map(include_bytes!("../samples/pearl-delta-hengqin.ron")).unwrap();
        let mut document = Document::new(original.clone(), None);
        let mut applied = 0;
        for step in &steps {
            if let Some(edit) = edit_for(document.map(), step)
                && document.apply("step", edit, None).is_ok()
            {
                applied += 1;
            }
        }
        let last = document.map().clone();
        for _ in 0..applied {
            prop_assert!(document.undo());
        }
        prop_assert!(!document.undo(), "more undo steps than edits");
        prop_assert_eq!(document.map(), &original);
        prop_assert_eq!(map_to_string(document.map()).unwrap(), map_to_string(&original).unwrap());
        for _ in 0..applied {
            prop_assert!(document.redo());
        }
        prop_assert_eq!(document.map(), &last);
    }
}

/// The child half of the next test: autosave work, then wait to be ended.
#[cfg(unix)]
fn child_waits_for_termination(folder: &Path) {
    use borderflow::io::autosave::{Autosaver, on_termination};
    use borderflow::io::storage::Storage;
    let autosaver = std::sync::Arc::new(Autosaver::new(Storage::in_folder(folder.to_owned())));
    let for_handler = std::sync::Arc::clone(&autosaver);
    on_termination(move || {
        // The newest work, handed over as the window would on the signal.
        let map = borderflow::generate::synthetic_map(40, 60, 7);
        for_handler.submit(map, Some(Path::new("/work/ended.ron").to_owned()));
        for_handler.flush(std::time::Duration::from_secs(10));
    })
    .unwrap();
    std::fs::write(folder.join("ready"), b"").unwrap();
    std::thread::sleep(std::time::Duration::from_secs(60));
    panic!("not ended within 60 s");
}

#[cfg(unix)]
#[test]
fn sigterm_writes_the_unsaved_work_before_the_process_ends() {
    const CHILD: &str = "BORDERFLOW_TERMINATION_CHILD";
    if let Some(folder) = std::env::var_os(CHILD) {
        child_waits_for_termination(Path::new(&folder));
        return;
    }
    let folder = tempfile::tempdir().unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "sigterm_writes_the_unsaved_work_before_the_process_ends",
            "--nocapture",
        ])
        .env(CHILD, folder.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !folder.path().join("ready").exists() {
        assert!(started.elapsed().as_secs() < 30, "the child did not start");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(143), "{status:?}");
    let storage = borderflow::io::storage::Storage::in_folder(folder.path().to_owned());
    let (map, origin) = storage.recovery().expect("the work was written on SIGTERM");
    assert_eq!(map, borderflow::generate::synthetic_map(40, 60, 7));
    assert_eq!(origin, Some(Path::new("/work/ended.ron").to_owned()));
}
