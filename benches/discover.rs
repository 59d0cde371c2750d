//! Discovery speed (issue target: a spreadsheet of 200 apps into its review queue under 1 s),
//! from the sheet's bytes (CSV and XLSX) through the guessed mapping to the queue, and the whole
//! queue accepted into a map.

use std::hint::black_box;

use borderflow::interchange::discover::{self, Mapping};
use borderflow::model::{Language, Map, MapMeta};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// Rows as an admin console lists authorised apps: scopes and visible departments vary.
fn sheet(apps: usize) -> Vec<[String; 5]> {
    let hosting = [
        "Hangzhou",
        "Shenzhen",
        "Hong Kong",
        "Macau",
        "Singapore",
        "Beijing",
        "",
    ];
    let scopes = [
        "通訊錄, 考勤",
        "contacts, messages",
        "payroll; identity numbers",
        "location, attendance",
        "files",
    ];
    let users = ["Finance, HR", "澳門總部", "Sales, Hengqin site", "IT"];
    let mut rows = vec![[
        "App name".to_owned(),
        "Vendor".to_owned(),
        "Data scopes".to_owned(),
        "Departments".to_owned(),
        "Hosting location".to_owned(),
    ]];
    for app in 0..apps {
        rows.push([
            format!("Integration {app}"),
            format!("Vendor {}", app % 13),
            scopes[app % scopes.len()].to_owned(),
            users[app % users.len()].to_owned(),
            hosting[app % hosting.len()].to_owned(),
        ]);
    }
    rows
}

fn as_csv(rows: &[[String; 5]]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        let _ = writer.write_record(row);
    }
    writer.into_inner().unwrap_or_default()
}

fn as_xlsx(rows: &[[String; 5]]) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (Ok(r), Ok(c)) = (u32::try_from(r), u16::try_from(c)) else {
                continue;
            };
            let _ = sheet.write_string(r, c, cell);
        }
    }
    workbook.save_to_buffer().unwrap_or_default()
}

fn queue_of(bytes: &[u8], xlsx: bool) -> usize {
    let Ok(table) = discover::read_table(bytes, xlsx) else {
        return 0;
    };
    let mapping = Mapping::guess(&table.headers);
    let empty = Map::new(MapMeta::default());
    discover::propose(&table, &mapping, &empty, "apps", Language::English)
        .map(|queue| queue.items.len())
        .unwrap_or_default()
}

fn discovery(c: &mut Criterion) {
    let mut group = c.benchmark_group("discover");
    group.sample_size(10);
    let rows = sheet(200);
    let csv = as_csv(&rows);
    let xlsx = as_xlsx(&rows);
    group.bench_function(BenchmarkId::new("queue-csv", 200), |b| {
        b.iter(|| queue_of(black_box(&csv), false));
    });
    group.bench_function(BenchmarkId::new("queue-xlsx", 200), |b| {
        b.iter(|| queue_of(black_box(&xlsx), true));
    });
    group.bench_function(BenchmarkId::new("accept-all", 200), |b| {
        b.iter(|| {
            let Ok(table) = discover::read_table(&csv, false) else {
                return 0;
            };
            let mapping = Mapping::guess(&table.headers);
            let mut map = Map::new(MapMeta::default());
            let Ok(mut queue) =
                discover::propose(&table, &mapping, &map, "apps", Language::English)
            else {
                return 0;
            };
            discover::accept(&mut queue, "all", &mut map).unwrap_or_default()
        });
    });
    group.finish();
}

criterion_group!(benches, discovery);
criterion_main!(benches);
