//! The transfer register, the Word report and the filing bundle, each opened with a reader
//! that is not ours: the CSV through `borderflow import`, the workbook through calamine, the
//! Word package through a zip reader and an XML parser (and LibreOffice where installed), the
//! bundle through `sha256sum -c`.

// Helpers in test crates may panic: a panic is how a test fails.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Cursor, Read};
use std::process::Command;

use borderflow::deliver::{
    self, BundleInput, MANIFEST, RegisterFormat, TransferRegister, annex_file_name, build_bundle,
    build_register, register_bytes,
};
use borderflow::io::{load_inventory, load_map};
use borderflow::model::{Date, Language, Map};
use borderflow::report::{self, Annex, Block};
use borderflow::rules::Evaluated;
use borderflow::rules::Rulebook;
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

mod common;
use common::{ENGLISH_SAMPLES, day, pdf_text, sample, sample_path};

const LANGUAGES: [Language; 4] = [
    Language::English,
    Language::TraditionalChinese,
    Language::Portuguese,
    Language::SimplifiedChinese,
];

fn register_of(map: &Map, language: Language) -> TransferRegister {
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(map, day());
    build_register(&Evaluated::new(map, &evaluation, &rulebook).in_language(language))
}

fn unzip(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("no {name} in the package"))
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn the_register_csv_imports_back_as_the_same_border_crossing_flows_in_every_language() {
    let folder = tempfile::tempdir().unwrap();
    for name in ENGLISH_SAMPLES {
        let map = sample(name);
        let crossing: Vec<_> = map.flows().filter(|view| view.crosses_border()).collect();
        assert!(!crossing.is_empty(), "{name} has border-crossing flows");
        for language in LANGUAGES {
            let register = register_of(&map, language);
            let bytes = register_bytes(&register, RegisterFormat::Csv).unwrap();
            assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
            let path = folder.path().join(format!("{name}-{}.csv", language.id()));
            std::fs::write(&path, &bytes).unwrap();
            let imported = load_inventory(&path)
                .unwrap_or_else(|error| panic!("{name} in {}: {error}", language.id()));
            assert_eq!(imported.flow_count(), crossing.len(), "{name}");
            for view in &crossing {
                let back = imported.flow(&view.flow.id).unwrap();
                let (flow, again) = (view.flow, back.flow);
                assert_eq!(
                    (
                        &flow.purpose,
                        &flow.data_classes,
                        flow.subjects_per_year,
                        flow.sensitive_subjects_per_year,
                        flow.legal_basis,
                        flow.recipient_role,
                        &flow.safeguards,
                        &flow.flags,
                        flow.retention_days,
                        flow.access
                    ),
                    (
                        &again.purpose,
                        &again.data_classes,
                        again.subjects_per_year,
                        again.sensitive_subjects_per_year,
                        again.legal_basis,
                        again.recipient_role,
                        &again.safeguards,
                        &again.flags,
                        again.retention_days,
                        again.access
                    ),
                    "{name}: flow {}",
                    flow.id
                );
                for (site, site_back) in [(view.source, back.source), (view.target, back.target)] {
                    assert_eq!(
                        (&site.name, site.jurisdiction, site.kind, &site.entity),
                        (
                            &site_back.name,
                            site_back.jurisdiction,
                            site_back.kind,
                            &site_back.entity
                        )
                    );
                }
            }
        }
    }
}

