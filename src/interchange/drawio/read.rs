//! A draw.io file (`.drawio`, compressed or not, or a `.drawio.svg`) read into a map.

use std::collections::{BTreeMap, BTreeSet};

use super::{HEAD_ATTRIBUTE, Head, KIND_ATTRIBUTE, RECORD_ATTRIBUTE, decompress};
use crate::interchange::reading::{decode_references, tidy_lines};
use crate::interchange::{Edge, FormatError, Imported, Shape, build, jurisdiction_mentioned};
use crate::model::{MapMeta, Point, SiteKind};
use crate::scene::Rect;

/// One cell of a page, with its data.
#[derive(Clone, Debug, Default)]
struct Cell {
    id: String,
    label: String,
    data: BTreeMap<String, String>,
    style: String,
    vertex: bool,
    edge: bool,
    parent: String,
    source: String,
    target: String,
    geometry: Option<Rect>,
}

/// Reads a draw.io diagram. `title` names a map whose diagram records none (the file's name).
pub fn read(bytes: &[u8], title: &str) -> Result<Imported, FormatError> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|error| FormatError::new("interchange-error-not-utf8", error.to_string()))?;
    let cells = cells_of_file(text, 0)?;
    let head = cells
        .iter()
        .find_map(|cell| cell.data.get(HEAD_ATTRIBUTE))
        .map(|text| ron::from_str::<Head>(text))
        .transpose()
        .map_err(|error| FormatError::new("interchange-error-record", error.to_string()))?;
    let meta = match &head {
        Some(head) => head.meta.clone(),
        None => MapMeta {
            title: title.to_owned(),
            ..MapMeta::default()
        },
    };
    let (shapes, edges) = shapes_and_edges(&cells)?;
    let (mut map, guesses) = build(meta, shapes, edges);
    if let Some(head) = head {
        map.assessment = head.assessment;
    }
    Ok(Imported { map, guesses })
}

fn xml_error(error: &roxmltree::Error) -> FormatError {
    FormatError::new("interchange-error-xml", error.to_string())
}

/// The cells of every page of an mxfile, a bare mxGraphModel or an SVG that carries one.
fn cells_of_file(text: &str, depth: u8) -> Result<Vec<Cell>, FormatError> {
    let document = roxmltree::Document::parse(text).map_err(|error| xml_error(&error))?;
    let root = document.root_element();
    match root.tag_name().name() {
        "svg" if depth == 0 => match root.attribute("content") {
            Some(content) => cells_of_file(content, depth + 1),
            None => Err(FormatError::new("interchange-error-no-diagram", "svg")),
        },
        "mxGraphModel" => Ok(cells_of_model(root, "")),
        "mxfile" => {
            let mut cells = Vec::new();
            let pages = root.children().filter(|node| node.has_tag_name("diagram"));
            for (index, page) in pages.enumerate() {
                // Cells of later pages get a prefix, so ids of two pages never meet.
                let prefix = if index == 0 {
                    String::new()
                } else {
                    format!("p{index}:")
                };
                if let Some(model) = page
                    .children()
                    .find(|node| node.has_tag_name("mxGraphModel"))
                {
                    cells.extend(cells_of_model(model, &prefix));
                } else if let Some(packed) = page.text().filter(|text| !text.trim().is_empty()) {
                    let xml = decompress(packed)
                        .ok_or_else(|| FormatError::new("interchange-error-compressed", ""))?;
                    let inner =
                        roxmltree::Document::parse(&xml).map_err(|error| xml_error(&error))?;
                    cells.extend(cells_of_model(inner.root_element(), &prefix));
                }
            }
            Ok(cells)
        }
        other => Err(FormatError::new("interchange-error-no-diagram", other)),
    }
}

fn cells_of_model(model: roxmltree::Node<'_, '_>, prefix: &str) -> Vec<Cell> {
    let Some(root) = model.children().find(|node| node.has_tag_name("root")) else {
        return Vec::new();
    };
    let id = |text: Option<&str>| text.map(|t| format!("{prefix}{t}")).unwrap_or_default();
    let mut cells = Vec::new();
    for node in root.children().filter(roxmltree::Node::is_element) {
        let (wrapper, cell) = if node.has_tag_name("mxCell") {
            (None, node)
        } else {
            match node.children().find(|child| child.has_tag_name("mxCell")) {
                Some(cell) => (Some(node), cell),
                None => continue,
            }
        };
        let mut data = BTreeMap::new();
        if let Some(wrapper) = wrapper {
            for attribute in wrapper.attributes() {
                data.insert(attribute.name().to_owned(), attribute.value().to_owned());
            }
        }
        let label = wrapper
            .and_then(|w| w.attribute("label"))
            .or_else(|| cell.attribute("value"))
            .unwrap_or_default();
        cells.push(Cell {
            id: id(wrapper
                .and_then(|w| w.attribute("id"))
                .or(cell.attribute("id"))),
            label: label.to_owned(),
            data,
            style: cell.attribute("style").unwrap_or_default().to_owned(),
            vertex: cell.attribute("vertex") == Some("1"),
            edge: cell.attribute("edge") == Some("1"),
            parent: id(cell.attribute("parent")),
            source: id(cell.attribute("source")),
            target: id(cell.attribute("target")),
            geometry: cell
                .children()
                .find(|child| child.has_tag_name("mxGeometry"))
                .and_then(geometry),
        });
    }
    cells
}

