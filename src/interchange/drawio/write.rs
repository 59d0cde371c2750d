//! The map as a draw.io mxfile, and the SVG page that carries it.

use std::borrow::Cow;

use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, Event};

use super::{HEAD_ATTRIBUTE, Head, KIND_ATTRIBUTE, RECORD_ATTRIBUTE, compress};
use crate::export::{DiagramError, SvgOptions};
use crate::interchange::flow_label;
use crate::model::{Lane, Language, Map, SiteKind};
use crate::rules::Evaluated;
use crate::rules::Evaluation;
use crate::scene::{self, Options, Rect, Scene};

/// The diagram of `map` as a draw.io file (`.drawio`): one page, its XML uncompressed when
/// `compressed` is false (readable, and what version control diffs well), else compressed as
/// draw.io writes it by default.
pub fn mxfile(map: &Map, evaluation: &Evaluation, language: Language, compressed: bool) -> String {
    let model = graph_model(map, evaluation, language);
    let mut writer = Writer::new(Vec::new());
    let title = clean(if map.meta.title.is_empty() {
        "borderflow"
    } else {
        &map.meta.title
    });
    let file = BytesStart::new("mxfile").with_attributes([("host", "borderflow")]);
    let diagram = BytesStart::new("diagram")
        .with_attributes([("id", "borderflow"), ("name", title.as_ref())]);
    // Writing into a Vec cannot fail.
    let _ = writer.write_event(Event::Start(file));
    let _ = writer.write_event(Event::Start(diagram));
    let mut out = String::from_utf8(writer.into_inner()).unwrap_or_default();
    if compressed {
        out.push_str(&compress(&model));
    } else {
        out.push_str(&model);
    }
    out.push_str("</diagram></mxfile>\n");
    out
}

/// The SVG page of `map` (as `borderflow export` writes it) with its draw.io diagram in the
/// root element's `content` attribute: browsers show the page, draw.io opens the diagram.
pub fn drawio_svg(input: &Evaluated<'_>, options: &SvgOptions) -> Result<String, DiagramError> {
    let page = crate::export::diagram_page(input, options)?;
    let file = mxfile(input.map, input.evaluation, input.language, true);
    let content = quick_xml::escape::escape(file.trim_end());
    Ok(match page.find("<svg") {
        Some(start) => {
            let at = start + "<svg".len();
            format!("{} content=\"{content}\"{}", &page[..at], &page[at..])
        }
        None => page,
    })
}

/// The `<mxGraphModel>` of the diagram: root cells, lanes, sites, flows.
fn graph_model(map: &Map, evaluation: &Evaluation, language: Language) -> String {
    let drawn = crate::layout::laid_out(map);
    let scene = scene::build_with(
        drawn.as_ref(),
        Some(evaluation),
        &Options {
            language,
            page: true,
        },
    );
    let mut cells = Cells::default();
    let head = Head {
        meta: map.meta.clone(),
        assessment: map.assessment.clone(),
    };
    cells.root(&ron::to_string(&head).unwrap_or_default());
    lanes(&mut cells, &scene);
    sites(&mut cells, map, &scene);
    flows(&mut cells, map, &scene, language);
    let mut writer = Writer::new(Vec::new());
    let model = BytesStart::new("mxGraphModel").with_attributes([
        ("grid", "1"),
        ("gridSize", "10"),
        ("guides", "1"),
        ("connect", "1"),
        ("arrows", "1"),
        ("page", "0"),
    ]);
    let _ = writer.write_event(Event::Start(model));
    let _ = writer.write_event(Event::Start(BytesStart::new("root")));
    let mut out = String::from_utf8(writer.into_inner()).unwrap_or_default();
    out.push_str(&cells.xml);
    out.push_str("</root></mxGraphModel>");
    out
}

fn lane_cell_id(lane: Lane) -> String {
    format!("lane-{}", lane.index())
}