#[test]
fn the_register_workbook_has_typed_cells_a_frozen_filtered_header_and_a_findings_sheet() {
    let mut map = sample("pearl-delta-hengqin");
    let approved: Date = "2026-11-20".parse().unwrap();
    map.assessment.sign_off.approved_on = Some(approved);
    let register = register_of(&map, Language::English);
    let bytes = register_bytes(&register, RegisterFormat::Xlsx).unwrap();
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(workbook.sheet_names(), ["Transfers", "Findings", "Clocks"]);

    let transfers = workbook.worksheet_range("Transfers").unwrap();
    let header: Vec<String> = transfers
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    let column = |title: &str| header.iter().position(|cell| cell == title).unwrap();
    let crossing: Vec<_> = map.flows().filter(|view| view.crosses_border()).collect();
    assert_eq!(transfers.height(), crossing.len() + 1);
    let numbers = borderflow::scene::flow_numbers(&map);
    for (row, view) in transfers.rows().skip(1).zip(&crossing) {
        assert_eq!(
            row[column("Flow id")],
            Data::String(view.flow.id.to_string())
        );
        // Numbers are numbers, dates are dates.
        let number = numbers[&view.flow.id] as f64;
        assert_eq!(row[column("No.")], Data::Float(number));
        match view.flow.subjects_per_year {
            Some(count) => assert_eq!(
                row[column("Data subjects a year")],
                Data::Float(count as f64)
            ),
            None => assert_eq!(row[column("Data subjects a year")], Data::Empty),
        }
        let Data::DateTime(reviewed) = &row[column("Last reviewed")] else {
            panic!(
                "the review date is not a date: {:?}",
                row[column("Last reviewed")]
            );
        };
        // Excel's day number of 2026-11-20.
        assert_eq!(reviewed.as_f64(), 46_346.0);
        assert_eq!(
            row[column("Source site")],
            Data::String(view.source.name.clone())
        );
        // The inventory's columns follow, for re-import.
        assert_eq!(
            row[column("flow_id")],
            Data::String(view.flow.id.to_string())
        );
    }
    // The Mainland exports of the sample need a mechanism, named with its authority.
    let required: Vec<String> = transfers
        .rows()
        .skip(1)
        .map(|row| row[column("Mainland: mechanism required")].to_string())
        .collect();
    assert!(required.iter().any(|cell| !cell.is_empty()), "{required:?}");

    let findings = workbook.worksheet_range("Findings").unwrap();
    let evaluation = Rulebook::builtin().unwrap().evaluate(&map, day());
    assert_eq!(findings.height(), evaluation.findings.len() + 1);
    let first = findings.rows().nth(1).unwrap();
    assert_eq!(
        first[0],
        Data::String(evaluation.findings[0].id.to_string())
    );
    assert_eq!(
        first[4],
        Data::Float(f64::from(evaluation.findings[0].severity.level()))
    );

    // Frozen header, filters and hidden id columns, as the sheet's XML says.
    let sheet = unzip(&bytes, "xl/worksheets/sheet1.xml");
    let xml = roxmltree::Document::parse(&sheet).unwrap();
    let pane = xml
        .descendants()
        .find(|node| node.has_tag_name("pane"))
        .unwrap();
    assert_eq!(pane.attribute("state"), Some("frozen"));
    assert_eq!(pane.attribute("ySplit"), Some("1"));
    assert!(
        xml.descendants()
            .any(|node| node.has_tag_name("autoFilter"))
    );
    let hidden = xml
        .descendants()
        .filter(|node| node.has_tag_name("col") && node.attribute("hidden") == Some("1"))
        .count();
    assert!(hidden >= 1);
}

/// A map whose labels try to break out of every format.
fn hostile_map() -> Map {
    let mut map = sample("lotus-trading-dingtalk");
    let hostile = "=HYPERLINK(\"x\")</w:t><w:t>]]>\u{1}\u{fffe}\u{202e}fdp.exe 澳門";
    let sites: Vec<_> = map.sites().cloned().collect();
    for mut site in sites {
        site.name = format!("{hostile} {}", site.id);
        map.replace_site(site).unwrap();
    }
    let flows: Vec<_> = map.flows().map(|view| view.flow.clone()).collect();
    for mut flow in flows {
        flow.purpose = format!("+{hostile}");
        map.replace_flow(flow).unwrap();
    }
    map.meta.title = format!("@{hostile}");
    map
}

