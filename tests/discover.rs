//! Discovery from a spreadsheet of apps: the column mapping guessed in three languages or given
//! as a profile, the queue of proposals, acceptance into a map that `check` evaluates.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

use borderflow::interchange::discover::{self, Field, Mapping, Queue, Status, Table};
use borderflow::model::{DataClass, Jurisdiction, Language, Map, MapMeta, SiteKind};
use borderflow::rules::Rulebook;

/// A sheet of `count` apps as IT keeps one: hosting in several forms, users by department.
pub fn apps_csv(count: usize) -> String {
    let mut text = String::from("App name,Vendor,Data scopes,Departments,Hosting location\n");
    let places = [
        "Hangzhou",
        "Hong Kong",
        "Macau",
        "Singapore",
        "",
        "Shenzhen",
    ];
    let scopes = [
        "Contacts; attendance",
        "chat messages",
        "payroll, ID card",
        "files",
        "location",
    ];
    let departments = ["Finance, HR", "Macau office", "Sales", "HR; Hengqin site"];
    for index in 0..count {
        text.push_str(&format!(
            "App {index},Vendor {v},\"{}\",\"{}\",{}\n",
            scopes[index % scopes.len()],
            departments[index % departments.len()],
            places[index % places.len()],
            v = index % 7
        ));
    }
    text
}

