//! The filing bundle: everything a DPO files about one map on one day, each file sealed by its
//! SHA-256 in `MANIFEST.txt` (in the format `sha256sum -c` reads), as a folder or one zip.
//!
//! The same map, language and date give the same bytes: every writer is deterministic and the
//! zip has fixed timestamps and a fixed order.

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::refusal::FolderRefusal;
use super::{XlsxError, build_register, to_xlsx};
use crate::assessment::fingerprint_text;
use crate::export::{ExportError, SvgOptions, diagram_page, overview_page, svg_to_pdf};
use crate::io::{ArchiveError, Stored, is_portable_name, zip_bytes};
use crate::model::{Date, Language, Map};
use crate::report::{Annex, PdfError, ReportError, build_annex, to_docx, to_pdf};
use crate::rules::Evaluated;
use crate::rules::Rulebook;

/// The manifest's name, listed last.
pub const MANIFEST: &str = "MANIFEST.txt";

/// The manifest's first line, by which a folder is known to hold a bundle.
pub(super) const MANIFEST_HEADING: &str = "# borderflow filing bundle";

/// The start of the manifest's line naming the map file, by which a re-bundle knows its own
/// folder.
pub(super) const MAP_FILE_LINE: &str = "# map file: ";

/// The names of the files every bundle holds besides the annexes, the map and the manifest.
const FIXED_NAMES: [&str; 5] = [
    "report.pdf",
    "report.docx",
    "diagram.svg",
    "diagram.pdf",
    "register.xlsx",
];

/// Why a bundle could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    /// The report failed.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The diagram failed.
    #[error(transparent)]
    Diagram(#[from] ExportError),
    /// The register failed.
    #[error(transparent)]
    Register(#[from] XlsxError),
    /// The zip failed.
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    /// The folder holds work that is not this map's earlier bundle.
    #[error(transparent)]
    Folder(#[from] FolderRefusal),
    /// The path given for the folder is a file or a device.
    #[error("{}: is not a folder; give a folder for the bundle, or a name ending in .zip", .0.display())]
    NotAFolder(std::path::PathBuf),
    /// A file of the folder could not be written.
    #[error("{}: cannot write the bundle file: {error}", path.display())]
    Write {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        error: std::io::Error,
    },
}

impl From<PdfError> for BundleError {
    fn from(error: PdfError) -> Self {
        BundleError::Report(error.into())
    }
}

/// One file of the bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundleFile {
    /// Its name in the folder or zip.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The files of a bundle, the manifest last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The files.
    pub files: Vec<BundleFile>,
    /// The name the map file is kept under, one of the files.
    pub map_file: String,
}

/// What a bundle is made of: the map as loaded, the file it came from, and how to assess it.
pub struct BundleInput<'a> {
    /// The map.
    pub map: &'a Map,
    /// The map file's name (kept in the bundle under it) and bytes.
    pub map_file: (&'a str, &'a [u8]),
    /// The rulebook.
    pub rulebook: &'a Rulebook,
    /// The language of the report, diagram and register.
    pub language: Language,
    /// The evaluation date.
    pub as_of: Date,
}

/// Builds the bundle: the report as PDF/A and DOCX, the diagram as SVG and PDF, the register
/// as XLSX, each filing annex alone as a PDF (to attach to its own form), the map file, and
/// the manifest.
pub fn build_bundle(input: &BundleInput<'_>) -> Result<Bundle, BundleError> {
    let BundleInput {
        map,
        map_file,
        rulebook,
        language,
        as_of,
    } = *input;
    let evaluation = rulebook.evaluate(map, as_of);
    let evaluated = Evaluated::new(map, &evaluation, rulebook).in_language(language);
    let report = crate::report::build(&evaluated);
    let options = SvgOptions::default();
    // The PDF report is the slowest part: it is written while the rest is.
    let (pdf, rest) = std::thread::scope(|scope| {
        let pdf = scope.spawn(|| to_pdf(&report));
        let rest = (|| -> Result<_, BundleError> {
            let docx = to_docx(&report).map_err(ReportError::from)?;
            // A diagram too dense for one page is decided before any layout work, and the
            // filing carries the overview page instead: the filing is never blocked by it.
            let diagram = diagram_page(&evaluated, &options)
                .unwrap_or_else(|why| overview_page(map, &why, language));
            let diagram_pdf = svg_to_pdf(&diagram, &map.meta.title).map_err(ExportError::from)?;
            let svg = diagram.into_bytes();
            let register = to_xlsx(&build_register(&evaluated))?;
            let annexes = Annex::ALL
                .iter()
                .map(|&annex| {
                    let alone = build_annex(&evaluated, annex);
                    Ok(file(&annex_file_name(annex), to_pdf(&alone)?))
                })
                .collect::<Result<Vec<_>, BundleError>>()?;
            Ok((docx, svg, diagram_pdf, register, annexes))
        })();
        (pdf.join(), rest)
    });
    let pdf = match pdf {
        Ok(pdf) => pdf?,
        Err(panic) => std::panic::resume_unwind(panic),
    };
    let (docx, svg, diagram_pdf, register, annexes) = rest?;
    let mut files = vec![
        file("report.pdf", pdf),
        file("report.docx", docx),
        file("diagram.svg", svg),
        file("diagram.pdf", diagram_pdf),
        file("register.xlsx", register),
    ];
    files.extend(annexes);
    let map_name = map_file_name(map_file.0);
    files.push(file(&map_name, map_file.1.to_vec()));
    let manifest = manifest(
        &files,
        (&fingerprint_text(map), &map_name),
        as_of,
        &rulebook.version(),
    );
    files.push(file(MANIFEST, manifest.into_bytes()));
    Ok(Bundle {
        files,
        map_file: map_name,
    })
}