#[test]
fn hostile_labels_come_out_as_inert_text_in_the_workbook_the_csv_and_the_word_document() {
    let map = hostile_map();
    let register = register_of(&map, Language::English);
    let xlsx = register_bytes(&register, RegisterFormat::Xlsx).unwrap();
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(xlsx.clone())).unwrap();
    let transfers = workbook.worksheet_range("Transfers").unwrap();
    let purpose = transfers
        .rows()
        .next()
        .unwrap()
        .iter()
        .position(|title| *title == "Purpose of the flow")
        .unwrap();
    let purposes: Vec<String> = transfers
        .rows()
        .skip(1)
        .map(|row| row[purpose].to_string())
        .collect();
    assert!(!purposes.is_empty());
    for purpose in &purposes {
        assert!(
            purpose.starts_with("+=HYPERLINK(\"x\")</w:t><w:t>]]>fdp.exe"),
            "{purpose}"
        );
    }
    // A string cell is never a formula.
    assert!(!unzip(&xlsx, "xl/worksheets/sheet1.xml").contains("<f>"));

    let csv = String::from_utf8(register_bytes(&register, RegisterFormat::Csv).unwrap()).unwrap();
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell}"
            );
        }
    }

    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let docx = report::to_docx(&report::build(
        &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English),
    ))
    .unwrap();
    let document = unzip(&docx, "word/document.xml");
    let xml = roxmltree::Document::parse(&document).unwrap();
    let words: String = xml
        .descendants()
        .filter(|node| node.has_tag_name("t"))
        .filter_map(|node| node.text())
        .collect();
    assert!(
        words.contains("</w:t><w:t>]]>fdp.exe 澳門"),
        "the label is text"
    );
    assert!(!words.contains('\u{202e}') && !words.contains('\u{1}'));
}

#[test]
fn the_word_report_has_real_headings_tables_the_diagram_fonts_and_page_numbers() {
    let map = sample("banco-estrela-evidence");
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let built = report::build(
        &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::TraditionalChinese),
    );
    let docx = report::to_docx(&built).unwrap();
    assert_eq!(
        docx,
        report::to_docx(&built).unwrap(),
        "the same bytes twice"
    );

    let document = unzip(&docx, "word/document.xml");
    let xml = roxmltree::Document::parse(&document).unwrap();
    let styled = |style: &str| {
        xml.descendants()
            .filter(|node| node.has_tag_name("pStyle"))
            .filter(|node| {
                node.attributes()
                    .any(|a| a.name() == "val" && a.value() == style)
            })
            .count()
    };
    let headings = built
        .blocks
        .iter()
        .filter(|block| matches!(block, Block::Heading(_)))
        .count();
    let tables = built
        .blocks
        .iter()
        .filter(|block| matches!(block, Block::Table { .. }))
        .count();
    assert_eq!(styled("Heading1"), headings);
    assert!(headings >= 10);
    // The report's tables, and the two heatmaps.
    assert_eq!(
        xml.descendants()
            .filter(|node| node.has_tag_name("tbl"))
            .count(),
        tables + 2
    );
    assert!(document.contains("總行"), "a Chinese site name");
    assert!(xml.descendants().any(|node| node.has_tag_name("svgBlip")));

    let styles = unzip(&docx, "word/styles.xml");
    let styles = roxmltree::Document::parse(&styles).unwrap();
    let heading = styles
        .descendants()
        .find(|node| {
            node.has_tag_name("style") && node.attributes().any(|a| a.value() == "Heading1")
        })
        .unwrap();
    assert!(
        heading
            .descendants()
            .any(|node| node.has_tag_name("outlineLvl"))
    );
    let fonts = styles
        .descendants()
        .find(|node| node.has_tag_name("rFonts"))
        .unwrap();
    assert!(
        fonts
            .attributes()
            .any(|a| a.name() == "eastAsia" && a.value() == "Microsoft JhengHei")
    );
    // Marked as Chinese of Macau, not of Taiwan.
    let lang = styles
        .descendants()
        .find(|node| node.has_tag_name("lang"))
        .unwrap();
    assert!(
        lang.attributes()
            .any(|a| a.name() == "eastAsia" && a.value() == "zh-MO"),
        "{lang:?}"
    );

    let footer = unzip(&docx, "word/footer1.xml");
    assert!(footer.contains(r#"w:instr=" PAGE ""#) && footer.contains(r#"w:instr=" NUMPAGES ""#));
    assert!(
        footer.contains("第 "),
        "the footer speaks the report's language: {footer}"
    );
    let png = {
        let mut archive = zip::ZipArchive::new(Cursor::new(&docx)).unwrap();
        let mut bytes = Vec::new();
        archive
            .by_name("word/media/diagram.png")
            .unwrap()
            .read_to_end(&mut bytes)
            .unwrap();
        bytes
    };
    assert!(png.starts_with(b"\x89PNG"));
}

#[test]
fn libreoffice_opens_the_word_report_and_finds_its_headings_and_chinese_names() {
    let Ok(version) = Command::new("soffice").arg("--version").output() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "LibreOffice is needed on CI"
        );
        eprintln!("soffice is not installed: the LibreOffice check is skipped");
        return;
    };
    assert!(version.status.success());
    let map = sample("banco-estrela-evidence");
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let built = report::build(
        &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::TraditionalChinese),
    );
    let folder = tempfile::tempdir().unwrap();
    let docx = folder.path().join("report.docx");
    std::fs::write(&docx, report::to_docx(&built).unwrap()).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        folder.path().display()
    );
    let converted = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(folder.path())
        .arg(&docx)
        .output()
        .unwrap();
    assert!(converted.status.success(), "{converted:?}");
    let pdf = folder.path().join("report.pdf");
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    for block in &built.blocks {
        if let Block::Heading(heading) = block {
            assert!(
                text.contains(heading.as_str()),
                "no heading {heading} in\n{text}"
            );
        }
    }
    assert!(text.contains("總行"), "no Chinese site name in\n{text}");
}