fn borderflow(args: &[&str], language: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_borderflow"))
        .env("LC_ALL", language)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn two_hundred_apps_give_a_queue_that_accepted_whole_is_a_map_check_evaluates() {
    let table = discover::read_table(apps_csv(200).as_bytes(), false).unwrap();
    assert_eq!(table.rows.len(), 200);
    let mapping = Mapping::guess(&table.headers);
    assert_eq!(mapping.columns.len(), 5);
    let empty = Map::new(MapMeta::default());
    let mut queue =
        discover::propose(&table, &mapping, &empty, "apps.csv", Language::English).unwrap();
    let sites = queue
        .items
        .iter()
        .filter(|item| item.site.is_some())
        .count();
    // 200 apps and 5 groups of users (Finance, HR, Macau office, Sales, Hengqin site).
    assert_eq!(sites, 205);
    let mut map = empty.clone();
    let added = discover::accept(&mut queue, "all", &mut map).unwrap();
    assert_eq!(added, queue.items.len());
    assert!(
        queue
            .items
            .iter()
            .all(|item| item.status == Status::Accepted)
    );
    assert_eq!(map.site_count(), 205);
    assert!(map.sites().all(|site| site.position.is_some()));
    let hangzhou = map.sites().find(|s| s.name == "App 0").unwrap();
    assert_eq!(
        (hangzhou.kind, hangzhou.jurisdiction),
        (SiteKind::Saas, Jurisdiction::Mainland)
    );
    assert_eq!(hangzhou.operator, "Vendor 0");
    let unknown = map.sites().find(|s| s.name == "App 4").unwrap();
    assert_eq!(unknown.jurisdiction, Jurisdiction::Other);
    let flow = map.flows().find(|v| v.target.name == "App 0").unwrap();
    assert_eq!(
        flow.flow.data_classes.iter().copied().collect::<Vec<_>>(),
        [DataClass::Contact, DataClass::Attendance]
    );
    let evaluation = Rulebook::builtin()
        .unwrap()
        .evaluate(&map, "2026-11-22".parse().unwrap());
    assert!(
        evaluation.findings.iter().any(|f| f.rule() == "MO-01"),
        "transfers out of Macau are found"
    );
}

#[test]
fn accepting_some_items_brings_their_sites_and_rejecting_keeps_them_out() {
    let table = Table::from_rows([
        vec![
            "應用名稱".into(),
            "開發者".into(),
            "權限範圍".into(),
            "可見範圍".into(),
            "數據存放地".into(),
        ],
        vec![
            "釘釘".into(),
            "阿里巴巴".into(),
            "通訊錄、考勤".into(),
            "澳門總部、財務部".into(),
            "杭州".into(),
        ],
        vec![
            "企業微信".into(),
            "騰訊".into(),
            "消息".into(),
            "財務部".into(),
            "深圳".into(),
        ],
    ]);
    let mapping = Mapping::guess(&table.headers);
    assert_eq!(
        mapping.columns.get(&Field::Hosting).map(String::as_str),
        Some("數據存放地")
    );
    let mut existing = Map::new(MapMeta::default());
    let office = borderflow::model::Site::new(
        borderflow::model::SiteId::new("hq").unwrap(),
        "澳門總部",
        SiteKind::Office,
        Jurisdiction::Macau,
    );
    existing.add_site(office).unwrap();
    let mut queue = discover::propose(
        &table,
        &mapping,
        &existing,
        "apps.xlsx",
        Language::TraditionalChinese,
    )
    .unwrap();
    let ids: Vec<&str> = queue.items.iter().map(|item| item.id.as_str()).collect();
    // The map's own office is used, not proposed again.
    assert!(
        !queue
            .items
            .iter()
            .any(|item| item.site.as_ref().is_some_and(|s| s.name == "澳門總部")),
        "{ids:?}"
    );
    assert_eq!(
        queue.items.iter().filter(|i| i.site.is_some()).count(),
        3,
        "{ids:?}"
    );
    let wecom_flow = queue
        .items
        .iter()
        .find(|item| {
            item.flow
                .as_ref()
                .is_some_and(|f| f.data_classes.contains(&DataClass::ChatContent))
        })
        .unwrap()
        .id
        .clone();
    assert!(queue.items.iter().any(|item| {
        item.why
            .iter()
            .any(|why| why.contains("杭州") && why.contains("CN"))
    }));
    let mut map = existing.clone();
    assert!(discover::reject(&mut queue, "site:nothing").is_err());
    let added = discover::accept(&mut queue, &wecom_flow, &mut map).unwrap();
    assert_eq!(added, 3, "the flow and its two sites");
    assert_eq!(map.site_count(), 3);
    assert!(discover::accept(&mut queue, "flow:nothing", &mut map).is_err());
    let back = Queue::parse(&queue.to_text()).unwrap();
    assert_eq!(back, queue);
}

#[test]
fn the_command_line_proposes_from_xlsx_and_accepts_only_a_confirmed_mapping() {
    let folder = tempfile::tempdir().unwrap();
    let sheet = folder.path().join("apps.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let worksheet = workbook.add_worksheet();
    for (row, line) in apps_csv(12).lines().enumerate() {
        for (column, cell) in line.split(',').enumerate() {
            worksheet
                .write_string(row as u32, column as u16, cell.trim_matches('"'))
                .unwrap();
        }
    }
    workbook.save(&sheet).unwrap();
    let path = |name: &str| folder.path().join(name).to_string_lossy().into_owned();
    let sheet = sheet.to_string_lossy().into_owned();
    let run = borderflow(
        &[
            "discover",
            &sheet,
            "-o",
            &path("queue.json"),
            "--save-mapping",
            &path("profile.json"),
        ],
        "C.UTF-8",
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("name ← “App name”"), "{stderr}");
    let queue = Queue::parse(&std::fs::read_to_string(path("queue.json")).unwrap()).unwrap();
    assert!(
        queue
            .items
            .iter()
            .all(|item| item.status == Status::Proposed)
    );
    // A guessed mapping is not accepted unconfirmed, and nothing is written.
    let run = borderflow(
        &[
            "discover",
            &sheet,
            "--accept",
            "all",
            "-m",
            &path("map.ron"),
        ],
        "pt_PT.UTF-8",
    );
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("--mapping-ok"));
    assert!(!Path::new(&path("map.ron")).exists());
    // The saved profile confirms it.
    let run = borderflow(
        &[
            "discover",
            &sheet,
            "--mapping",
            &path("profile.json"),
            "--accept",
            "all",
            "-m",
            &path("map.ron"),
        ],
        "zh_MO.UTF-8",
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("已採納"));
    let check = borderflow(
        &["check", &path("map.ron"), "--as-of", "2026-11-22"],
        "C.UTF-8",
    );
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("MO-01")
            || String::from_utf8_lossy(&check.stdout).contains("mo-transfer-basis")
    );
    // A queue file can be accepted from later, item by item.
    let first_flow = queue
        .items
        .iter()
        .find(|i| i.flow.is_some())
        .unwrap()
        .id
        .clone();
    let run = borderflow(
        &[
            "discover",
            &path("queue.json"),
            "--accept",
            &first_flow,
            "-m",
            &path("small.ron"),
        ],
        "C.UTF-8",
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let small = borderflow::io::load_map(Path::new(&path("small.ron"))).unwrap();
    assert_eq!((small.site_count(), small.flow_count()), (2, 1));
    // A profile naming a column the sheet lacks is refused, naming the column.
    std::fs::write(path("bad.json"), "{\"format\": \"borderflow-discover-profile\", \"version\": 1, \"columns\": {\"name\": \"Application\"}}").unwrap();
    let run = borderflow(
        &["discover", &sheet, "--mapping", &path("bad.json")],
        "C.UTF-8",
    );
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("Application"));
}
