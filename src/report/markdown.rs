//! The report as Markdown: plain text a DPO can paste into a filing or a wiki. The diagram is
//! linked, not embedded: the caller writes it beside the Markdown file.

use super::{Block, ROWS, Report};
use crate::assessment::Score;
use crate::model::Likelihood;

/// `text` safe in Markdown: characters that start emphasis, code, links, tables or HTML are
/// escaped (`<`, `>`, `&` as entities), a line start that would make a heading, list or quote
/// is escaped, and line breaks become spaces. Ordinary punctuation stays readable.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if crate::text::is_hidden_or_forbidden(c) => {}
            c => out.push(c),
        }
    }
    // What would make the line a heading, list item or rule.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    let after_digits = out[digits..].chars().next();
    if out.starts_with(['#', '-', '+', '='])
        || (digits > 0 && matches!(after_digits, Some('.' | ')')))
    {
        out.insert(digits, '\\');
    }
    out
}

/// The report as Markdown; `diagram_file` is the file name the diagram SVG is written to.
pub fn to_markdown(report: &Report, diagram_file: &str) -> String {
    let mut out = format!("# {}\n\n", escape(&report.title));
    for line in &report.subtitle {
        out += &format!("{}  \n", escape(line));
    }
    out.push('\n');
    for block in &report.blocks {
        match block {
            Block::Heading(text) => out += &format!("## {}\n\n", escape(text)),
            Block::Subheading(text) => out += &format!("### {}\n\n", escape(text)),
            Block::Paragraph(text) => {
                let lines: Vec<String> = text.lines().map(escape).collect();
                out += &format!("{}\n\n", lines.join("  \n"));
            }
            Block::Missing(text) => out += &format!("> **{}**\n\n", escape(text)),
            Block::Bullets(items) => {
                for item in items {
                    out += &format!("- {}\n", escape(item));
                }
                out.push('\n');
            }
            Block::Table { header, rows, .. } => {
                let row = |cells: &[String]| {
                    let cells: Vec<String> = cells.iter().map(|cell| escape(cell)).collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                out += &row(header);
                out += &format!("|{}\n", " --- |".repeat(header.len()));
                for cells in rows {
                    out += &row(cells);
                }
                out.push('\n');
            }
            // A page is the printer's business; Markdown runs on.
            Block::PageBreak => {}
            Block::Diagram => {
                out += &format!("![{}]({})\n\n", escape(&report.title), link(diagram_file));
            }
            Block::Heatmaps => {
                let labels = &report.heatmap_labels;
                for (heatmap, title) in report.heatmaps.iter().zip(&labels.titles) {
                    out += &format!(
                        "**{}** ({} ↓, {} →)\n\n",
                        escape(title),
                        escape(&labels.severity),
                        escape(&labels.likelihood)
                    );
                    out += "| | 1 | 2 | 3 | 4 | 5 |\n| --- | --- | --- | --- | --- | --- |\n";
                    for severity in ROWS {
                        let cells: Vec<String> = Likelihood::ALL
                            .into_iter()
                            .map(|likelihood| {
                                heatmap.count(Score::new(severity, likelihood)).to_string()
                            })
                            .collect();
                        out += &format!("| **{severity}** | {} |\n", cells.join(" | "));
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// A relative link target: spaces and parentheses encoded so the link stays one token.
fn link(file: &str) -> String {
    file.replace('%', "%25")
        .replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_stays_text() {
        assert_eq!(
            escape("<script>alert(1)</script> | *x* [a](b)"),
            "&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\* \\[a\\](b)"
        );
        assert_eq!(escape("a\nb"), "a b");
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("1. not a list"), "1\\. not a list");
        assert_eq!(escape("2026-11-22 (Macau)."), "2026-11-22 (Macau).");
    }
}
