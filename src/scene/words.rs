//! The diagram's own words (lane titles, legend, title block, flow labels) in each language, in
//! one place. Names, cities and the map's texts are printed as written; data classes come from
//! [`crate::model::terms`]. Chinese follows the Macau family of terms for tool text and the
//! glossary's official names for places.

use crate::model::{Lane, Language, Severity, SiteKind};

/// Every fixed word of the diagram in one language.
#[derive(Debug)]
pub struct Words {
    /// Lane titles, in [`Lane::ALL`] order.
    pub lanes: [&'static str; 5],
    /// Site kinds, in [`SiteKind::ALL`] order.
    pub kinds: [&'static str; 6],
    /// Severities from critical down to info.
    pub severities: [&'static str; 5],
    /// The legend's heading.
    pub legend: &'static str,
    /// Heads the severity samples: the worst finding on a flow.
    pub worst_finding: &'static str,
    /// A flow with no finding.
    pub no_finding: &'static str,
    /// How width and dashes read.
    pub line_styles: &'static str,
    /// Explains the sensitivity marks after data classes.
    pub class_marks: &'static str,
    /// The legend when no flow records a data class.
    pub no_classes_recorded: &'static str,
    /// A flow label's text when the flow records no data class.
    pub no_classes: &'static str,
    /// After a count on an arrow that stands for many flows between the same two sites.
    pub flows: &'static str,
    /// Between the items of a list (data classes on a label).
    pub separator: &'static str,
    /// The lanes left out because no site is in them.
    pub empty_lanes: &'static str,
    /// The heading of the flows listed under the diagram.
    pub flows_key: &'static str,
    /// The heading of the names too long for their card, listed in full.
    pub names_key: &'static str,
    /// Shown for a site whose name is empty.
    pub unnamed: &'static str,
    /// The title block: what the page is.
    pub diagram: &'static str,
    /// The title block: the map's last change.
    pub modified: &'static str,
    /// The title block: a date not recorded.
    pub not_recorded: &'static str,
    /// The title block: the map's content hash.
    pub content_hash: &'static str,
    /// The title block: the rules' date.
    pub rules_as_of: &'static str,
}

impl Words {
    /// The title of a lane.
    pub fn lane(&self, lane: Lane) -> &'static str {
        self.lanes.get(lane.index()).copied().unwrap_or_default()
    }

    /// The name of a site kind.
    pub fn kind(&self, kind: SiteKind) -> &'static str {
        SiteKind::ALL
            .iter()
            .position(|k| *k == kind)
            .and_then(|index| self.kinds.get(index))
            .copied()
            .unwrap_or_default()
    }

    /// The name of a severity.
    pub fn severity(&self, severity: Severity) -> &'static str {
        let index = match severity {
            Severity::Critical => 0,
            Severity::High => 1,
            Severity::Medium => 2,
            Severity::Low => 3,
            Severity::Info => 4,
        };
        self.severities.get(index).copied().unwrap_or_default()
    }
}

const ENGLISH: Words = Words {
    lanes: [
        "Macau",
        "Mainland GBA (incl. Hengqin)",
        "Mainland (rest)",
        "Hong Kong",
        "Elsewhere",
    ],
    kinds: [
        "Office",
        "SaaS platform",
        "Data centre",
        "Internal system",
        "Outside party",
        "Group of people",
    ],
    severities: ["Critical", "High", "Medium", "Low", "Info only"],
    legend: "Legend",
    worst_finding: "Worst finding on the flow",
    no_finding: "No finding",
    line_styles: "Thicker: worse finding, thicker again across a border · dashed: remote access",
    class_marks: "[M] sensitive under Macau PDPA Art 7 · [P] sensitive under PIPL Art 28",
    no_classes_recorded: "No data classes recorded",
    no_classes: "no data classes",
    flows: "flows",
    separator: ", ",
    empty_lanes: "No sites in",
    flows_key: "Flows and the data they carry",
    names_key: "Names in full",
    unnamed: "unnamed site",
    diagram: "Data-flow diagram",
    modified: "map modified",
    not_recorded: "not recorded",
    content_hash: "content hash",
    rules_as_of: "rules as of",
};