fn lanes(cells: &mut Cells, scene: &Scene) {
    for band in &scene.lanes {
        let heading: Vec<&str> = band.heading.iter().map(|line| line.text.as_str()).collect();
        let lane = band.lane.default_jurisdiction();
        cells.vertex(
            &lane_cell_id(band.lane),
            &escape_html(&heading.join(" ")),
            &[(KIND_ATTRIBUTE, "lane"), ("lane", lane.id())],
            "swimlane;startSize=36;html=1;whiteSpace=wrap;fontStyle=1;fillColor=#f5f5f5;\
             strokeColor=#b0b0b0;swimlaneFillColor=#fbfbfb;",
            "1",
            band.rect,
        );
    }
}

fn sites(cells: &mut Cells, map: &Map, scene: &Scene) {
    let words = scene::words::words(scene.language);
    for card in &scene.sites {
        let Some(site) = map.site(&card.id) else {
            continue;
        };
        let lane = scene
            .lanes
            .iter()
            .find(|band| band.lane == site.jurisdiction.lane());
        let (parent, rect) = match lane {
            Some(band) => (lane_cell_id(band.lane), relative(card.rect, band.rect)),
            None => ("1".to_owned(), card.rect),
        };
        let mut label = format!("<b>{}</b>", escape_html(&site.name));
        let mut place = words.kind(site.kind).to_owned();
        if !site.city.is_empty() {
            place.push_str(" · ");
            place.push_str(&site.city);
        }
        label.push_str("<br>");
        label.push_str(&escape_html(&place));
        let style = format!(
            "{}whiteSpace=wrap;html=1;fillColor=#ffffff;strokeColor={};strokeWidth={};",
            shape_style(site.kind),
            card.outline.ink.hex(),
            number(card.outline.width),
        );
        let record = ron::to_string(site).unwrap_or_default();
        cells.vertex(
            &format!("site-{}", site.id),
            &label,
            &[
                (KIND_ATTRIBUTE, "site"),
                ("site_id", site.id.as_str()),
                ("kind", site.kind.id()),
                ("jurisdiction", site.jurisdiction.id()),
                ("city", &clean(&site.city)),
                (RECORD_ATTRIBUTE, &record),
            ],
            &style,
            &parent,
            rect,
        );
    }
}

fn flows(cells: &mut Cells, map: &Map, scene: &Scene, language: Language) {
    let numbers = scene::flow_numbers(map);
    for arrow in &scene.flows {
        let Some(view) = map.flow(&arrow.id) else {
            continue;
        };
        let flow = view.flow;
        let label = flow_label(numbers.get(&flow.id).copied(), flow, language);
        let classes: Vec<&str> = flow.data_classes.iter().map(|class| class.id()).collect();
        let safeguards: Vec<&str> = flow.safeguards.iter().map(|s| s.id()).collect();
        let severity = arrow.worst_severity.map(|s| s.name()).unwrap_or("none");
        let mut style = format!(
            "endArrow=block;endFill=1;html=1;curved=1;fontSize=11;labelBackgroundColor=#ffffff;\
             strokeColor={};strokeWidth={};",
            arrow.stroke.ink.hex(),
            number(arrow.stroke.width),
        );
        if arrow.remote_access {
            style.push_str("dashed=1;");
        }
        let number = numbers
            .get(&flow.id)
            .map(usize::to_string)
            .unwrap_or_default();
        let record = ron::to_string(flow).unwrap_or_default();
        cells.edge(
            &format!("flow-{}", flow.id),
            &escape_html(&label),
            &[
                (KIND_ATTRIBUTE, "flow"),
                ("flow_id", flow.id.as_str()),
                ("number", &number),
                ("data_classes", &classes.join(" ")),
                ("safeguards", &safeguards.join(" ")),
                ("severity", severity),
                (RECORD_ATTRIBUTE, &record),
            ],
            &style,
            (&format!("site-{}", flow.from), &format!("site-{}", flow.to)),
        );
    }
}

fn shape_style(kind: SiteKind) -> &'static str {
    match kind {
        SiteKind::Office => "rounded=1;arcSize=12;",
        SiteKind::Saas => "rounded=1;arcSize=50;",
        SiteKind::Datacentre => "shape=cylinder3;boundedLbl=1;size=8;",
        SiteKind::System => "shape=process;size=0.06;",
        SiteKind::Party => "shape=hexagon;perimeter=hexagonPerimeter2;size=0.08;",
        SiteKind::People => "ellipse;",
    }
}

