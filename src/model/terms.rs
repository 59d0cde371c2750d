//! The map's vocabulary in the report's and the diagram's languages: data classes, legal bases,
//! safeguards, recipient roles and the main jurisdictions. Each table row is (id, 繁體中文,
//! Português); an id missing from a table, or English, uses the vocabulary's own English label.

use super::{DataClass, Jurisdiction, Language, LegalBasis, RecipientRole, Safeguard};

type Row = (&'static str, &'static str, &'static str);

const CLASSES: &[Row] = &[
    ("contact", "聯絡資料", "Dados de contacto"),
    (
        "identity_document",
        "身份證明文件",
        "Documentos de identificação",
    ),
    (
        "identity_number",
        "身份證明文件號碼",
        "Números de documentos de identificação",
    ),
    ("biometric", "生物識別資料", "Dados biométricos"),
    ("health", "健康資料", "Dados de saúde"),
    ("genetic", "遺傳資料", "Dados genéticos"),
    (
        "sex_life",
        "性生活或性取向",
        "Vida sexual ou orientação sexual",
    ),
    ("racial_ethnic", "種族或民族血統", "Origem racial ou étnica"),
    (
        "religion_belief",
        "宗教或哲學信仰",
        "Convicções religiosas ou filosóficas",
    ),
    (
        "political_union",
        "政治見解或工會會籍",
        "Opiniões políticas ou filiação sindical",
    ),
    ("private_life", "私人生活", "Vida privada"),
    ("financial_account", "金融賬戶", "Contas financeiras"),
    (
        "credit_solvency",
        "信用及償付能力",
        "Crédito e solvabilidade",
    ),
    ("payroll", "薪酬", "Processamento salarial"),
    ("attendance", "考勤", "Assiduidade"),
    ("location", "位置", "Localização"),
    (
        "chat_content",
        "聊天及訊息內容",
        "Conteúdo de conversas e mensagens",
    ),
    ("hr_record", "人事記錄", "Registos de pessoal"),
    (
        "minor_under14",
        "未滿十四歲兒童",
        "Crianças com menos de 14 anos",
    ),
    ("offence", "違法行為", "Infracções"),
    ("image_voice", "影像及聲音", "Imagem e voz"),
    (
        "device_log",
        "裝置及存取記錄",
        "Registos de dispositivos e de acesso",
    ),
];

const BASES: &[Row] = &[
    ("consent", "同意", "Consentimento"),
    ("explicit_consent", "明示同意", "Consentimento expresso"),
    ("contract", "與當事人的合同", "Contrato com o titular"),
    (
        "contract_third_party",
        "為當事人利益的合同",
        "Contrato no interesse do titular",
    ),
    ("legal_obligation", "法定義務", "Obrigação legal"),
    ("vital_interest", "切身利益", "Interesse vital"),
    (
        "public_interest",
        "公共利益或法律訴求",
        "Interesse público ou direitos em juízo",
    ),
    ("public_register", "公開登記", "Registo público"),
    ("legitimate_interest", "正當利益", "Interesse legítimo"),
    (
        "hr_management",
        "人力資源管理（個人信息保護法第13條）",
        "Gestão de recursos humanos (PIPL art. 13.º)",
    ),
    ("none", "未記錄", "Não registado"),
];

const SAFEGUARDS: &[Row] = &[
    (
        "explicit_consent",
        "對傳輸的明示同意",
        "Consentimento expresso para a transferência",
    ),
    (
        "separate_consent",
        "單獨同意（個人信息保護法）",
        "Consentimento separado (PIPL)",
    ),
    (
        "guardian_consent",
        "監護人同意",
        "Consentimento do representante legal",
    ),
    ("notice_given", "已告知", "Aviso prestado"),
    (
        "notice_names_recipient",
        "告知接收方及地點",
        "Aviso indica destinatário e local",
    ),
    (
        "macau_notification",
        "已向澳門當局通知",
        "Notificação em Macau apresentada",
    ),
    (
        "macau_authorisation",
        "已獲澳門當局許可",
        "Autorização de Macau concedida",
    ),
    (
        "processor_contract",
        "委託處理合同",
        "Contrato com o subcontratante",
    ),
    (
        "cn_standard_contract",
        "內地標準合同",
        "Contrato-tipo do Interior da China",
    ),
    (
        "gba_standard_contract",
        "大灣區標準合同",
        "Contrato-tipo da Grande Baía",
    ),
    (
        "cn_certification",
        "內地認證",
        "Certificação do Interior da China",
    ),
    (
        "cac_assessment",
        "網信辦安全評估",
        "Avaliação de segurança da CAC",
    ),
    (
        "pia_done",
        "已完成影響評估",
        "Avaliação de impacto arquivada",
    ),
    ("encryption_in_transit", "傳輸加密", "Cifragem em trânsito"),
    ("e2ee", "端對端加密", "Cifragem ponta a ponta"),
    ("encryption_at_rest", "靜態加密", "Cifragem em repouso"),
    ("access_control", "存取控制", "Controlo de acessos"),
    ("audit_log", "審計記錄", "Registo de auditoria"),
    (
        "breach_plan",
        "資料外洩應變計劃",
        "Plano de resposta a violações",
    ),
    (
        "biometric_alternative",
        "提供非生物識別替代方式",
        "Alternativa não biométrica oferecida",
    ),
    (
        "sharing_agreement",
        "與接收方處理者訂立的協議",
        "Acordo com o destinatário responsável",
    ),
];

const ROLES: &[Row] = &[
    ("processor", "受託處理者", "Subcontratante"),
    ("controller", "負責處理者", "Responsável pelo tratamento"),
    ("joint_controller", "共同負責處理者", "Responsável conjunto"),
];

const JURISDICTIONS: &[Row] = &[
    ("MO", "澳門特別行政區", "RAE de Macau"),
    (
        "CN-GBA",
        "內地（大灣區）",
        "Interior da China (Grande Baía)",
    ),
    ("CN", "中國內地", "Interior da China"),
    ("HK", "香港特別行政區", "RAE de Hong Kong"),
    ("OTHER", "其他地方", "Outro local"),
];

fn pick(table: &[Row], language: Language, id: &str, english: &'static str) -> &'static str {
    let row = table.iter().find(|(row_id, _, _)| *row_id == id);
    match (language, row) {
        (Language::TraditionalChinese, Some((_, chinese, _))) => chinese,
        (Language::Portuguese, Some((_, _, portuguese))) => portuguese,
        _ => english,
    }
}

/// A data class in `language`.
pub fn class(language: Language, class: DataClass) -> &'static str {
    pick(CLASSES, language, class.id(), class.label())
}

/// A legal basis in `language`.
pub fn basis(language: Language, basis: LegalBasis) -> &'static str {
    pick(BASES, language, basis.id(), basis.label())
}

