//! What the tests share: the day they evaluate on, the samples, the diagram's SVG and its
//! texts, and for the editor tests the harness, a copy of a sample to edit and the ways a user
//! clicks and types.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use borderflow::app::{BorderflowApp, FileDialogs, Startup, Storage};
use borderflow::export::{SvgOptions, diagram_svg};
use borderflow::io::load_map;
use borderflow::model::{Date, Map};
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// Runs `pdftotext` on a PDF, or `None` where poppler-utils is not installed (CI installs it).
pub fn pdf_text(pdf: &[u8]) -> Option<String> {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("out.pdf");
    std::fs::write(&path, pdf).unwrap();
    match std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(output) => Some(String::from_utf8(output.stdout).unwrap()),
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("pdftotext is not installed: PDF check skipped");
            None
        }
        Err(error) => panic!("pdftotext is needed on CI: {error}"),
    }
}

/// The day every test evaluates the rules on.
pub fn day() -> Date {
    "2026-11-22".parse().unwrap()
}

/// Every sample map, in each of the languages the samples come in.
pub const SAMPLES: [&str; 5] = [
    "lotus-trading-dingtalk",
    "lotus-trading-dingtalk-pt",
    "pearl-delta-hengqin",
    "pearl-delta-hengqin-zh",
    "banco-estrela-evidence",
];

/// The three samples in English, one for each kind of client.
pub const ENGLISH_SAMPLES: [&str; 3] = [
    "lotus-trading-dingtalk",
    "pearl-delta-hengqin",
    "banco-estrela-evidence",
];

/// The built-in rulebook's findings on `map`, evaluated on [`day`].
pub fn evaluate(map: &Map) -> borderflow::rules::Evaluation {
    Rulebook::builtin().unwrap().evaluate(map, day())
}

/// A sample's file, by its name with or without `.ron` (or with `.csv`).
pub fn sample_path(name: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    if Path::new(name).extension().is_some() {
        folder.join(name)
    } else {
        folder.join(format!("{name}.ron"))
    }
}

/// A sample map.
pub fn sample(name: &str) -> Map {
    load_map(&sample_path(name)).unwrap()
}

/// The diagram of `map` as the export writes it, evaluated on [`day`].
pub fn svg_of(map: &Map) -> String {
    let evaluation = Rulebook::builtin().unwrap().evaluate(map, day());
    diagram_svg(
        &Evaluated::new(
            map,
            &evaluation,
            &borderflow::rules::Rulebook::builtin().unwrap(),
        ),
        &SvgOptions::default(),
    )
}

/// The content of every `<text>` of an SVG, its lines (`<tspan>`s) joined by spaces.
pub fn svg_texts(svg: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
    document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .map(|node| {
            node.descendants()
                .filter(roxmltree::Node::is_text)
                .filter_map(|text| text.text())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// How the tests start the editor: on `open`, with no recent files or recovery, on a fixed
/// date.
pub fn startup(open: Option<&Path>) -> Startup {
    Startup {
        open: open.map(Path::to_owned),
        storage: Storage::none(),
        today: day(),
        file_dialogs: FileDialogs::PathField,
    }
}

/// The editor in a 1440×900 window, opened on `open`, after its first frames.
pub fn harness(open: Option<&Path>) -> Harness<'static, BorderflowApp> {
    harness_with(startup(open))
}

/// The editor in a 1440×900 window started as `startup` says, after its first frames.
pub fn harness_with(startup: Startup) -> Harness<'static, BorderflowApp> {
    // The test machine has only egui's own fonts (the app falls back to system fonts for
    // arrows and Chinese), so a missing glyph draws a box here instead of failing.
    let mut harness = Harness::builder()
        .with_size([1440.0, 900.0])
        .allow_missing_glyphs()
        .build_eframe(move |cc| BorderflowApp::new(cc, startup.clone()));
    harness.run();
    harness
}

/// A copy of the Lotus sample in `folder`, to edit and save.
pub fn lotus_copy(folder: &Path) -> std::path::PathBuf {
    let path = folder.join("lotus.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/lotus-trading-dingtalk.ron"),
        &path,
    )
    .unwrap();
    path
}

/// The widget named `label` with one of `roles` (a visible caption may carry the same name).
pub fn widget<'h>(
    harness: &'h Harness<'_, BorderflowApp>,
    label: &'h str,
    roles: &[Role],
) -> egui_kittest::Node<'h> {
    harness
        .query_all_by_label(label)
        .find(|node| roles.contains(&node.accesskit_node().role()))
        .unwrap_or_else(|| panic!("no {roles:?} named {label:?}"))
}

/// Scrolls the widget into view and clicks it, as a user would.
pub fn click(harness: &mut Harness<'_, BorderflowApp>, label: &str, roles: &[Role]) {
    widget(harness, label, roles).scroll_to_me();
    harness.run();
    widget(harness, label, roles).click();
    harness.run();
}

/// Clicks the text field named `label` and types `text` into it.
pub fn type_into(harness: &mut Harness<'_, BorderflowApp>, label: &str, text: &str) {
    let roles = [Role::TextInput, Role::MultilineTextInput];
    click(harness, label, &roles);
    widget(harness, label, &roles).type_text(text);
    harness.run();
}

/// Replaces what the path field (shown when there is no file dialog) holds with `text` and
/// presses OK.
pub fn type_path(harness: &mut Harness<'_, BorderflowApp>, text: &str) {
    harness.get_by_label("File path:").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
}

/// Runs the `borderflow` binary with `args` in `folder`, in English, and waits for it.
pub fn borderflow_in(folder: &Path, args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .args(args)
        .current_dir(folder)
        .env("LC_ALL", "C")
        .output()
        .unwrap()
}

/// Runs the `borderflow` binary with `args` (texts), in English, and waits for it.
pub fn run_cli(args: &[&str]) -> std::process::Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    borderflow_in(Path::new(env!("CARGO_MANIFEST_DIR")), &args)
}

/// What a run printed on standard error.
pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Today's date in Macau (UTC+8), worked out here from the system clock on its own.
pub fn macau_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    Date::from_days_since_epoch(i64::try_from((secs + 8 * 3600) / 86_400).unwrap()).unwrap()
}

/// Narrows the findings list to the site `flow` starts from, so its rows are in view, and
/// returns how the list names the flow ("F3: Office → DingTalk (Hangzhou)").
pub fn list_findings_of(harness: &mut Harness<'_, BorderflowApp>, flow: &str) -> String {
    list_findings_in(harness, flow, "Site filter")
}

/// [`list_findings_of`] in an editor whose site filter is labelled `filter` (its language's).
pub fn list_findings_in(
    harness: &mut Harness<'_, BorderflowApp>,
    flow: &str,
    filter: &str,
) -> String {
    let map = harness.state().map();
    let view = map
        .flows()
        .find(|view| view.flow.id.as_str() == flow)
        .unwrap_or_else(|| panic!("no flow {flow}"));
    let name = format!(
        "F{}: {} → {}",
        view.flow.number.unwrap_or_default(),
        view.source.name,
        view.target.name
    );
    let source = view.source.name.clone();
    click(harness, filter, &[Role::ComboBox]);
    harness
        .query_all_by_label(&source)
        .last()
        .unwrap_or_else(|| panic!("no site {source} in the filter"))
        .click();
    harness.run();
    name
}