fn relative(rect: Rect, parent: Rect) -> Rect {
    Rect {
        min: crate::model::Point::new(rect.min.x - parent.min.x, rect.min.y - parent.min.y),
        max: crate::model::Point::new(rect.max.x - parent.min.x, rect.max.y - parent.min.y),
    }
}

/// A length as draw.io writes it: at most two decimals, no trailing zeros.
fn number(value: f32) -> String {
    let rounded = (f64::from(value) * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Text with the characters XML cannot carry dropped and line breaks made spaces.
fn clean(text: &str) -> Cow<'_, str> {
    if text
        .chars()
        .all(|c| !crate::text::is_hidden_or_forbidden(c) && !matches!(c, '\t' | '\n' | '\r'))
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|c| !crate::text::is_hidden_or_forbidden(*c) || matches!(c, '\t' | '\n' | '\r'))
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect(),
    )
}

/// Text for an HTML label (draw.io's `html=1`): markup escaped, so `<script>` shows as text.
fn escape_html(text: &str) -> String {
    crate::text::escape::xml_line(text)
}

/// The cells, written one after the other.
#[derive(Default)]
struct Cells {
    xml: String,
}

impl Cells {
    fn push(&mut self, event: Event<'_>) {
        let mut writer = Writer::new(Vec::new());
        let _ = writer.write_event(event);
        self.xml
            .push_str(&String::from_utf8(writer.into_inner()).unwrap_or_default());
    }

    fn object(&mut self, id: &str, label: &str, data: &[(&str, &str)]) {
        let mut object = BytesStart::new("object");
        object.push_attribute(("label", clean(label).as_ref()));
        for (key, value) in data {
            // Records are RON, whose strings escape every control and hidden character.
            if *key == RECORD_ATTRIBUTE || *key == HEAD_ATTRIBUTE {
                object.push_attribute((*key, *value));
            } else {
                object.push_attribute((*key, clean(value).as_ref()));
            }
        }
        object.push_attribute(("id", id));
        self.push(Event::Start(object));
    }

    fn root(&mut self, head: &str) {
        self.object("0", "", &[(KIND_ATTRIBUTE, "map"), (HEAD_ATTRIBUTE, head)]);
        self.push(Event::Empty(BytesStart::new("mxCell")));
        self.push(Event::End(BytesEnd::new("object")));
        let layer = BytesStart::new("mxCell").with_attributes([("id", "1"), ("parent", "0")]);
        self.push(Event::Empty(layer));
    }

    fn vertex(
        &mut self,
        id: &str,
        label: &str,
        data: &[(&str, &str)],
        style: &str,
        parent: &str,
        rect: Rect,
    ) {
        self.object(id, label, data);
        let cell = BytesStart::new("mxCell").with_attributes([
            ("style", style),
            ("vertex", "1"),
            ("parent", parent),
        ]);
        self.push(Event::Start(cell));
        let (x, y) = (number(rect.min.x), number(rect.min.y));
        let (width, height) = (number(rect.width()), number(rect.height()));
        let geometry = BytesStart::new("mxGeometry").with_attributes([
            ("x", x.as_str()),
            ("y", y.as_str()),
            ("width", width.as_str()),
            ("height", height.as_str()),
            ("as", "geometry"),
        ]);
        self.push(Event::Empty(geometry));
        self.push(Event::End(BytesEnd::new("mxCell")));
        self.push(Event::End(BytesEnd::new("object")));
    }

    fn edge(
        &mut self,
        id: &str,
        label: &str,
        data: &[(&str, &str)],
        style: &str,
        (source, target): (&str, &str),
    ) {
        self.object(id, label, data);
        let cell = BytesStart::new("mxCell").with_attributes([
            ("style", style),
            ("edge", "1"),
            ("parent", "1"),
            ("source", source),
            ("target", target),
        ]);
        self.push(Event::Start(cell));
        let geometry =
            BytesStart::new("mxGeometry").with_attributes([("relative", "1"), ("as", "geometry")]);
        self.push(Event::Empty(geometry));
        self.push(Event::End(BytesEnd::new("mxCell")));
        self.push(Event::End(BytesEnd::new("object")));
    }
}