/// An annex's file name: `annex-a-notification.pdf`, its letter then the name `report --annex`
/// takes.
pub fn annex_file_name(annex: Annex) -> String {
    format!(
        "annex-{}-{}.pdf",
        annex.letter().to_ascii_lowercase(),
        annex.id()
    )
}

fn file(name: &str, bytes: Vec<u8>) -> BundleFile {
    BundleFile {
        name: name.to_owned(),
        bytes,
    }
}

/// The map file's name in the bundle: its own, unless it would clash with a bundle file in
/// any letter case, leave the folder, or be a name some system cannot create (`CON.ron`,
/// `a:b.ron`); then `map.ron`.
fn map_file_name(name: &str) -> String {
    let base = Path::new(name)
        .file_name()
        .map(|base| base.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folded = base.to_lowercase();
    let clashes = FIXED_NAMES
        .iter()
        .copied()
        .chain([MANIFEST])
        .map(str::to_lowercase)
        .chain(Annex::ALL.iter().map(|&annex| annex_file_name(annex)))
        .any(|taken| taken == folded);
    if is_portable_name(&base) && !base.starts_with('.') && !clashes {
        base
    } else {
        "map.ron".to_owned()
    }
}

/// `MANIFEST.txt`: comment lines with the map's fingerprint, the evaluation date and the
/// rulebook, then one `SHA256  NAME` line per file, which `sha256sum -c` checks.
fn manifest(
    files: &[BundleFile],
    (fingerprint, map_name): (&str, &str),
    as_of: Date,
    rulebook: &str,
) -> String {
    let mut out = format!("{MANIFEST_HEADING}\n");
    let _ = writeln!(out, "# map fingerprint: {fingerprint}");
    let _ = writeln!(out, "# rules as of: {as_of}");
    let _ = writeln!(out, "# rulebook: {}", rulebook.replace(['\n', '\r'], " "));
    let _ = writeln!(out, "{MAP_FILE_LINE}{map_name}");
    for file in files {
        let digest = Sha256::digest(&file.bytes);
        let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
        let _ = writeln!(out, "{hex}  {}", file.name);
    }
    out
}

impl Bundle {
    /// The bundle as one zip, files in order.
    pub fn to_zip(&self) -> Result<Vec<u8>, ArchiveError> {
        zip_bytes(self.files.iter().map(|file| {
            // Text compresses; PDF, DOCX and XLSX are compressed already.
            let stored = if file.name.ends_with(".svg")
                || file.name.ends_with(".txt")
                || file.name.ends_with(".ron")
                || file.name.ends_with(".csv")
            {
                Stored::Compressed
            } else {
                Stored::AsIs
            };
            (file.name.as_str(), stored, file.bytes.as_slice())
        }))
    }

    /// Whether the bundle holds a file named `name`.
    pub fn has(&self, name: &str) -> bool {
        self.files.iter().any(|file| file.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_lists_each_file_by_its_sha256() {
        let files = [file("a.txt", b"abc".to_vec())];
        let text = manifest(
            &files,
            ("0123", "lotus.ron"),
            "2026-11-22".parse().unwrap(),
            "v1",
        );
        assert!(text.contains("# map fingerprint: 0123\n# rules as of: 2026-11-22\n"));
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assert!(text.ends_with(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a.txt\n"
        ));
    }

    #[test]
    fn the_map_keeps_its_name_unless_it_clashes_or_leaves_the_folder() {
        assert_eq!(map_file_name("/x/lotus.ron"), "lotus.ron");
        assert_eq!(map_file_name("../up/MANIFEST.txt"), "map.ron");
        assert_eq!(map_file_name(".hidden"), "map.ron");
        assert_eq!(map_file_name("a\nb.ron"), "map.ron");
        assert_eq!(map_file_name("annex-b-authorisation.pdf"), "map.ron");
        assert_eq!(map_file_name("annex-plan.ron"), "annex-plan.ron");
        assert_eq!(map_file_name("CON.ron"), "map.ron");
        assert_eq!(map_file_name("a:b.ron"), "map.ron");
        assert_eq!(map_file_name("Report.PDF"), "map.ron");
        assert_eq!(map_file_name("manifest.TXT"), "map.ron");
    }
}