#[test]
fn the_bundle_is_sealed_by_its_manifest_and_the_same_twice() {
    let path = sample_path("pearl-delta-hengqin");
    let bytes = std::fs::read(&path).unwrap();
    let map = load_map(&path).unwrap();
    let rulebook = Rulebook::builtin().unwrap();
    let input = BundleInput {
        map: &map,
        map_file: ("pearl-delta-hengqin.ron", &bytes),
        rulebook: &rulebook,
        language: Language::English,
        as_of: day(),
    };
    let bundle = build_bundle(&input).unwrap();
    let names: Vec<&str> = bundle.files.iter().map(|file| file.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "report.pdf",
            "report.docx",
            "diagram.svg",
            "diagram.pdf",
            "register.xlsx",
            "annex-a-notification.pdf",
            "annex-b-authorisation.pdf",
            "annex-c-gba-contract.pdf",
            "annex-d-cac-contract.pdf",
            "annex-e-pipia.pdf",
            "pearl-delta-hengqin.ron",
            MANIFEST
        ]
    );
    // Each annex stands alone, under its own heading, to attach to its own form.
    for (index, letter) in ["A", "B", "C", "D", "E"].into_iter().enumerate() {
        let annex = &bundle.files[5 + index];
        assert_eq!(annex.name, annex_file_name(Annex::ALL[index]));
        if let Some(text) = pdf_text(&annex.bytes) {
            assert!(text.contains(&format!("Annex {letter}.")), "{text}");
            let others = ["A", "B", "C", "D", "E"]
                .into_iter()
                .filter(|other| *other != letter);
            for other in others {
                assert!(
                    !text.contains(&format!("Annex {other}.")),
                    "{other} in {letter}"
                );
            }
        }
    }
    let manifest = String::from_utf8(bundle.files.last().unwrap().bytes.clone()).unwrap();
    let fingerprint = borderflow::assessment::fingerprint(&map).unwrap();
    assert!(manifest.contains(&format!("# map fingerprint: {fingerprint}")));
    assert!(manifest.contains("# rules as of: 2026-11-22"));
    assert!(bundle.files[0].bytes.starts_with(b"%PDF-"));

    let folder = tempfile::tempdir().unwrap();
    bundle.write_to_folder(folder.path()).unwrap();
    match Command::new("sha256sum")
        .args(["--check", "--strict", MANIFEST])
        .current_dir(folder.path())
        .output()
    {
        Ok(checked) => {
            assert!(checked.status.success(), "{checked:?}");
            let said = String::from_utf8(checked.stdout).unwrap();
            assert_eq!(
                said.matches(": OK").count(),
                bundle.files.len() - 1,
                "{said}"
            );
        }
        Err(error) => eprintln!("sha256sum is not installed ({error}): check skipped"),
    }
    // A changed file fails the check.
    std::fs::write(folder.path().join("diagram.svg"), b"<svg/>").unwrap();
    if let Ok(checked) = Command::new("sha256sum")
        .args(["--check", MANIFEST])
        .current_dir(folder.path())
        .output()
    {
        assert!(!checked.status.success());
    }

    let zip = bundle.to_zip().unwrap();
    assert_eq!(
        zip,
        build_bundle(&input).unwrap().to_zip().unwrap(),
        "the same bytes twice"
    );
    let mut archive = zip::ZipArchive::new(Cursor::new(&zip)).unwrap();
    assert_eq!(archive.len(), bundle.files.len());
    let mut register = Vec::new();
    archive
        .by_name("register.xlsx")
        .unwrap()
        .read_to_end(&mut register)
        .unwrap();
    assert_eq!(register, bundle.files[4].bytes);
}