/// A safeguard in `language`.
pub fn safeguard(language: Language, safeguard: Safeguard) -> &'static str {
    pick(SAFEGUARDS, language, safeguard.id(), safeguard.label())
}

/// A recipient role in `language`.
pub fn role(language: Language, role: RecipientRole) -> &'static str {
    pick(ROLES, language, role.id(), role.label())
}

/// A jurisdiction in `language`; other countries keep their English name.
pub fn jurisdiction(language: Language, jurisdiction: &Jurisdiction) -> String {
    let english = jurisdiction.label();
    JURISDICTIONS
        .iter()
        .find(|(id, _, _)| *id == jurisdiction.id())
        .map_or_else(
            || english.to_owned(),
            |(_, chinese, portuguese)| match language {
                Language::TraditionalChinese => (*chinese).to_owned(),
                Language::Portuguese => (*portuguese).to_owned(),
                Language::English => english.to_owned(),
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_of_the_vocabularies_has_both_translations() {
        for (table, ids) in [
            (
                CLASSES,
                DataClass::ALL.iter().map(|v| v.id()).collect::<Vec<_>>(),
            ),
            (SAFEGUARDS, Safeguard::ALL.iter().map(|v| v.id()).collect()),
            (BASES, LegalBasis::ALL.iter().map(|v| v.id()).collect()),
            (ROLES, RecipientRole::ALL.iter().map(|v| v.id()).collect()),
        ] {
            for id in ids {
                assert!(
                    table.iter().any(|(row, _, _)| *row == id),
                    "`{id}` has no translation"
                );
            }
            assert_eq!(
                table.len(),
                table
                    .iter()
                    .map(|r| r.0)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
            );
        }
    }

    #[test]
    fn english_keeps_the_vocabulary_labels() {
        assert_eq!(class(Language::English, DataClass::Payroll), "Payroll");
        assert_eq!(
            class(Language::TraditionalChinese, DataClass::Payroll),
            "薪酬"
        );
        assert_eq!(
            jurisdiction(Language::Portuguese, &Jurisdiction::Macau),
            "RAE de Macau"
        );
    }
}