fn geometry(node: roxmltree::Node<'_, '_>) -> Option<Rect> {
    let value = |name| {
        node.attribute(name)
            .and_then(|text: &str| text.parse::<f32>().ok())
            .filter(|value| value.is_finite())
            .unwrap_or(0.0)
    };
    let (x, y) = (value("x"), value("y"));
    Some(Rect {
        min: Point::new(x, y),
        max: Point::new(x + value("width"), y + value("height")),
    })
}

/// How the page's vertices read: the containers and place labels that name where the shapes
/// inside or under them are, and the shapes that are sites.
fn shapes_and_edges(cells: &[Cell]) -> Result<(Vec<Shape>, Vec<Edge>), FormatError> {
    let by_id: BTreeMap<&str, &Cell> = cells.iter().map(|cell| (cell.id.as_str(), cell)).collect();
    let absolute = |cell: &Cell| absolute_rect(cell, &by_id);
    let edge_ids: BTreeSet<&str> = cells
        .iter()
        .filter(|cell| cell.edge)
        .map(|cell| cell.id.as_str())
        .collect();
    let parents: BTreeSet<&str> = cells
        .iter()
        .filter(|cell| cell.vertex)
        .map(|cell| cell.parent.as_str())
        .collect();
    let vertices: Vec<&Cell> = cells
        .iter()
        .filter(|cell| cell.vertex && !edge_ids.contains(cell.parent.as_str()))
        .collect();
    let is_text = |cell: &Cell| cell.style.starts_with("text;") || cell.style.contains(";text;");
    let is_container = |cell: &Cell| {
        cell.data.get(KIND_ATTRIBUTE).map(String::as_str) == Some("lane")
            || ["swimlane", "container=1", "group"]
                .iter()
                .any(|word| cell.style.contains(word))
            || parents.contains(cell.id.as_str())
    };
    // A box drawn behind other shapes and named after a place holds them too.
    let holds_others = |cell: &Cell| {
        let Some(outer) = absolute(cell) else {
            return false;
        };
        jurisdiction_mentioned(&plain_text(&cell.label)).is_some()
            && vertices.iter().any(|other| {
                other.id != cell.id
                    && absolute(other).is_some_and(|inner| {
                        inner.width() * inner.height() < outer.width() * outer.height()
                            && contains(&outer, inner.centre())
                    })
            })
    };
    let mut places: Vec<(&Cell, Rect)> = Vec::new();
    let mut labels: Vec<(&Cell, Rect)> = Vec::new();
    let mut sites: Vec<&Cell> = Vec::new();
    for cell in &vertices {
        let rect = absolute(cell);
        if is_text(cell) {
            if let Some(rect) =
                rect.filter(|_| jurisdiction_mentioned(&plain_text(&cell.label)).is_some())
            {
                labels.push((cell, rect));
            }
        } else if is_container(cell) || holds_others(cell) {
            if let Some(rect) = rect {
                places.push((cell, rect));
            }
        } else {
            sites.push(cell);
        }
    }
    // Smallest first: the innermost box that names a place decides.
    places.sort_by(|a, b| area(&a.1).total_cmp(&area(&b.1)));
    let mut shapes = Vec::new();
    for cell in sites {
        let centre = absolute(cell).map(|rect| rect.centre());
        let container = centre.and_then(|centre| place_of(centre, &places, &labels));
        shapes.push(Shape {
            key: cell.id.clone(),
            label: plain_text(&cell.label),
            container,
            kind_hint: kind_of_style(&cell.style),
            recorded: recorded(cell, "site")?.map(|site| renamed(cell, site)),
        });
    }
    let mut edges = Vec::new();
    for cell in cells.iter().filter(|cell| cell.edge) {
        let mut label = plain_text(&cell.label);
        for piece in cells.iter().filter(|c| c.vertex && c.parent == cell.id) {
            let text = plain_text(&piece.label);
            if !text.is_empty() {
                if !label.is_empty() {
                    label.push(' ');
                }
                label.push_str(&text);
            }
        }
        edges.push(Edge {
            from: cell.source.clone(),
            to: cell.target.clone(),
            label,
            recorded: recorded(cell, "flow")?,
        });
    }
    Ok((shapes, edges))
}

