//! Mermaid flowcharts both ways (`.mmd`): `flowchart LR` with one subgraph per jurisdiction,
//! each site a node shaped by its kind, each flow an edge labelled with its number and data
//! classes, nodes and edges styled by their worst finding.
//!
//! Written flowcharts carry `%% borderflow` comments with the sites' and flows' ids (Mermaid
//! ignores comments), so reading one back gives the same sites, flows and lanes. A flowchart
//! written by hand is read too: its subgraphs' titles name jurisdictions in any of the
//! languages, its labels name data classes, and every guess is listed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::reading::{decode_references, tidy_lines};
use super::{Edge, FormatError, Imported, Shape, build, flow_label};
use crate::i18n;
use crate::model::{
    DataClass, FlowId, Jurisdiction, Language, Map, MapMeta, Severity, Site, SiteId, SiteKind,
};
use crate::rules::{Evaluation, Subject};
use crate::scene::theme;

/// Node shapes by kind: opening and closing brackets.
const SHAPES: [(SiteKind, &str, &str); 6] = [
    (SiteKind::Saas, "([", "])"),
    (SiteKind::Datacentre, "[(", ")]"),
    (SiteKind::System, "[[", "]]"),
    (SiteKind::Party, "{{", "}}"),
    (SiteKind::People, "((", "))"),
    (SiteKind::Office, "[", "]"),
];

const RESERVED: [&str; 12] = [
    "end",
    "graph",
    "flowchart",
    "subgraph",
    "class",
    "classdef",
    "style",
    "linkstyle",
    "click",
    "direction",
    "default",
    "call",
];

/// The map as a Mermaid flowchart in `language`, styled by `evaluation`'s findings.
pub fn write(map: &Map, evaluation: &Evaluation, language: Language) -> String {
    let (site_worst, flow_worst) = worst(evaluation, map);
    let nodes = node_ids(map);
    let mut out = String::new();
    let _ = writeln!(out, "%% {}", comment(&map.meta.title));
    out.push_str("flowchart LR\n");
    let mut by_place: BTreeMap<Jurisdiction, Vec<&Site>> = BTreeMap::new();
    for site in map.sites() {
        by_place.entry(site.jurisdiction).or_default().push(site);
    }
    let words = crate::scene::words::words(language);
    for (place, sites) in &by_place {
        let _ = writeln!(
            out,
            "  subgraph {}[\"{}\"]",
            subgraph_id(place),
            escape(&i18n::terms::jurisdiction(language, place))
        );
        out.push_str("    direction TB\n");
        for site in sites {
            let (open, close) = brackets(site.kind);
            let mut place_line = words.kind(site.kind).to_owned();
            if !site.city.is_empty() {
                place_line.push_str(" · ");
                place_line.push_str(&site.city);
            }
            let _ = writeln!(
                out,
                "    {}{open}\"{}<br/>{}\"{close}",
                nodes[&site.id],
                escape(&site.name),
                escape(&place_line)
            );
        }
        out.push_str("  end\n");
    }
    let numbers = crate::scene::flow_numbers(map);
    let mut link_styles = String::new();
    for (index, view) in map.flows().enumerate() {
        let flow = view.flow;
        let label = flow_label(numbers.get(&flow.id).copied(), flow, language);
        let arrow = if flow.access == crate::model::Access::RemoteAccess {
            "-.->"
        } else {
            "-->"
        };
        let _ = writeln!(
            out,
            "  {} {arrow}|\"{}\"| {}",
            nodes[&flow.from],
            escape(&label),
            nodes[&flow.to]
        );
        let severity = flow_worst.get(&flow.id).copied();
        let colour = severity.map_or("#555555".to_owned(), |s| theme::severity_colour(s).hex());
        let width = theme::flow_width(severity, view.crosses_border());
        let _ = writeln!(
            link_styles,
            "  linkStyle {index} stroke:{colour},stroke-width:{width}px"
        );
    }
    out.push_str(&link_styles);
    for severity in Severity::ALL {
        let _ = writeln!(
            out,
            "  classDef {} stroke:{},stroke-width:2px",
            severity.name(),
            theme::severity_colour(severity).hex()
        );
    }
    for site in map.sites() {
        if let Some(severity) = site_worst.get(&site.id) {
            let _ = writeln!(out, "  class {} {}", nodes[&site.id], severity.name());
        }
    }
    for site in map.sites() {
        let _ = writeln!(out, "  %% borderflow site {} {}", nodes[&site.id], site.id);
    }
    for (index, view) in map.flows().enumerate() {
        let _ = writeln!(out, "  %% borderflow flow {index} {}", view.flow.id);
    }
    out
}

fn brackets(kind: SiteKind) -> (&'static str, &'static str) {
    SHAPES
        .iter()
        .find(|(own, _, _)| *own == kind)
        .map_or(("[", "]"), |(_, open, close)| (*open, *close))
}

