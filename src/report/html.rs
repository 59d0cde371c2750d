//! The report as one self-contained HTML file: styles inline, the diagram as inline SVG, no
//! scripts and nothing fetched, so it opens the same anywhere and can be attached as is.

use super::{Block, ROWS, Report};
use crate::assessment::{Heatmap, Score, cell_rgb, ink_on};
use crate::model::Likelihood;
use crate::text::escape::xml_line as escape;

const STYLE: &str = "body{font-family:'Noto Sans','Noto Sans CJK TC','PingFang TC',\
'Microsoft JhengHei',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1e28;\
line-height:1.45}h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccd;\
padding-bottom:.2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;\
font-size:.85rem}th,td{border:1px solid #ccd;padding:.25rem .4rem;text-align:left;\
vertical-align:top}th{background:#eef1f6}.missing{background:#fff4e5;border-left:4px solid \
#d55e00;padding:.4rem .6rem}.subtitle{color:#5f646e;margin:0}.diagram svg{width:100%;\
height:auto;border:1px solid #ccd}.heatmaps{display:flex;gap:2rem;flex-wrap:wrap}\
table.heatmap{width:auto}table.heatmap td{width:2.4rem;height:2rem;text-align:center;\
vertical-align:middle;font-weight:bold}.page-break{break-before:page}";

/// The report as a self-contained HTML page.
pub fn to_html(report: &Report) -> String {
    let lang = crate::i18n::document_tag(report.language);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:\">\n<title>{}</title>\n<style>{STYLE}</style>\n\
         </head>\n<body>\n<h1>{}</h1>\n",
        escape(&report.title),
        escape(&report.title)
    );
    for line in &report.subtitle {
        out += &format!("<p class=\"subtitle\">{}</p>\n", escape(line));
    }
    for block in &report.blocks {
        match block {
            Block::Heading(text) => out += &format!("<h2>{}</h2>\n", escape(text)),
            Block::Subheading(text) => out += &format!("<h3>{}</h3>\n", escape(text)),
            Block::Paragraph(text) => {
                let lines: Vec<String> = text.lines().map(escape).collect();
                out += &format!("<p>{}</p>\n", lines.join("<br>"));
            }
            Block::Missing(text) => {
                out += &format!("<p class=\"missing\">{}</p>\n", escape(text));
            }
            Block::Bullets(items) => {
                out += "<ul>\n";
                for item in items {
                    out += &format!("<li>{}</li>\n", escape(item));
                }
                out += "</ul>\n";
            }
            Block::Table { header, rows, .. } => {
                out += "<table>\n<thead><tr>";
                for cell in header {
                    out += &format!("<th>{}</th>", escape(cell));
                }
                out += "</tr></thead>\n<tbody>\n";
                for row in rows {
                    out += "<tr>";
                    for cell in row {
                        out += &format!("<td>{}</td>", escape(cell));
                    }
                    out += "</tr>\n";
                }
                out += "</tbody>\n</table>\n";
            }
            Block::Diagram => {
                // The SVG is borderflow's own output, with every user text already escaped.
                let svg = report
                    .diagram_svg
                    .trim_start_matches(|c| c != '<')
                    .strip_prefix("<?xml")
                    .and_then(|rest| rest.split_once("?>").map(|(_, svg)| svg))
                    .unwrap_or(&report.diagram_svg);
                out += &format!("<figure class=\"diagram\">{}</figure>\n", svg.trim());
            }
            Block::Heatmaps => {
                out += "<div class=\"heatmaps\">\n";
                let labels = &report.heatmap_labels;
                for (heatmap, title) in report.heatmaps.iter().zip(&labels.titles) {
                    out += &heatmap_table(heatmap, title, &labels.severity, &labels.likelihood);
                }
                out += "</div>\n";
            }
            Block::PageBreak => out += "<div class=\"page-break\"></div>\n",
        }
    }
    out += "</body>\n</html>\n";
    out
}

fn heatmap_table(heatmap: &Heatmap, title: &str, severity: &str, likelihood: &str) -> String {
    let mut out = format!(
        "<table class=\"heatmap\">\n<caption>{} ({} ↓, {} →)</caption>\n",
        escape(title),
        escape(severity),
        escape(likelihood)
    );
    for row in ROWS {
        out += &format!("<tr><th>{row}</th>");
        for column in Likelihood::ALL {
            let score = Score::new(row, column);
            let [r, g, b] = cell_rgb(score);
            let [ir, ig, ib] = ink_on([r, g, b]);
            out += &format!(
                "<td style=\"background:rgb({r},{g},{b});color:rgb({ir},{ig},{ib})\">{}</td>",
                heatmap.count(score)
            );
        }
        out += "</tr>\n";
    }
    out += "<tr><th></th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th></tr>\n</table>\n";
    out
}