const CHINESE: Words = Words {
    lanes: [
        "澳門",
        "大灣區內地九市（含橫琴）",
        "內地（大灣區以外）",
        "香港",
        "其他地區",
    ],
    kinds: [
        "辦公地點",
        "SaaS 平台",
        "數據中心",
        "內部系統",
        "外部機構",
        "資料當事人群組",
    ],
    severities: ["嚴重", "高", "中", "低", "資訊"],
    legend: "圖例",
    worst_finding: "資料流最嚴重的發現事項",
    no_finding: "無發現事項",
    line_styles: "線愈粗，發現事項愈嚴重；跨境再加粗 · 虛線：遠程查閱",
    class_marks: "[M] 《個人資料保護法》第七條的敏感資料 · [P] 《個人信息保護法》第二十八條的敏感個人信息",
    no_classes_recorded: "未記錄資料類別",
    no_classes: "無資料類別",
    flows: "條資料流",
    separator: "、",
    empty_lanes: "沒有地點的法域欄",
    flows_key: "資料流及所載資料",
    names_key: "完整名稱",
    unnamed: "未命名地點",
    diagram: "資料流向圖",
    modified: "地圖修改日期",
    not_recorded: "未記錄",
    content_hash: "內容雜湊值",
    rules_as_of: "規則適用日期",
};

const PORTUGUESE: Words = Words {
    lanes: [
        "Macau",
        "Grande Baía no Interior da China (incl. Hengqin)",
        "Interior da China (fora da Grande Baía)",
        "Hong Kong",
        "Outros locais",
    ],
    kinds: [
        "Escritório",
        "Plataforma SaaS",
        "Centro de dados",
        "Sistema interno",
        "Entidade externa",
        "Grupo de titulares dos dados",
    ],
    severities: ["Crítica", "Alta", "Média", "Baixa", "Informativa"],
    legend: "Legenda",
    worst_finding: "Constatação mais grave do fluxo",
    no_finding: "Sem constatações",
    line_styles: "Mais grossa: constatação mais grave, e mais ainda ao atravessar uma fronteira · \
tracejada: acesso remoto",
    class_marks: "[M] dados sensíveis (LPDP, art. 7.º) · [P] informações pessoais sensíveis \
(LPIP, art. 28.º)",
    no_classes_recorded: "Nenhuma categoria de dados registada",
    no_classes: "sem categorias de dados",
    flows: "fluxos",
    separator: ", ",
    empty_lanes: "Sem locais em",
    flows_key: "Fluxos e dados transmitidos",
    names_key: "Nomes completos",
    unnamed: "local sem nome",
    diagram: "Diagrama dos fluxos de dados",
    modified: "mapa alterado em",
    not_recorded: "não registado",
    content_hash: "código do conteúdo",
    rules_as_of: "regras em vigor em",
};

/// The diagram's words in `language`.
pub fn words(language: Language) -> &'static Words {
    match language {
        Language::English => &ENGLISH,
        Language::TraditionalChinese => &CHINESE,
        Language::Portuguese => &PORTUGUESE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_word() {
        for language in Language::ALL {
            let w = words(*language);
            for word in w.lanes.iter().chain(&w.kinds).chain(&w.severities).chain(&[
                w.legend,
                w.worst_finding,
                w.no_finding,
                w.line_styles,
                w.class_marks,
                w.no_classes_recorded,
                w.no_classes,
                w.empty_lanes,
                w.flows_key,
                w.names_key,
                w.unnamed,
                w.diagram,
                w.modified,
                w.not_recorded,
                w.content_hash,
                w.rules_as_of,
            ]) {
                assert!(!word.trim().is_empty(), "{language:?}");
            }
        }
        assert_eq!(
            words(Language::TraditionalChinese).lane(Lane::HongKong),
            "香港"
        );
        assert_eq!(
            words(Language::Portuguese).kind(SiteKind::Datacentre),
            "Centro de dados"
        );
        assert_eq!(
            words(Language::English).severity(Severity::Critical),
            "Critical"
        );
    }
}