fn subgraph_id(place: &Jurisdiction) -> String {
    format!("j_{}", place.id().replace('-', "_"))
}

/// The worst severity of each site (its own findings and its flows') and of each flow.
fn worst(
    evaluation: &Evaluation,
    map: &Map,
) -> (BTreeMap<SiteId, Severity>, BTreeMap<FlowId, Severity>) {
    let mut sites: BTreeMap<SiteId, Severity> = BTreeMap::new();
    let mut flows: BTreeMap<FlowId, Severity> = BTreeMap::new();
    let raise = |slot: &mut Severity, severity: Severity| *slot = (*slot).max(severity);
    for finding in &evaluation.findings {
        match &finding.subject {
            Subject::Flow(id) => {
                raise(
                    flows.entry(id.clone()).or_insert(finding.severity),
                    finding.severity,
                );
                if let Some(view) = map.flow(id) {
                    for end in [&view.source.id, &view.target.id] {
                        raise(
                            sites.entry(end.clone()).or_insert(finding.severity),
                            finding.severity,
                        );
                    }
                }
            }
            Subject::Site(id) => {
                raise(
                    sites.entry(id.clone()).or_insert(finding.severity),
                    finding.severity,
                );
            }
            Subject::Map => {}
        }
    }
    (sites, flows)
}

/// A Mermaid node id for every site: its id with other characters than letters, digits and
/// `_` made `_`, kept clear of Mermaid's keywords and of each other.
fn node_ids(map: &Map) -> BTreeMap<SiteId, String> {
    let mut taken = BTreeSet::new();
    let mut ids = BTreeMap::new();
    for site in map.sites() {
        let mut stem: String = site
            .id
            .as_str()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if RESERVED.contains(&stem.to_lowercase().as_str())
            || stem.starts_with(|c: char| c.is_ascii_digit() || c == '_' || c == 'o' || c == 'x')
        {
            stem = format!("s_{stem}");
        }
        let mut candidate = stem.clone();
        let mut counter = 2;
        while !taken.insert(candidate.clone()) {
            candidate = format!("{stem}_{counter}");
            counter += 1;
        }
        ids.insert(site.id.clone(), candidate);
    }
    ids
}