#[test]
fn every_format_is_the_same_bytes_twice_and_a_5000_site_map_writes_them_all() {
    let map = borderflow::generate::synthetic_map(5_000, 6_000, 7);
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let register = build_register(
        &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::Portuguese),
    );
    assert!(register.transfers.rows.len() > 100);
    for format in [RegisterFormat::Xlsx, RegisterFormat::Csv] {
        let first = register_bytes(&register, format).unwrap();
        let again = build_register(
            &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::Portuguese),
        );
        assert_eq!(first, register_bytes(&again, format).unwrap(), "{format:?}");
    }
    let built =
        report::build(&Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::English));
    let docx = report::to_docx(&built).unwrap();
    assert_eq!(docx, report::to_docx(&built).unwrap());
    roxmltree::Document::parse(&unzip(&docx, "word/document.xml")).unwrap();
    assert_eq!(
        deliver::to_csv(&register.transfers),
        deliver::to_csv(&register.transfers)
    );
}

#[test]
fn the_register_names_each_ends_sector_in_its_language() {
    let mut map = sample("pearl-delta-hengqin");
    map.meta.sector = Some(borderflow::model::Sector::Healthcare);
    let mut site = map.sites().next().unwrap().clone();
    site.sector = Some(borderflow::model::Sector::Banking);
    let banking = site.id.clone();
    map.replace_site(site).unwrap();
    let rulebook = Rulebook::builtin().unwrap();
    let evaluation = rulebook.evaluate(&map, day());
    let register = borderflow::deliver::register::build(
        &Evaluated::new(&map, &evaluation, &rulebook).in_language(Language::TraditionalChinese),
    );
    let table = &register.transfers;
    let column = |title: &str| {
        table
            .columns
            .iter()
            .position(|column| column.title == title)
            .unwrap_or_else(|| panic!("no column {title}"))
    };
    let (source, recipient) = (column("出境實體所屬行業"), column("資料接收者所屬行業"));
    assert!(!table.rows.is_empty());
    for (row, view) in table
        .rows
        .iter()
        .zip(map.flows().filter(|view| view.crosses_border()))
    {
        let wanted =
            |id: &borderflow::model::SiteId| if *id == banking { "銀行" } else { "醫療" };
        assert_eq!(
            row[source].plain(),
            wanted(&view.source.id),
            "{:?}",
            view.flow.id
        );
        assert_eq!(
            row[recipient].plain(),
            wanted(&view.target.id),
            "{:?}",
            view.flow.id
        );
    }
}
