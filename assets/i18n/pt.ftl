# borderflow em português (ortografia de Macau: protecção, acção).
# Each line is `key = text`; `{ $name }` is filled in by the program. Keep every key and
# placeholder of en.ftl; see assets/i18n/README.md.

## The report's fixed words

report-report = Avaliação de impacto sobre a protecção de dados
report-organisation = Organização
report-evaluated-on = Regras em vigor em
report-map-fingerprint = Impressão digital do mapa
report-labelled = { $label }: { $value }
report-heading-colon = { $label }:
report-list-separator = { "; " }
report-item-separator = { ", " }
report-s1 = 1. Descrição do tratamento
report-s2 = 2. Diagrama dos fluxos de dados
report-s3 = 3. Inventário dos fluxos
report-s4 = 4. Questões de notificação e registo
report-s5 = 5. Mecanismos de transferência
report-s6 = 6. Registo de riscos
report-s7 = 7. Mapa de calor dos riscos
report-s8 = 8. Plano de acção
report-s9 = 9. Aprovação
report-s10 = 10. Regras, data e ressalvas
report-not-answered = Ainda sem resposta: preencha-a no espaço de trabalho da AIPD.
report-platforms = Plataformas e onde guardam os dados
report-no-platforms = O mapa não tem plataformas nem centros de dados.
report-site = Local
report-operator = Operador
report-place = Localização
report-role = Papel do destinatário
report-flow = Fluxo
report-from = Origem
report-to = Destino
report-data = Dados
report-people = Pessoas por ano
report-basis = Fundamento jurídico
report-safeguards = Garantias
report-retention = Conservação
report-retention-days = { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
report-unknown = desconhecido
report-none = nenhuma
report-no-flows = O mapa ainda não tem fluxos.
report-diagram-caption = Origens à esquerda, destinos por jurisdição; setas grossas atravessam uma fronteira, tracejadas são acesso remoto.
report-q-transfer = Há transferência transfronteiriça?
report-q-transfer-yes = Sim. Estes fluxos saem de um território jurídico para outro:
report-q-transfer-no = Nenhum fluxo do mapa atravessa uma fronteira.
report-q-lawful = O local de armazenamento é lícito para os dados?
report-q-lawful-ok = Nada mais é exigido a nenhum fluxo.
report-still-needs = { $flow } ainda precisa de: { $items }
report-q-rights = Como exercem os titulares os seus direitos?
report-information = Informação
report-access = Acesso e rectificação
report-objection = Oposição e retirada do consentimento
report-regime = Regime
report-requirements = O que se aplica
report-nothing-asked = nada mais exigido
report-mainland-totals = Exportações do Interior da China contadas em conjunto
report-mainland-none = Nenhuma exportação do Interior da China conta para os limiares (nenhuma, ou todas isentas).
report-mainland-counts = { $mechanism }: { $sensitive } pessoas com dados sensíveis, { $other } pessoas com outros dados ({ $flows ->
        [one] um fluxo
       *[other] { $flows } fluxos
    }, { $unknown } com número desconhecido).
report-entity-counts = { $entity }: { $sensitive } pessoas com dados sensíveis, { $other } pessoas com outros dados ({ $flows ->
        [one] um fluxo
       *[other] { $flows } fluxos
    })
report-finding = Constatação
report-citation = Fonte legal
report-verification = Verificação
report-initial = Inicial
report-residual = Residual
report-status = Estado
report-owner = Responsável
report-due = Prazo
report-no-findings = Sem constatações: nada mais é exigido a nenhum fluxo.
report-resolved = Resolvidas (tratadas, já não constatadas)
report-why-fired = Porque surgiu cada constatação (factos verificados; salvaguardas procuradas e em falta)
report-per-entity = Por entidade exportadora
report-initial-risk = Risco inicial
report-residual-risk = Risco residual
report-severity = Gravidade
report-likelihood = Probabilidade
report-overdue = em atraso
report-plan-empty = Nenhum tratamento em aberto.
report-unassigned = Sem responsável
report-assessor = Avaliador
report-dpo = Encarregado da protecção de dados
report-dpo-opinion = Parecer do encarregado
report-approver = Aprovador
report-date = Data
report-not-signed = não assinado
report-revisions = Registo de revisões
report-step = Passo
report-changed-since = O mapa mudou desde esta assinatura.
report-rulebook = Regras
report-rulebook-line = Regras: versão { $version }, em vigor em { $date }.
report-caveat-general = Esta avaliação aplica as regras ao mapa tal como desenhado. Não é aconselhamento jurídico; quando uma fonte legal não está totalmente verificada, confirme-a com um advogado ou o regulador antes de nela se basear.
report-unverified = Constatações cuja fonte legal não está totalmente verificada
report-all-verified = Todas as fontes legais usadas estão verificadas.
report-necessity = Necessidade e proporcionalidade

## Treatment statuses

status-open = Em aberto
status-in_progress = Em curso
status-mitigated = Mitigado
status-accepted = Aceite
status-not_applicable = Não aplicável

## Legal regimes (rule packs)

regime-macau = Macau (LPDP)
regime-mainland = Interior da China (LPIP)
regime-gba = Grande Baía
regime-hong-kong = Hong Kong (PDPO)
regime-general = Boas práticas

## Data classes

class-contact = Dados de contacto
class-identity_document = Documentos de identificação
class-identity_number = Números de documentos de identificação
class-biometric = Dados biométricos
class-health = Dados relativos à saúde
class-genetic = Dados genéticos
class-sex_life = Vida sexual ou orientação sexual
class-racial_ethnic = Origem racial ou étnica
class-religion_belief = Fé religiosa ou convicções filosóficas
class-political_union = Convicções políticas, filiação em associação política ou sindical
class-private_life = Vida privada
class-financial_account = Contas financeiras
class-credit_solvency = Crédito e solvabilidade
class-payroll = Remunerações, prestações e regalias
class-attendance = Assiduidade
class-location = Localização e trajectos
class-chat_content = Conteúdo de conversas e mensagens
class-hr_record = Registos de pessoal
class-minor_under14 = Dados de menores de 14 anos
class-offence = Actividades ilícitas, infracções penais ou administrativas
class-image_voice = Som e imagem
class-device_log = Registos de dispositivos e de acesso

## Legal bases

basis-consent = Consentimento
basis-explicit_consent = Consentimento inequívoco
basis-contract = Execução de contrato com o titular
basis-contract_third_party = Contrato celebrado no interesse do titular com terceiro
basis-legal_obligation = Obrigação legal
basis-vital_interest = Interesses vitais do titular
basis-public_interest = Interesse público importante ou declaração, exercício ou defesa de um direito em processo judicial
basis-public_register = Registo público
basis-legitimate_interest = Interesse legítimo
basis-hr_management = Gestão de recursos humanos (LPIP, art. 13.º)
basis-none = Não registado

## Safeguards

safeguard-explicit_consent = Consentimento inequívoco do titular à transferência
safeguard-separate_consent = Consentimento separado (PIPL)
safeguard-guardian_consent = Consentimento do representante legal
safeguard-notice_given = Aviso prestado
safeguard-notice_names_recipient = Aviso indica destinatário e local
safeguard-macau_notification = Notificação à DSPDP efectuada
safeguard-macau_authorisation = Autorização da DSPDP concedida
safeguard-processor_contract = Contrato com o subcontratante
safeguard-cn_standard_contract = Contrato padronizado do Interior da China
safeguard-gba_standard_contract = Contrato Padronizado na Grande Baía
safeguard-cn_certification = Certificação de protecção de informações pessoais
safeguard-cac_assessment = Avaliação de segurança da transferência de dados para o exterior do País
safeguard-pia_done = Avaliação de impacto realizada
safeguard-encryption_in_transit = Cifragem em trânsito
safeguard-e2ee = Cifragem ponta a ponta
safeguard-encryption_at_rest = Cifragem em repouso
safeguard-access_control = Controlo de acessos
safeguard-audit_log = Registo de auditoria
safeguard-breach_plan = Plano de resposta a violações de dados
safeguard-biometric_alternative = Alternativa não biométrica oferecida
safeguard-sharing_agreement = Acordo com o destinatário responsável

## Recipient roles

role-processor = Subcontratante
role-controller = Responsável pelo tratamento
role-joint_controller = Responsáveis conjuntos pelo tratamento

## Jurisdictions

jurisdiction-MO = RAE de Macau
jurisdiction-CN-GBA = Cidades do Interior da China na Grande Baía
jurisdiction-CN = Interior da China
jurisdiction-HK = RAE de Hong Kong
jurisdiction-OTHER = Outro local

## Site kinds

kind-office = Escritório
kind-saas = Plataforma SaaS
kind-datacentre = Centro de dados
kind-system = Sistema interno
kind-party = Entidade externa
kind-people = Grupo de titulares dos dados

## Flags

flag-automated = Tratamento automatizado
flag-important_data = Dados importantes
flag-ciio = Operador de infra-estruturas críticas de informação
flag-originated_outside_cn = Recolhidos no exterior e reenviados após tratamento no Interior
flag-mixed_with_cn_data = Misturados com informações pessoais do Interior da China
flag-combination = Interconexão de dados
flag-purpose_change = Alteração das finalidades do tratamento
flag-automated_decision = Decisões individuais automatizadas
flag-monitoring = Monitorização dos trabalhadores

## Access types

access-transfer = Transferência
access-remote_access = Acesso remoto

## The transfer register and the Word report

register-sheet-transfers = Transferências
register-sheet-findings = Constatações
register-col-number = N.º
register-col-flow = Identificador do fluxo
register-col-source = Local de origem
register-col-source-entity = Entidade exportadora
register-col-source-jurisdiction = Jurisdição de origem
register-col-destination = Local de destino
register-col-destination-jurisdiction = Jurisdição de destino
register-col-destination-city = Cidade de destino
register-col-recipient = Destinatário
register-col-role = Papel do destinatário
register-col-access = Modo de acesso
register-col-purpose = Finalidade do tratamento
register-col-classes = Categorias de dados (M: sensíveis em Macau; P: sensíveis segundo a LPIP)
register-col-subjects = Titulares dos dados por ano
register-col-sensitive-subjects = Dos quais com dados sensíveis
register-col-basis = Fundamento jurídico
register-col-macau-required = Macau: mecanismo exigido
register-col-macau-in-place = Macau: em vigor
register-col-macau-authority = Macau: autoridade
register-col-mainland-required = Interior da China: mecanismo exigido
register-col-mainland-in-place = Interior da China: em vigor
register-col-mainland-authority = Interior da China: autoridade
register-col-filings = Notificações, registos e contratos registados
register-col-retention = Prazo de conservação (dias)
register-col-reviewed = Última revisão
register-col-open-findings = Constatações em aberto
register-col-class-ids = Identificadores das categorias
register-col-finding-id = Identificador da constatação
register-col-subject = Fluxo ou local
register-col-rule = Regra
register-col-severity = Gravidade
register-col-likelihood = Probabilidade
register-col-score = Pontuação
register-col-status = Estado
register-col-owner = Responsável
register-col-due = Prazo
register-col-title = Constatação
register-col-citation = Fonte legal
register-col-verification = Verificação
register-col-mitigation = Medida de mitigação
register-missing = Em falta
register-not-needed = Não exigido
mechanism-macau_notification = Notificação (LPDP, art.os 20.º, n.º 1, e 21.º)
mechanism-macau_authorisation = Autorização (LPDP, art.os 20.º, n.º 2, e 22.º)
mechanism-security_assessment = Avaliação de segurança da transferência de dados para o exterior do País
mechanism-standard_contract = Contrato padronizado ou certificação de protecção de informações pessoais
mechanism-gba_standard_contract = Contrato Padronizado na Grande Baía
mechanism-exempt = Nenhum: isento
authority-macau_pdpb = Direcção dos Serviços da Protecção de Dados Pessoais (DSPDP)
authority-macau_gpdp = Gabinete para a Protecção de Dados Pessoais (GPDP)
authority-cac = Administração do Ciberespaço da China
authority-provincial_cac = Serviço provincial do ciberespaço da sede do exportador
authority-guangdong_cac = Administração do Ciberespaço da Província de Guangdong
docx-page-of = Página { $page } de { $pages }

## Severity and likelihood

severity-1 = informativa
severity-2 = baixa
severity-3 = média
severity-4 = alta
severity-5 = crítica
likelihood-1 = rara
likelihood-2 = improvável
likelihood-3 = possível
likelihood-4 = provável
likelihood-5 = quase certa

## Languages (each in its own script)

language-en = English
language-zh-Hant = 繁體中文
language-pt = Português
language-zh-Hans = 简体中文

## Numbers and dates

number-group = {"\u00A0"}
number-decimal = ,
date = { $day } de { $month } de { $year }
month-1 = Janeiro
month-2 = Fevereiro
month-3 = Março
month-4 = Abril
month-5 = Maio
month-6 = Junho
month-7 = Julho
month-8 = Agosto
month-9 = Setembro
month-10 = Outubro
month-11 = Novembro
month-12 = Dezembro

## Sign-off steps

step-assessed = Avaliado
step-dpo_opinion = Parecer do encarregado
step-approved = Aprovado