/// Text inside a quoted Mermaid label: the characters Mermaid reads as syntax or markup as
/// entity codes, hidden characters dropped, line breaks made spaces.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '#' | '&' | '<' | '>' | '|' | '`' => {
                let _ = write!(out, "#{};", u32::from(c));
            }
            '\t' | '\n' | '\r' => out.push(' '),
            c if crate::text::is_hidden_or_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn comment(text: &str) -> String {
    text.chars()
        .filter(|c| !crate::text::is_hidden_or_forbidden(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A label's text back: entity codes decoded, `<br/>` as a line break, quotes and Markdown
/// backticks taken off.
fn unescape(label: &str) -> String {
    let trimmed = label.trim();
    let unquoted = trimmed
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or(trimmed);
    let unquoted = unquoted
        .strip_prefix('`')
        .and_then(|rest| rest.strip_suffix('`'))
        .unwrap_or(unquoted);
    let lines = unquoted
        .replace("<br/>", "\n")
        .replace("<br />", "\n")
        .replace("<br>", "\n");
    tidy_lines(&decode_references(&lines, '#'))
}

/// A node as a statement declares or names it.
struct NodeRef {
    id: String,
    shape: Option<(String, SiteKind)>,
}

/// A node of the chart: its id, label, kind and the title of its subgraph.
type ChartNode = (String, Option<String>, Option<SiteKind>, Option<String>);

/// What the statements of a flowchart declare.
#[derive(Default)]
struct Chart {
    /// Node ids in the order first met, with their label, kind and subgraph title.
    nodes: Vec<ChartNode>,
    /// Edges: from, to, label.
    edges: Vec<(String, String, String)>,
    /// Node id → site id, from borderflow's comments.
    site_ids: BTreeMap<String, String>,
    /// Edge index → flow id, from borderflow's comments.
    flow_ids: BTreeMap<usize, String>,
}

impl Chart {
    fn node(&mut self, node: NodeRef, container: Option<&String>) {
        let index = match self.nodes.iter().position(|(id, ..)| *id == node.id) {
            Some(index) => index,
            None => {
                self.nodes
                    .push((node.id.clone(), None, None, container.cloned()));
                self.nodes.len() - 1
            }
        };
        if let Some((label, kind)) = node.shape {
            let entry = &mut self.nodes[index];
            entry.1 = Some(label);
            entry.2 = Some(kind);
            if entry.3.is_none() {
                entry.3 = container.cloned();
            }
        }
    }
}

/// Reads a Mermaid flowchart. `title` names a map whose chart records none (the file's name).
pub fn read(bytes: &[u8], title: &str) -> Result<Imported, FormatError> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|error| FormatError::new("interchange-error-not-utf8", error.to_string()))?;
    let mut chart = Chart::default();
    let mut containers: Vec<String> = Vec::new();
    let mut header = false;
    let mut map_title = None;
    for (number, raw) in text.lines().enumerate() {
        let line = raw.trim().trim_end_matches(';').trim();
        if let Some(comment) = line.strip_prefix("%%") {
            read_comment(comment.trim(), &mut chart, &mut map_title, header);
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let first = line.split_whitespace().next().unwrap_or_default();
        if !header {
            if !matches!(first, "flowchart" | "graph") {
                return Err(FormatError::new("interchange-error-mermaid-header", first));
            }
            header = true;
            continue;
        }
        match first {
            "subgraph" => containers.push(subgraph_title(line["subgraph".len()..].trim())),
            "end" => {
                containers.pop();
            }
            "direction" | "classDef" | "class" | "style" | "linkStyle" | "click" => {}
            _ => read_statement(line, &mut chart, containers.last()).map_err(|detail| {
                FormatError::new(
                    "interchange-error-mermaid-line",
                    format!("{}: {detail}", number + 1),
                )
            })?,
        }
    }
    if !header {
        return Err(FormatError::new("interchange-error-mermaid-header", ""));
    }
    Ok(into_map(
        chart,
        map_title.unwrap_or_else(|| title.to_owned()),
    ))
}

fn read_comment(comment: &str, chart: &mut Chart, title: &mut Option<String>, header: bool) {
    let words: Vec<&str> = comment.split_whitespace().collect();
    match words.as_slice() {
        ["borderflow", "site", node, id] => {
            chart.site_ids.insert((*node).to_owned(), (*id).to_owned());
        }
        ["borderflow", "flow", index, id] => {
            if let Ok(index) = index.parse() {
                chart.flow_ids.insert(index, (*id).to_owned());
            }
        }
        _ if !header && title.is_none() && !comment.is_empty() => *title = Some(comment.to_owned()),
        _ => {}
    }
}

/// `j_MO["Macau SAR"]` → `Macau SAR`; `Hong Kong` → `Hong Kong`.
fn subgraph_title(rest: &str) -> String {
    match rest.find('[') {
        Some(open) if rest.ends_with(']') => unescape(&rest[open + 1..rest.len() - 1]),
        _ => unescape(rest),
    }
}

/// A statement: a node, or nodes joined by links (`a --> b`, `a -->|label| b`, `a -- label
/// --> b`, `a & b --> c`).
fn read_statement(line: &str, chart: &mut Chart, container: Option<&String>) -> Result<(), String> {
    let mut rest = line;
    let mut previous: Vec<String> = Vec::new();
    let mut pending_label: Option<String> = None;
    loop {
        let mut group = Vec::new();
        loop {
            let (node, after) = node_ref(rest).ok_or_else(|| rest.to_owned())?;
            group.push(node.id.clone());
            chart.node(node, container);
            rest = after.trim_start();
            match rest.strip_prefix('&') {
                Some(after) => rest = after.trim_start(),
                None => break,
            }
        }
        if let Some(label) = pending_label.take() {
            for from in &previous {
                for to in &group {
                    chart.edges.push((from.clone(), to.clone(), label.clone()));
                }
            }
        }
        if rest.is_empty() {
            return Ok(());
        }
        let (label, after) = link(rest).ok_or_else(|| rest.to_owned())?;
        pending_label = Some(label);
        previous = group;
        rest = after.trim_start();
    }
}

/// A node id and, when given here, its shape and label; then what follows.
fn node_ref(text: &str) -> Option<(NodeRef, &str)> {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    if end == 0 {
        return None;
    }
    let id = text[..end].to_owned();
    let rest = &text[end..];
    for (kind, open, close) in SHAPES.iter().chain(&[
        (SiteKind::Office, "(", ")"),
        (SiteKind::Office, "{", "}"),
        (SiteKind::Office, ">", "]"),
    ]) {
        let Some(inner) = rest.strip_prefix(open) else {
            continue;
        };
        let stop = if let Some(quoted) = inner.strip_prefix('"') {
            quoted.find('"').map(|quote| quote + 2)?
        } else {
            inner.find(close)?
        };
        let after = inner[stop..].strip_prefix(close)?;
        let after = skip_class(after);
        let shape = Some((unescape(&inner[..stop]), *kind));
        return Some((NodeRef { id, shape }, after));
    }
    Some((NodeRef { id, shape: None }, skip_class(rest)))
}

fn skip_class(text: &str) -> &str {
    match text.strip_prefix(":::") {
        Some(rest) => rest
            .find(|c: char| c.is_whitespace() || c == '&')
            .map_or("", |end| &rest[end..]),
        None => text,
    }
}

/// A link and its label, then what follows.
fn link(text: &str) -> Option<(String, &str)> {
    let end = text
        .find(|c: char| !matches!(c, '-' | '=' | '.' | '<' | '>' | '~'))
        .unwrap_or(text.len());
    if end < 2 {
        return None;
    }
    let token = &text[..end];
    let mut rest = &text[end..];
    if let Some(after) = rest
        .strip_prefix(['o', 'x'])
        .filter(|after| after.starts_with(' '))
    {
        rest = after;
    }
    if !token.contains('>') && !token.ends_with("---") && matches!(token, "--" | "==" | "-.") {
        // `a -- label --> b`: the label runs to the link's second half.
        let close = ["-->", "==>", ".->", "---"]
            .iter()
            .filter_map(|close| rest.find(close).map(|at| (at, close.len())))
            .min()?;
        let label = unescape(rest[..close.0].trim());
        return Some((label, &rest[close.0 + close.1..]));
    }
    let rest = rest.trim_start();
    if let Some(inner) = rest.strip_prefix('|') {
        let stop = inner.find('|')?;
        return Some((unescape(&inner[..stop]), &inner[stop + 1..]));
    }
    Some((String::new(), rest))
}

fn into_map(chart: Chart, title: String) -> Imported {
    let meta = MapMeta {
        title,
        ..MapMeta::default()
    };
    let mut shapes = Vec::new();
    for (node, label, kind, container) in &chart.nodes {
        let label = label.clone().unwrap_or_else(|| node.clone());
        let recorded = chart.site_ids.get(node).and_then(|id| {
            recorded_site(id, &label, kind.unwrap_or_default(), container.as_deref())
        });
        shapes.push(Shape {
            key: node.clone(),
            label,
            container: container.clone(),
            kind_hint: *kind,
            recorded,
        });
    }
    let mut edges = Vec::new();
    for (index, (from, to, label)) in chart.edges.iter().enumerate() {
        let recorded = chart.flow_ids.get(&index).and_then(|id| {
            let (from, to) = (chart.site_ids.get(from)?, chart.site_ids.get(to)?);
            let mut flow = crate::model::Flow::new(
                FlowId::new(id.as_str()).ok()?,
                SiteId::new(from.as_str()).ok()?,
                SiteId::new(to.as_str()).ok()?,
            );
            flow.data_classes = classes_of_label(label);
            Some(flow)
        });
        edges.push(Edge {
            from: from.clone(),
            to: to.clone(),
            label: label.clone(),
            recorded,
        });
    }
    let (map, guesses) = build(meta, shapes, edges);
    Imported { map, guesses }
}

/// A site the chart names by id (borderflow's comment): name, kind, city and jurisdiction read
/// from its node and subgraph as written.
fn recorded_site(id: &str, label: &str, kind: SiteKind, container: Option<&str>) -> Option<Site> {
    let jurisdiction = super::jurisdiction_named(container?)?;
    let mut lines = label.lines();
    let name = lines.next().unwrap_or_default();
    let mut site = Site::new(SiteId::new(id).ok()?, name, kind, jurisdiction);
    if let Some(place) = lines.next() {
        let kind_words: Vec<&str> = Language::ALL
            .iter()
            .map(|language| crate::scene::words::words(*language).kind(kind))
            .collect();
        site.city = match place.split_once(" · ") {
            Some((word, city)) if kind_words.contains(&word) => city.to_owned(),
            _ if kind_words.contains(&place) => String::new(),
            _ => place.to_owned(),
        };
    }
    Some(site)
}

/// The classes of a written label ("F3: Payroll, Attendance"): each class's name in any
/// language, longest first, so a name that holds a comma is read whole.
fn classes_of_label(label: &str) -> BTreeSet<DataClass> {
    let mut rest = match label.split_once(": ") {
        Some((tag, rest)) if tag.starts_with('F') => rest.trim().to_owned(),
        _ => label.trim().to_owned(),
    };
    let mut names: Vec<(String, DataClass)> = Vec::new();
    for language in Language::ALL {
        for class in DataClass::ALL {
            names.push((i18n::terms::class(*language, *class), *class));
        }
    }
    names.sort_by_key(|name| std::cmp::Reverse(name.0.len()));
    let mut found = BTreeSet::new();
    'outer: while !rest.is_empty() {
        for (name, class) in &names {
            if let Some(after) = rest.strip_prefix(name.as_str()) {
                found.insert(*class);
                rest = after.trim_start_matches([',', '、', ' ']).to_owned();
                continue 'outer;
            }
        }
        found.extend(super::reading::classes_in(&rest));
        break;
    }
    found
}