/// The title of what places a shape whose centre is `centre`: the innermost container or box
/// holding it that names a place, else the place label over its column nearest above it.
fn place_of(centre: Point, places: &[(&Cell, Rect)], labels: &[(&Cell, Rect)]) -> Option<String> {
    let title = |cell: &Cell| plain_text(&cell.label).replace('\n', " ");
    let named = |cell: &Cell| jurisdiction_mentioned(&title(cell)).is_some();
    if let Some((cell, _)) = places
        .iter()
        .find(|(cell, rect)| contains(rect, centre) && named(cell))
    {
        return Some(title(cell));
    }
    labels
        .iter()
        .filter(|(_, rect)| rect.min.y <= centre.y && column_holds(rect, centre.x))
        .min_by(|a, b| (centre.y - a.1.min.y).total_cmp(&(centre.y - b.1.min.y)))
        .map(|(cell, _)| title(cell))
}

/// A heading's column: its width, widened to at least 160 units around its centre.
fn column_holds(rect: &Rect, x: f32) -> bool {
    let half = (rect.width() / 2.0).max(80.0);
    (x - rect.centre().x).abs() <= half
}

fn contains(rect: &Rect, point: Point) -> bool {
    rect.min.x <= point.x && point.x <= rect.max.x && rect.min.y <= point.y && point.y <= rect.max.y
}

fn area(rect: &Rect) -> f32 {
    rect.width() * rect.height()
}

/// A vertex's rectangle on the page: its geometry moved by its parents' (children of a
/// container are placed relative to it).
fn absolute_rect(cell: &Cell, by_id: &BTreeMap<&str, &Cell>) -> Option<Rect> {
    let mut rect = cell.geometry?;
    let mut parent = by_id.get(cell.parent.as_str());
    let mut steps = 0;
    while let Some(outer) = parent.filter(|outer| outer.vertex) {
        if let Some(offset) = outer.geometry {
            rect.min = Point::new(rect.min.x + offset.min.x, rect.min.y + offset.min.y);
            rect.max = Point::new(rect.max.x + offset.min.x, rect.max.y + offset.min.y);
        }
        steps += 1;
        if steps > 64 {
            break;
        }
        parent = by_id.get(outer.parent.as_str());
    }
    Some(rect)
}

fn kind_of_style(style: &str) -> Option<SiteKind> {
    if style.contains("cylinder") {
        Some(SiteKind::System)
    } else if style.contains("cloud") {
        Some(SiteKind::Datacentre)
    } else if style.contains("umlActor") || style.contains("actor") || style.contains("person") {
        Some(SiteKind::People)
    } else {
        None
    }
}

/// A recorded site whose shape was renamed in draw.io takes the name its label now shows.
fn renamed(cell: &Cell, mut site: crate::model::Site) -> crate::model::Site {
    let first_line = |label: &str| {
        plain_text(label)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let written = first_line(&format!(
        "<b>{}</b>",
        crate::text::escape::xml_line(&site.name)
    ));
    let shown = first_line(&cell.label);
    if shown != written && !shown.is_empty() {
        site.name = shown;
    }
    site
}

/// The record borderflow kept in a cell of `kind`, if it did.
fn recorded<T: serde::de::DeserializeOwned>(
    cell: &Cell,
    kind: &str,
) -> Result<Option<T>, FormatError> {
    if cell.data.get(KIND_ATTRIBUTE).map(String::as_str) != Some(kind) {
        return Ok(None);
    }
    let Some(record) = cell.data.get(RECORD_ATTRIBUTE) else {
        return Ok(None);
    };
    ron::from_str(record).map(Some).map_err(|error| {
        FormatError::new("interchange-error-record", format!("{}: {error}", cell.id))
    })
}

/// An HTML label (draw.io's `html=1`) as plain text: line breaks kept, tags dropped, entities
/// decoded. A plain label comes back as it is.
pub(crate) fn plain_text(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut rest = label;
    while let Some(start) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..start]));
        let Some(end) = rest[start..].find('>') else {
            out.push_str(&decode_entities(&rest[start..]));
            rest = "";
            break;
        };
        let tag = rest[start + 1..start + end].trim().to_lowercase();
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap_or_default();
        if matches!(name, "br" | "div" | "p" | "li" | "tr")
            && !out.ends_with('\n')
            && !out.is_empty()
        {
            out.push('\n');
        }
        rest = &rest[start + end + 1..];
    }
    out.push_str(&decode_entities(rest));
    tidy_lines(&out)
}

fn decode_entities(text: &str) -> String {
    decode_references(text, '&')
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn html_labels_read_as_their_text() {
        assert_eq!(
            plain_text("<b>DingTalk</b><br>Hangzhou &amp; co<div>&lt;x&gt;&#28595;</div>"),
            "DingTalk\nHangzhou & co\n<x>澳"
        );
        assert_eq!(plain_text("plain & simple"), "plain & simple");
    }
}
