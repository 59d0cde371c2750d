# borderflow em português (ortografia de Macau: protecção, acção).
# Each line is `key = text`; `{ $name }` is filled in by the program. Keep every key and
# placeholder of en.ftl; see assets/i18n/README.md.

## The report's fixed words

report-report = Avaliação de impacto sobre a protecção de dados
report-organisation = Organização
report-evaluated-on = Regras em vigor em (hora de Macau)
report-map-fingerprint = Impressão digital do mapa
report-page-of = Página { $page } de { $pages }
report-version = Versão { $version }
report-version-draft = Versão { $version } (rascunho)
report-issued = Emitido em { $date }
report-fingerprint-defined = A impressão digital do mapa é um resumo criptográfico do título, da organização, dos locais e dos fluxos do mapa. Tratar constatações, assinar e guardar não a alteram, pelo que um mapa assinado e não redesenhado mostra o mesmo valor em todo o lado: aqui, no registo de revisões e como resumo do conteúdo do diagrama.
report-labelled = { $label }: { $value }
report-bracketed = { $text } ({ $detail })
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
report-per-flow = O tratamento por fluxo: finalidade e notas
report-purpose-missing = finalidade não registada
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
report-route = Trajecto
report-required = Mecanismo exigido
report-in-place = Em vigor
report-missing = Em falta
report-authority = Autoridade
report-deadline = Prazo
report-mech-mo-consent = Consentimento inequívoco e notificação à DSPDP (LPDP, art. 20.º, n.º 1)
report-mech-mo-necessity = Fundamento de necessidade e notificação à DSPDP (LPDP, art. 20.º, n.º 1)
report-mech-mo-authorisation = Autorização da DSPDP (LPDP, art. 20.º, n.º 2), salvo consentimento inequívoco ou fundamento de necessidade (art. 20.º, n.º 1)
report-mech-cn-assessment = Avaliação de segurança da transferência de dados para o exterior do País
report-mech-cn-contract = Contrato padronizado (registado) ou certificação
report-mech-gba-contract = Contrato Padronizado na Grande Baía (registado)
report-mech-exempt = Isento: { $article }
report-mech-none = As regras não prevêem mecanismo de transferência para este regime
report-deadline-8-days = No prazo de 8 dias após o início (art. 21.º, n.º 1)
report-deadline-before = Antes da transferência
report-deadline-10-days = No prazo de 10 dias úteis após a entrada em vigor do contrato
report-deadline-unconfirmed = Após a assinatura (prazo não confirmado)
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
report-flows = Fluxos
report-whole-map = o mapa inteiro
report-informational = Constatações informativas (nada a tratar: não são riscos em aberto)
report-justifications = Justificações registadas com os tratamentos
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
report-rulebook-line = Regras: versão { $version }, em vigor em { $date } (hora de Macau).
report-caveat-general = Esta avaliação aplica as regras ao mapa tal como desenhado. Não é aconselhamento jurídico; quando uma fonte legal não está totalmente verificada, confirme-a com um advogado ou o regulador antes de nela se basear.
report-still-open = Questões ainda em aberto, não modeladas
report-unverified = Constatações cuja fonte legal não está totalmente verificada
report-verification-levels = V: verificado no texto oficial; S: apenas fonte secundária; U: não verificado.
report-all-verified = Todas as fontes legais usadas estão verificadas.
report-fallbacks = Textos das regras sem versão nesta língua
report-fallback = { $text }: apresentado em { $language }
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
safeguard-separate_consent = Consentimento separado (LPIP)
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

## Outros países, pelo código ISO (um código não listado sai tal como está)
country-PT = Portugal
country-SG = Singapura
country-US = Estados Unidos
country-GB = Reino Unido
country-TW = Taiwan
country-JP = Japão
country-KR = Coreia do Sul
country-DE = Alemanha
country-FR = França
country-AU = Austrália
country-CA = Canadá
country-MY = Malásia
country-TH = Tailândia
country-PH = Filipinas
country-VN = Vietname
country-ID = Indonésia
country-IN = Índia
country-CH = Suíça
country-NL = Países Baixos
country-IE = Irlanda
country-BR = Brasil
country-AO = Angola
country-MZ = Moçambique
country-CV = Cabo Verde

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
register-col-source-sector = Sector da entidade exportadora
register-col-source-jurisdiction = Jurisdição de origem
register-col-destination = Local de destino
register-col-destination-jurisdiction = Jurisdição de destino
register-col-destination-city = Cidade de destino
register-col-recipient = Destinatário
register-col-recipient-sector = Sector do destinatário
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

## Why a finding fired (the reasons under each finding)

reason-list-separator = { "; " }
reason-item-separator = { ", " }
reason-or = { " ou " }
reason-and = { " e " }
reason-so = { $inner }, logo { $fact }
reason-so-not = { $inner }, logo não { $fact }
reason-not-defined = { $fact } sem definição em { $date }
reason-not-fact = { $flow }: não { $fact }
reason-source-in = origem { $name } situa-se em { $place } ({ $id })
reason-target-in = destino { $name } situa-se em { $place } ({ $id })
reason-source-kind = origem { $name }: { $kind }
reason-target-kind = destino { $name }: { $kind }
reason-source-in-not = origem { $name } situa-se em { $place } ({ $id }), fora de { $places }
reason-target-in-not = destino { $name } situa-se em { $place } ({ $id }), fora de { $places }
reason-source-kind-not = origem { $name }: { $kind }, em vez de { $kinds }
reason-target-kind-not = destino { $name }: { $kind }, em vez de { $kinds }
reason-carries = contém { $classes }
reason-carries-none = não contém { $classes }
reason-does-not-carry = não contém { $classes }
reason-macau-sensitive = contém { $classes }, dados sensíveis segundo o art. 7.º da LPDP em { $date }
reason-pipl-sensitive = contém { $classes }, informações sensíveis segundo o art. 28.º da LPIP em { $date }
reason-no-macau-sensitive = { $flow } não contém, em { $date }, dados sensíveis segundo o art. 7.º da LPDP
reason-no-pipl-sensitive = { $flow } não contém, em { $date }, informações sensíveis segundo o art. 28.º da LPIP
reason-safeguard-recorded = garantia registada: { $safeguards }
reason-missing-safeguard = garantia em falta: { $safeguards }
reason-flagged = assinalado: { $flags }
reason-not-flagged = sem a marca { $flags }
reason-basis = fundamento jurídico: { $basis }
reason-basis-not = fundamento jurídico: { $basis }, em vez de { $bases }
reason-recipient-role = destinatário { $name }: { $role }
reason-role-unrecorded = destinatário de papel por registar
reason-role-not = destinatário { $name }: { $role }, em vez de { $roles }
reason-role-unrecorded-short = papel por registar
reason-access = { $flow }: { $access } a partir de { $target }
reason-access-is = modo de acesso em { $flow }: { $access }
reason-no-retention = sem prazo de conservação registado em { $flow }
reason-retention-is = prazo de conservação em { $flow }: { $days } dias
reason-mechanism = { $mechanism }: { $outcome } ({ $basis }); { $totals }
reason-not-mechanism = em { $flow } não se verifica que { $outcome }: { $decided }
reason-no-mechanism = nenhuma decisão de mecanismo do Interior se aplica
reason-outcome-assessment = é necessária avaliação de segurança da CAC
reason-outcome-contract = é necessário contrato padronizado ou certificação
reason-outcome-exempt = nenhum mecanismo de transferência é necessário
reason-totals = avaliado pelas transferências do Interior de { $entity } ({ $origin }): { $sensitive } pessoas com informações sensíveis e { $other } com outras informações pessoais por ano, em { $flows } fluxo(s)
reason-totals-with-unknown = avaliado pelas transferências do Interior de { $entity } ({ $origin }): { $sensitive } pessoas com informações sensíveis e { $other } com outras informações pessoais por ano, em { $flows } fluxo(s), { $unknown } sem contagem
entity-default = a organização do mapa
class-face = Dados faciais usados para reconhecer a pessoa
safeguard-face_filing = Registo da aplicação da tecnologia de reconhecimento facial efectuado junto do serviço provincial do ciberespaço
sector-banking = Banca
sector-credit_reference = Informação de crédito
sector-healthcare = Saúde
sector-other = Outro sector
entity-origin-entity = a entidade do local
entity-origin-party-operator = o local é uma entidade externa: o seu operador
entity-origin-party = o local é uma entidade externa
entity-origin-operator = o operador do local ({ $kind })
entity-origin-organisation = sem entidade nem operador registados
reason-phrase-sector = { $name } em { $sectors }
reason-phrase-received = dados recebidos por { $item }
reason-phrase-handler-people-at-least = o processador com { $n } pessoas ou mais
reason-phrase-handler-any = um fluxo do processador com { $item }
reason-handler = { $handler } ({ $origin })
reason-received = { $name } recebeu { $classes } pelo fluxo { $flow } ({ $inner })
reason-received-not = { $name } não recebeu nenhuma destas categorias de dados por { $item }
reason-handler-people = o processador de informações pessoais { $handler } trata { $people } pessoas por ano em { $flows } fluxo(s) deste tipo, pelo menos { $n } (as pessoas por ano substituem as pessoas armazenadas)
reason-handler-people-under = o processador de informações pessoais { $handler } trata { $people } pessoas por ano em { $flows } fluxo(s) deste tipo, abaixo de { $n } (as pessoas por ano substituem as pessoas armazenadas)
reason-handler-any = o fluxo { $flow } do processador { $handler } tem { $item }
reason-handler-none = nenhum fluxo do processador { $handler } tem { $item }
reason-sector-not-recorded = { $name }: sector não registado (exigido: { $sectors })
reason-sector = { $name } pertence a { $sector }
reason-sector-not = { $name }: sector { $sector }, não { $sectors }
reason-threshold = limiar de { $n } atingido; { $totals }
reason-under-threshold = abaixo do limiar de { $n }; { $totals }
reason-none-of = nenhum destes: { $items }
reason-phrase-not = não { $item }
reason-phrase-source = origem em { $places } (a origem { $name } situa-se em { $id })
reason-phrase-target = destino em { $places } (o destino { $name } situa-se em { $id })
reason-phrase-source-kind = origem: { $kinds }
reason-phrase-target-kind = destino: { $kinds }
reason-phrase-class = categoria { $classes }
reason-phrase-macau-sensitive = uma categoria sensível segundo o art. 7.º da LPDP
reason-phrase-pipl-sensitive = uma categoria sensível segundo o art. 28.º da LPIP
reason-phrase-safeguard = garantia: { $safeguards }
reason-phrase-flag = marca: { $flags }
reason-phrase-basis = fundamento jurídico: { $bases }
reason-phrase-role = destinatário: { $roles }
reason-phrase-access = modo de acesso: { $access }
reason-phrase-no-retention = sem prazo de conservação
reason-phrase-sensitive-at-least = { $n } ou mais pessoas com dados sensíveis
reason-phrase-non-sensitive-at-least = { $n } ou mais pessoas com outros dados
reason-phrase-subjects-at-least = { $n } ou mais pessoas
reason-site-kind-in = local { $name }: { $kind } em { $place } ({ $id })
reason-site-no-flow = o local { $name } ({ $id }) não tem fluxos procurados pela regra
reason-site-in = local { $name } situa-se em { $place } ({ $id })
reason-site-kind = local { $name }: { $kind }
reason-flow-reaching = fluxo { $flow } para { $site }: { $reasons }
reason-flow-leaving = fluxo { $flow } a partir de { $site }: { $reasons }
reason-flow-in-map = fluxo { $flow } do mapa: { $reasons }
reason-and-others = { $text } (e mais { $others } fluxo(s))
reason-place-macau = Macau
reason-place-mainland = Interior da China
reason-place-mainland-gba = cidades do Interior na Grande Baía
reason-place-mainland-rest = Interior da China fora da Grande Baía
reason-place-hong-kong = Hong Kong
reason-place-elsewhere = outros locais

## The command line's human output (JSON stays English)

cli-validate-ok = { $path }: válido, { $summary }
cli-summary = { $sites ->
        [one] { $sites } local
       *[other] { $sites } locais
    }, { $flows ->
        [one] { $flows } fluxo
       *[other] { $flows } fluxos
    } ({ $crossing } transfronteiriços)
cli-imported = { $path }: escrito a partir de { $source }, { $summary }
cli-wrote = { $path }: escrito, { $summary }
cli-written = { $path }: escrito
cli-exported = { $path }: diagrama escrito, { $summary }
cli-report-done = relatório da avaliação de impacto: { $summary } ({ $language })
cli-pack-replaces = nota: o pacote de regras { $file } (id `{ $id }`) substitui o pacote incorporado { $replaced }
cli-check-summary = { $path }: { $count ->
        [one] { $count } constatação
       *[other] { $count } constatações
    } em { $date }
cli-severity-count = { $count } { $severity }
cli-mainland-none = Transferências do Interior contadas segundo a { $mechanism }: nenhuma (sem transferências, ou todas isentas)
cli-mainland-counts = Transferências do Interior contadas segundo a { $mechanism }: { $sensitive } pessoas com informações sensíveis e { $other } com outras informações pessoais por ano, em { $flows } fluxos
cli-mainland-unknown = { " " }({ $unknown } sem contagem, contados como 0)
cli-mainland-entity = { "  " }das quais { $entity }: { $sensitive } sensíveis, { $other } outras, em { $flows } fluxos
cli-entity-default-changed = As entidades exportadoras seguem a edição 2027-01 do conjunto de regras (uma entidade externa, ou o operador de um escritório ou sistema, é entidade própria): os totais do Interior da China de { $entities } eram antes contados na organização do mapa
cli-entity-changed-item = { $entity } ({ $flows } fluxo(s))
cli-subject-site = local { $id }
cli-subject-map = (mapa)
cli-column-flow = FLUXO
cli-column-obligation = OBRIGAÇÃO
cli-column-severity = GRAVIDADE
cli-column-title = TÍTULO
cli-stdout-failed = não é possível escrever na saída padrão: { $error }
cli-evaluated-as-of-macau = avaliado em { $date }, hora de Macau
cli-evaluated-as-of = avaliado em { $date } (--as-of)
cli-output-is-input = { $path }: o ficheiro de saída é o ficheiro de entrada (ou um dos pacotes de regras lidos); nada foi escrito. Indique outro nome com -o
cli-kind-no-extension = sem extensão
cli-other-kind = { $path }: já contém um ficheiro de outro tipo ({ $found }) do que este comando escreve ({ $writes }); nada foi escrito. Indique outro nome com -o, ou acrescente --force para o substituir
cli-register-done = { $path }: registo de transferências escrito, { $summary } ({ $rows } fluxos transfronteiriços, { $language })
cli-bundle-done = o pacote de submissão de { $summary } ({ $language }, regras em vigor em { $date })
cli-import-register = nota: { $path } é um registo de transferências: contém só os fluxos transfronteiriços. Os fluxos internos, a cidade e o operador de cada local, a organização, a língua do mapa e o tratamento das constatações não constam de um registo, pelo que o mapa importado não os tem; importe o inventário do mapa (ou abra o próprio mapa) para os manter
cli-register-csv-holds = nota: o CSV contém só os fluxos transfronteiriços; importado de novo, dá um mapa sem os fluxos internos, as cidades e operadores dos locais, a organização, a língua e o tratamento das constatações
rules-nested-too-deep = o pacote encaixa os seus registos em mais de { $limit } níveis (as condições dentro de all, any e not contam); escreva a condição com menos níveis, por exemplo um só all([…]) que enumere todas as partes
inventory-cells-comma = esta linha tem { $cells } células mas o cabeçalho tem { $header }; verifique se falta ou sobra uma vírgula, ou se há aspas por fechar
inventory-cells-semicolon = esta linha tem { $cells } células mas o cabeçalho tem { $header }; o ficheiro é separado por pontos e vírgulas, pelo que uma lista de valores numa célula (categorias de dados, garantias, indicadores: a;b) tem de estar entre aspas ("a;b"); verifique também se falta ou sobra um ponto e vírgula, ou se há aspas por fechar
inventory-cells-tab = esta linha tem { $cells } células mas o cabeçalho tem { $header }; o ficheiro é separado por tabulações: verifique se falta ou sobra uma tabulação, ou se há aspas por fechar
overview-heading = Visão geral dos fluxos de dados: o diagrama completo não acompanha esta submissão
overview-lanes = Locais e fluxos por jurisdição
overview-lane = { $lane }: { $sites } locais; { $leaving } fluxos saem daqui, { $arriving } chegam
overview-between = Fluxos entre jurisdições
overview-pair = { $from } → { $to }: { $count } fluxos
overview-heaviest = Os fluxos com mais pessoas por ano
overview-flow = { $id }: { $source } → { $target }, { $people } pessoas por ano
overview-flow-unknown = { $id }: { $source } → { $target }, número de pessoas não registado
overview-everything-listed = Todos os fluxos, com as suas constatações, constam do registo de transferências e do relatório.
bundle-folder-other-files = { $folder }: contém ficheiros que não são um pacote de submissão deste mapa: { $names }; nada foi escrito.
bundle-folder-other-map = { $folder }: contém o pacote de submissão de outro mapa ({ $names }); nada foi escrito.
bundle-folder-changed = { $folder }: ficheiros do pacote anterior foram alterados depois de selado: { $names }; nada foi escrito, as alterações mantêm-se.
bundle-folder-more = { " " }e mais { $count }
bundle-folder-fresh = Indique uma pasta vazia; { $fresh } ainda não existe.

## Errors a person meets in the editor

error-read = { $path }: não é possível ler o ficheiro: { $reason }
error-too-large = { $path }: o ficheiro tem { $size } bytes; o programa abre ficheiros até { $limit } bytes (64 MiB)
error-not-a-file = { $path }: não é um ficheiro normal (é uma pasta, um canal ou um dispositivo); o programa só abre ficheiros
error-in-file = { $path }: { $problem }
error-in-map = { $path }:{ $problem }
error-at = posição { $place }: { $problem }
error-not-utf8 = o ficheiro não é texto UTF-8 (um mapa é um ficheiro RON em UTF-8)
error-not-a-map = isto não é um mapa do programa: o seu `format` é { $found }
error-newer-version = este mapa tem o formato da versão { $found }, mais recente do que esta versão lê (até à versão { $newest }); abra-o com uma versão mais recente
error-unknown-version = a versão de formato { $found } não existe; as versões começam em 1
error-serialize = { $path }: não é possível escrever o mapa em RON: { $reason }
error-save-too-large = { $path }: o mapa teria { $size } bytes, acima do limite de { $limit } bytes (64 MiB) que o programa abre; nada foi escrito. Divida o mapa em mapas mais pequenos
error-write = { $path }: não é possível guardar: { $reason }; o ficheiro anterior não foi alterado
error-duplicate-site = já existe um local com o id `{ $id }`; os ids dos locais são únicos
error-duplicate-flow = já existe um fluxo com o id `{ $id }`; os ids dos fluxos são únicos
error-missing-site = não há nenhum local com o id `{ $id }`
error-flow-to-missing-site = o fluxo `{ $flow }` aponta para o local `{ $site }`, que não existe
error-missing-flow = não há nenhum fluxo com o id `{ $id }`
error-sensitive-exceeds-total = o fluxo `{ $flow }` tem { $sensitive } titulares com dados sensíveis por ano mas só { $total } titulares; os primeiros não podem exceder subjects_per_year
error-same-ends = o fluxo `{ $flow }` vai do local `{ $site }` para si próprio; um fluxo liga dois locais diferentes
error-bad-position = o local `{ $id }` tem uma posição que não é um número finito

## The diagram's words (lanes, legend, title block)

diagram-lane-macau = Macau
diagram-lane-mainland-gba = Grande Baía no Interior da China (incl. Hengqin)
diagram-lane-mainland = Interior da China (fora da Grande Baía)
diagram-lane-hong-kong = Hong Kong
diagram-lane-elsewhere = Outros locais
diagram-severity-5 = Crítica
diagram-severity-4 = Alta
diagram-severity-3 = Média
diagram-severity-2 = Baixa
diagram-severity-1 = Informativa
diagram-legend = Legenda
diagram-worst-finding = Constatação mais grave do fluxo
diagram-no-finding = Sem constatações
diagram-line-styles = Mais grossa: constatação mais grave, e mais ainda ao atravessar uma fronteira · tracejada: acesso remoto
diagram-class-marks = [M] dados sensíveis (LPDP, art. 7.º) · [P] informações pessoais sensíveis (LPIP, art. 28.º)
diagram-no-classes-recorded = Nenhuma categoria de dados registada
diagram-no-classes = sem categorias de dados
diagram-flows = fluxos
diagram-separator = { ", " }
diagram-empty-lanes = Sem locais em
diagram-flows-key = Fluxos e dados transmitidos
diagram-names-key = Nomes completos
diagram-unnamed = local sem nome
diagram-diagram = Diagrama dos fluxos de dados
diagram-modified = mapa alterado em
diagram-not-recorded = não registado
diagram-content-hash = código do conteúdo
diagram-rules-as-of = regras em vigor em (hora de Macau)

## The editor (zh-Hans reads these in zh-Hant)

ui-menu-file = Ficheiro
ui-menu-edit = Editar
ui-menu-sketch = Esboço
ui-menu-view = Ver
ui-menu-language = Idioma
ui-menu-language-tip = A língua do editor; os relatórios são escritos na língua do mapa
ui-cmd-new = Novo mapa
ui-cmd-new-tip = Começar um mapa vazio
ui-cmd-open = Abrir…
ui-cmd-open-tip = Abrir um mapa (.ron) ou importar um inventário de fluxos (.csv)
ui-cmd-save = Guardar
ui-cmd-save-tip = Guardar o mapa
ui-cmd-save-as = Guardar como…
ui-cmd-save-as-tip = Guardar o mapa num novo ficheiro
ui-cmd-export = Exportar diagrama…
ui-cmd-export-tip = Escrever o diagrama numa página SVG, PNG ou PDF com cabeçalho e legenda
ui-cmd-export-report = Exportar relatório da AIPD…
ui-cmd-export-report-tip = Escrever o relatório da AIPD (PDF, Word, HTML ou Markdown) na língua do relatório
ui-cmd-quit = Sair
ui-cmd-quit-tip = Fechar o programa
ui-cmd-undo = Anular
ui-cmd-undo-tip = Anular a última alteração
ui-cmd-redo = Refazer
ui-cmd-redo-tip = Refazer a última alteração anulada
ui-cmd-copy = Copiar
ui-cmd-copy-tip = Copiar os locais e fluxos seleccionados
ui-cmd-paste = Colar
ui-cmd-paste-tip = Colar locais e fluxos copiados
ui-cmd-duplicate = Duplicar
ui-cmd-duplicate-tip = Duplicar os locais e fluxos seleccionados
ui-cmd-delete = Eliminar
ui-cmd-delete-tip = Eliminar a selecção (os fluxos de um local vão com ele)
ui-cmd-select-all = Seleccionar tudo
ui-cmd-select-all-tip = Seleccionar todos os locais
ui-cmd-select-none = Seleccionar nada
ui-cmd-select-none-tip = Limpar a selecção
ui-cmd-find = Pesquisar…
ui-cmd-find-tip = Pesquisar um local ou fluxo pelo nome ou id
ui-cmd-command-palette = Executar um comando…
ui-cmd-command-palette-tip = Executar qualquer comando escrevendo o seu nome
ui-cmd-quick-add = Acrescentar local…
ui-cmd-quick-add-tip = Acrescentar um local escrevendo o nome de uma predefinição (ou escreva directamente na tela vazia)
ui-cmd-connect = Ligar a…
ui-cmd-connect-tip = Traçar um fluxo do local seleccionado para outro: escreva o seu nome
ui-cmd-tag = Marcar fluxo…
ui-cmd-tag-tip = Marcar ou desmarcar uma categoria de dados, garantia ou facto do fluxo seleccionado: escreva o seu nome
ui-cmd-next-site = Local seguinte
ui-cmd-next-site-tip = Seleccionar o local seguinte, faixa a faixa da esquerda, cada uma de cima para baixo
ui-cmd-previous-site = Local anterior
ui-cmd-previous-site-tip = Seleccionar o local anterior pela mesma ordem
ui-cmd-nudge-left = Deslocar um pouco para a esquerda
ui-cmd-nudge-left-tip = Deslocar os locais seleccionados um pouco para a esquerda (dentro da sua faixa)
ui-cmd-nudge-right = Deslocar um pouco para a direita
ui-cmd-nudge-right-tip = Deslocar os locais seleccionados um pouco para a direita (dentro da sua faixa)
ui-cmd-nudge-up = Deslocar um pouco para cima
ui-cmd-nudge-up-tip = Deslocar os locais seleccionados um pouco para cima
ui-cmd-nudge-down = Deslocar um pouco para baixo
ui-cmd-nudge-down-tip = Deslocar os locais seleccionados um pouco para baixo
ui-cmd-step-left = Deslocar uma casa para a esquerda
ui-cmd-step-left-tip = Deslocar os locais seleccionados uma casa da grelha para a esquerda (dentro da sua faixa)
ui-cmd-step-right = Deslocar uma casa para a direita
ui-cmd-step-right-tip = Deslocar os locais seleccionados uma casa da grelha para a direita (dentro da sua faixa)
ui-cmd-step-up = Deslocar uma casa para cima
ui-cmd-step-up-tip = Deslocar os locais seleccionados uma casa da grelha para cima
ui-cmd-step-down = Deslocar uma casa para baixo
ui-cmd-step-down-tip = Deslocar os locais seleccionados uma casa da grelha para baixo
ui-cmd-fit-to-map = Ajustar ao mapa
ui-cmd-fit-to-map-tip = Ajustar o zoom até o mapa inteiro caber na janela (ou fazer duplo clique no fundo)
ui-cmd-tidy = Arrumar disposição
ui-cmd-tidy-tip = Dispor os locais nas suas faixas para que as setas sejam curtas e se cruzem pouco
ui-cmd-toggle-findings = Painel de constatações
ui-cmd-toggle-findings-tip = Mostrar ou ocultar as constatações do mapa
ui-cmd-show-heatmap = Mapa de calor dos riscos
ui-cmd-show-heatmap-tip = Constatações por gravidade e probabilidade, antes e depois do tratamento
ui-cmd-show-action-plan = Plano de acção
ui-cmd-show-action-plan-tip = Os tratamentos em aberto por responsável e prazo
ui-cmd-toggle-dpia = Espaço de trabalho da AIPD
ui-cmd-toggle-dpia-tip = Alternar entre o mapa e o formulário da AIPD com a aprovação
ui-cmd-present = Apresentar
ui-cmd-present-tip = Modo de apresentação: só o mapa, com texto maior e o número de constatações; Esc ou F11 sai
ui-cmd-toggle-minimap = Minimapa
ui-cmd-toggle-minimap-tip = Mostrar ou ocultar a vista geral de um mapa grande no canto do mapa
ui-cmd-show-neighbours = Mostrar só o local e os seus vizinhos
ui-cmd-show-neighbours-tip = Limitar a vista do mapa ao local seleccionado, aos seus fluxos e aos locais que alcançam
ui-cmd-show-whole-map = Mostrar o mapa inteiro
ui-cmd-show-whole-map-tip = Voltar a desenhar todos os locais e fluxos depois de filtrar a vista do mapa
ui-present-leave = Sair da apresentação (Esc)
ui-show-whole = Mapa inteiro
ui-show-name = Mostrar no mapa
ui-show-neighbours-of = { $name } e os seus vizinhos
ui-show-counts = { $shown } de { $sites } locais, { $flows } fluxos
ui-minimap-name = Vista geral do mapa
ui-minimap-tip = O mapa inteiro e a parte à vista: clique ou arraste para mover a vista
ui-overview-hint = Vista muito afastada: { $sites } locais por faixa. Clique numa faixa para ir até ela; Ctrl+roda aproxima.
ui-overview-sites = { $count } locais
ui-overview-within = { $count } fluxos internos
ui-overview-go = Clique para ir até lá
ui-overview-pair = → { $rightwards } · ← { $leftwards }
ui-overview-more = e mais { $count } pares de faixas
ui-heat-show-on-map = Mostrar só estes no mapa

ui-open-recent = Abrir recente
ui-workspace-map = Mapa
ui-workspace-map-tip = O mapa, as suas constatações, mapa de calor e plano de acção
ui-workspace-dpia = AIPD
ui-workspace-dpia-tip = O formulário da AIPD e a aprovação (Ctrl+Shift+D alterna)
ui-counts = { $sites } locais · { $flows } fluxos · { $findings } constatações ({ $critical } críticas, { $high } altas)
ui-rules-as-of = Regras em vigor em { $date }
ui-find-hint = Pesquisar local ou fluxo
ui-find-site = Local
ui-find-flow = Fluxo
ui-find-nothing = Nada corresponde
ui-unsaved-changes = Alterações por guardar
ui-all-saved = Todas as alterações guardadas
ui-autosave-failed = ⚠ O trabalho por guardar não está protegido: a gravação automática falhou ({ $reason })
ui-exporting = A exportar { $path }…

ui-insp-selection = Selecção
ui-insp-selection-hint = Elimine, copie ou duplique-os no menu Editar.
ui-insp-map = Mapa
ui-insp-title = Título
ui-insp-organisation = Organização
ui-insp-author = Autor
ui-insp-description = Descrição
ui-insp-no-mainland = Nenhuma transferência do Interior conta para os limiares da CAC (nenhuma, ou todas isentas).
ui-insp-hint = Seleccione um local ou fluxo para o editar. Arraste da pega + de um local para outro local para desenhar um fluxo.
ui-insp-site = Local
ui-insp-name = Nome
ui-insp-kind = Tipo
ui-insp-jurisdiction = Jurisdição
ui-insp-city = Cidade
ui-insp-operator = Operador
ui-insp-entity = Entidade jurídica
ui-insp-sector = Sector da entidade
ui-insp-sector-map = O sector do mapa
ui-insp-map-sector = Sector da organização
ui-insp-flows = Fluxos
ui-insp-site-findings = Constatações sobre este local
ui-insp-delete-site = Eliminar local
ui-insp-delete-site-tip = Elimina o local e os seus fluxos
ui-insp-flow = Fluxo
ui-insp-same-ends = Um fluxo liga dois locais diferentes.
ui-insp-no-findings = Sem constatações: nada mais é exigido a este fluxo.
ui-insp-delete-flow = Eliminar fluxo
ui-insp-from = Origem (detém os dados)
ui-insp-to = Destino (recebe ou consulta)
ui-insp-purpose = Finalidade
ui-insp-classes = Categorias de dados
ui-insp-classes-tip = M: sensível segundo o art. 7.º da LPDP · P: sensível segundo o art. 28.º da LPIP
ui-insp-numbers = Pessoas e conservação
ui-insp-numbers-tip = Contagens de pessoas distintas por ano civil
ui-insp-people = Pessoas por ano
ui-insp-sensitive = …com dados sensíveis
ui-insp-sensitive-ask = Este fluxo contém dados sensíveis ({ $classes }). Quantas pessoas por ano têm os seus dados sensíveis transferidos?
ui-insp-sensitive-count = Pessoas por ano cujos dados sensíveis são transferidos
ui-insp-sensitive-hint = número de pessoas
ui-insp-sensitive-why = Em branco, todas as pessoas do fluxo contam como sensíveis nos totais de transferência para o exterior do País.
ui-insp-retention = Conservação
ui-insp-days = { " " }dias
ui-insp-basis-section = Fundamento jurídico e destinatário
ui-insp-basis = Fundamento jurídico
ui-insp-role = Papel do destinatário
ui-insp-not-recorded = Não registado
ui-insp-access = Modo de acesso
ui-insp-safeguards = Garantias existentes
ui-insp-facts = Factos sobre o fluxo
ui-insp-selected = { $sites } locais e { $flows } fluxos seleccionados.
ui-undo-edit-map = Editar { $field } do mapa
ui-undo-edit-site = Editar { $field } do local
ui-undo-edit-flow = Editar { $field } do fluxo
ui-field-ends = Origem e destino
ui-field-references = Números dos pedidos e contratos
ui-insp-mainland = Transferências do Interior contadas para os limiares da CAC: { $sensitive } pessoas com informações sensíveis e { $other } com outras por ano, em { $flows } fluxos.
ui-insp-mechanism = Regras do mecanismo: { $mechanism }
ui-insp-finding-details = { $citation } · verificação { $verification }
    { $mitigation }
ui-insp-flow-number = Fluxo { $tag }
ui-insp-findings = Constatações ({ $count })
ui-notes = Notas

ui-risk-tab-findings = Constatações ({ $count })
ui-risk-tab-heatmap = Mapa de calor
ui-risk-tab-plan = Plano de acção ({ $count })
ui-subject-flow = Fluxo { $name }
ui-subject-site = Local { $name }
ui-subject-map = O mapa inteiro
ui-risk-counts = { $all } no total: { $critical } críticas, { $high } altas, { $medium } médias, { $low } baixas, { $info } informativas
ui-risk-resolved = Resolvidas: { $count } constatações tratadas já não surgem
ui-risk-resolved-row = ✔ { $id } · { $title } · { $status }
ui-risk-rule-gone = regra já não consta das regras
ui-risk-no-findings = Sem constatações: nada mais é exigido a nenhum fluxo.
ui-risk-none-pass = Nenhuma constatação passa os filtros.
ui-risk-row = { $severity } { $rule } em { $subject }: { $title } ({ $status })
ui-risk-row-tip = { $id }
    { $title }
    Fonte legal: { $citation } (verificação { $verification })
    Mitigação: { $mitigation }
ui-filter-show-only = Mostrar só:
ui-filter-jurisdiction = Filtro de jurisdição
ui-filter-any-place = qualquer local
ui-filter-site = Filtro de local
ui-filter-any-site = qualquer local
ui-filter-class = Filtro de categoria
ui-filter-any-data = quaisquer dados
ui-filter-status = Filtro de estado
ui-filter-any-status = qualquer estado
ui-filter-clear = Limpar filtros

ui-plan-summary = { $open } tratamentos em aberto, { $overdue } em atraso (em { $date }). Os fechados (mitigados, aceites, não aplicáveis) não são listados.
ui-plan-empty = Nada por fazer.
ui-plan-unassigned = Sem responsável
ui-plan-overdue = ⚠ { $date } em atraso
ui-plan-no-due = sem prazo
ui-heat-cell-initial = Risco inicial, gravidade { $severity } ({ $severity_name }), probabilidade { $likelihood } ({ $likelihood_name }): { $count } constatações
ui-heat-cell-residual = Risco residual, gravidade { $severity } ({ $severity_name }), probabilidade { $likelihood } ({ $likelihood_name }): { $count } constatações
ui-heat-initial = Risco inicial
ui-heat-residual = Risco residual (após tratamento)
ui-heat-likelihood-axis = probabilidade →
ui-heat-hint = Clique numa célula para listar as constatações e mostrar os fluxos no mapa.
ui-heat-legend = Linhas: gravidade. Colunas: probabilidade, de 1 rara a 5 quase certa. O mapa residual coloca cada constatação onde o tratamento a deixa; as mitigadas e afastadas saem dele.
ui-heat-in-cell = Nesta célula: gravidade { $severity } ({ $severity_name }), probabilidade { $likelihood } ({ $likelihood_name })
ui-heat-clear = Limpar

ui-treat-heading = Tratamento
ui-treat-close = Fechar
ui-treat-close-tip = Deixar de tratar esta constatação
ui-treat-justification = Justificação (obrigatória para aceitar o risco ou marcar como não aplicável)
ui-treat-justification-name = Justificação do tratamento
ui-treat-no-justification = Sem justificação, conta como em aberto.
ui-treat-no-residual = Residual: nenhum (mitigado ou não aplicável).
ui-treat-no-fix = Nenhuma garantia isolada fecha esta constatação: trate-a abaixo.
ui-treat-best = Melhor tratamento: acrescentar a garantia, e a constatação fecha
ui-treat-add-tip = Acrescenta esta garantia ao fluxo; a constatação deixa de surgir
ui-treat-status = Estado
ui-treat-status-name = Estado do tratamento
ui-treat-justify-first = Escreva primeiro a justificação
ui-treat-owner = Responsável
ui-treat-owner-name = Responsável pelo tratamento
ui-treat-due = Prazo
ui-treat-due-name = Prazo do tratamento
ui-treat-residual-severity = Gravidade residual
ui-treat-residual-likelihood = Probabilidade residual
ui-treat-gone = { $id } já não surge: a lacuna está fechada.
ui-treat-kept = O tratamento é mantido ({ $status }) e mostrado como resolvido.
ui-treat-residual = Residual: gravidade { $severity } ({ $severity_name }), probabilidade { $likelihood } ({ $likelihood_name }).
ui-treat-citation = { $citation } · verificação { $verification }
ui-treat-to-close = Para a fechar: { $mitigation }
ui-undo-treat = Tratar { $id }
ui-treat-add = Acrescentar «{ $safeguard }»
ui-undo-add-safeguard = Acrescentar garantia { $safeguard }
ui-treat-added-note = Acrescentado ao fluxo: { $safeguard }.

ui-palette-heading = Acrescentar um local
ui-palette-hint = Clique para acrescentar, ou arraste para uma faixa
ui-palette-add = Acrescentar { $name }
ui-palette-tip = { $kind } em { $place } ({ $id })
ui-prompt-add = Acrescentar um local a partir de uma predefinição
ui-prompt-command = Executar um comando
ui-prompt-connect = Ligar { $name } a…
ui-prompt-tag = Marcar o fluxo { $flow }
ui-prompt-hint = Escreva um nome…
ui-prompt-nothing = Nada tem esse nome.
ui-prompt-keys = ↑ ↓ escolher · Enter confirma · Esc fecha
ui-lane-note-macau = Os locais de Macau ficam na faixa de Macau: altere a jurisdição para o mover
ui-lane-note-mainland-gba = Os locais da Grande Baía no Interior da China ficam na sua faixa: altere a jurisdição para o mover
ui-lane-note-mainland = Os locais do Interior da China fora da Grande Baía ficam na sua faixa: altere a jurisdição para o mover
ui-lane-note-hong-kong = Os locais de Hong Kong ficam na faixa de Hong Kong: altere a jurisdição para o mover
ui-lane-note-elsewhere = Os locais de outros sítios ficam na faixa «Outros locais»: altere a jurisdição para o mover
ui-palette-search = Pesquisar predefinições
ui-palette-search-hint = Pesquisar: DingTalk, Shenzhen…
ui-palette-nothing = Nenhuma predefinição tem esse nome.
ui-palette-carries = Costuma conter: { $classes }
ui-presets-problems = Algumas predefinições não puderam ser carregadas
ui-canvas-flow = Fluxo { $id }: { $from } → { $to } ({ $tag })
ui-canvas-site = Local { $name }
ui-canvas-connect = Ligar a partir de { $name }
ui-canvas-connect-tip = Arraste para outro local para desenhar um fluxo
ui-undo-add-flow = Acrescentar fluxo
ui-undo-move-sites = { $count ->
        [one] Mover local
       *[other] Mover { $count } locais
    }
ui-legend = Legenda
ui-legend-info-only = só informativa
ui-legend-no-finding = Sem constatações
ui-legend-lines = Mais grossa: atravessa uma fronteira. Tracejada: acesso remoto.
ui-known = conhecido
ui-known-tip = Desmarcado: não registado
ui-known-name = { $label } conhecido
ui-iso-hint = ou código ISO, p. ex. PT
ui-iso-tip = Outro país pelo código ISO 3166-1
ui-iso-name = Código de outro país
ui-as-initial = como o inicial ({ $level })

ui-dpia-processing = 1. Descrição do tratamento
ui-dpia-processing-asks = Quem trata o quê, para que finalidades, em que papéis, em que plataformas e onde guardam os dados.
ui-dpia-necessity = 2. Necessidade e proporcionalidade
ui-dpia-necessity-asks = Porque precisa cada fluxo dos dados que transporta, e porque menos não bastaria.
ui-dpia-information = 3a. Direitos: informação
ui-dpia-information-asks = Como são as pessoas informadas do tratamento, do destinatário e do local.
ui-dpia-access = 3b. Direitos: acesso e rectificação
ui-dpia-access-asks = Como vêem e corrigem as pessoas os seus dados, e em quanto tempo obtêm resposta.
ui-dpia-objection = 3c. Direitos: oposição e retirada
ui-dpia-objection-asks = Como se opõem as pessoas ou retiram o consentimento, e o que acontece então ao fluxo.
ui-dpia-retention = 4. Conservação
ui-dpia-retention-asks = Por quanto tempo se guardam os dados de cada fluxo, e como são eliminados.
ui-dpia-untitled = Mapa sem título
ui-dpia-fill-all = Preencher todas as respostas vazias a partir do mapa
ui-dpia-fill-all-tip = Rascunhos a partir das plataformas, locais, categorias de dados e contagens do mapa
ui-dpia-fill-undo = Preencher a AIPD a partir do mapa
ui-dpia-fill-one = Preencher a partir do mapa
ui-dpia-not-answered = sem resposta
ui-dpia-not-answered-yet = Ainda sem resposta
ui-dpia-sign-off = 5. Aprovação
ui-dpia-sign-off-hint = Cada assinatura regista a data e a impressão digital do mapa no registo de revisões.
ui-dpia-dpo-opinion = Parecer do encarregado
ui-dpia-dpo-opinion-hint = O parecer do encarregado sobre a avaliação e os riscos residuais
ui-dpia-edit-sign-off = Editar a aprovação
ui-dpia-name-first = Escreva primeiro o nome
ui-dpia-assessor = Avaliador
ui-dpia-assessed-on = Avaliado em
ui-dpia-sign-assessor = Assinar como avaliador
ui-dpia-dpo = Encarregado
ui-dpia-dpo-on = Parecer em
ui-dpia-record-opinion = Registar o parecer do encarregado
ui-dpia-approver = Aprovador
ui-dpia-approved-on = Aprovado em
ui-dpia-approve = Aprovar
ui-dpia-revisions = Registo de revisões
ui-dpia-nothing-signed = Nada assinado ainda.
ui-dpia-date = Data
ui-dpia-by = Por
ui-dpia-step = Passo
ui-dpia-fingerprint = Impressão digital do mapa
ui-dpia-not-recorded = não registado
ui-dpia-heading = AIPD: { $title }
ui-dpia-progress = { $answered } de { $answers } respostas escritas · { $findings } constatações, { $open } ainda em aberto · regras em vigor em { $date }
ui-dpia-fill-one-undo = Preencher «{ $title }» a partir do mapa
ui-dpia-edit-answer = Editar «{ $title }»
ui-dpia-this-map = { $hash } (este mapa)
ui-dpia-changed-since = { $hash } (o mapa mudou desde então)

ui-insp-report-language = Língua do relatório
ui-insp-report-language-tip = A língua do relatório da AIPD e do diagrama exportado; 简体中文 para pedidos às autoridades do Interior da China

ui-status-undid = Anulado: { $step }
ui-status-redid = Refeito: { $step }
ui-undo-delete-items = Eliminar { $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    }
ui-dialog-open = Abrir um mapa, ou importar um inventário de fluxos ou um diagrama
ui-dialog-save = Guardar o mapa
ui-dialog-export = Exportar o diagrama
ui-dialog-report = Exportar o relatório da AIPD
ui-filter-map-or-inventory = Mapa, inventário de fluxos ou diagrama
ui-filter-map = Mapa
ui-filter-inventory = inventário de fluxos (CSV)
ui-filter-svg = Desenho SVG
ui-filter-png = Imagem PNG
ui-filter-pdf = Documento PDF
ui-filter-html = Página Web (um ficheiro)
ui-filter-markdown = Markdown
ui-export-failed = Não foi possível exportar
ui-export-running = Já está a decorrer uma exportação
ui-exported = Exportado { $path }
ui-export-stopped = { $path }: a exportação parou inesperadamente
ui-edit-refused = { $step } foi recusado: { $reason }
ui-path-open = Abrir um mapa, inventário de fluxos ou diagrama
ui-path-save = Guardar o mapa como
ui-path-export = Exportar o diagrama como
ui-path-report = Exportar o relatório da AIPD como
ui-termination-unprotected = O trabalho por guardar não será escrito se o sistema terminar o programa: { $reason }

## What the filings ask beyond the rules (map format version 3)
report-filing-gaps = O que as notificações pedem e o mapa não regista
report-filing-gaps-none = O mapa regista todos os campos que as notificações pedem.
report-filing-gaps-intro = Cada um é facultativo no mapa: registe-o no painel da organização ou no inspector, ou complete-o à mão no formulário antes de o apresentar.
field-controller-name-zh = Denominação do responsável pelo tratamento em chinês
field-controller-name-pt = Denominação do responsável pelo tratamento em português
field-controller-name-en = Denominação do responsável pelo tratamento em inglês
field-controller-address = Sede do responsável pelo tratamento
field-controller-registration = Número de registo (registo comercial ou código unificado de crédito social)
field-signatory = Representante legal que assina
field-representative = Representante em Macau (art. 23.º, alínea a))
field-dpo = Encarregado da protecção de dados ou pessoa de contacto
field-controller-security = Medidas de segurança do responsável pelo tratamento
field-subject-categories = Categorias de titulares dos dados
field-processing-method = Forma de tratamento
field-channel = Meio de transmissão
field-flow-security = Medidas de segurança do fluxo
field-onward = Destinatários subsequentes
field-recipient-name = Denominação do destinatário
field-recipient-address = Endereço do destinatário
field-recipient-contact = Pessoa de contacto do destinatário
field-storage-location = Local de conservação após a transferência
field-reference = Referência de { $safeguard }
field-name = Nome
field-title = Cargo
field-contact = Telefone ou correio electrónico
field-number = Número
field-dated = Apresentado ou assinado em
field-effective = Em vigor desde
field-expires = Caduca em
ui-org-heading = Organização, para as notificações
ui-org-hint = O responsável pelo tratamento tal como os formulários das autoridades o identificam. Todos os campos são facultativos; o relatório imprime um espaço em branco a preencher por cada um que fique vazio.
ui-filing-heading = Para as notificações
ui-filing-no-references = Assinale uma notificação, autorização, contrato ou avaliação entre as garantias para registar o seu número e as datas.
ui-site-address = Endereço
ui-site-storage = Local de conservação (centro de dados ou região da nuvem)
ui-site-contact = Pessoa de contacto

## The executive summary, the conclusion and the decision
report-summary = Sumário executivo
report-summary-what = O que é tratado
report-summary-processing = Fluxos no mapa: { $flows }, entre { $sites } locais; atravessam uma fronteira: { $crossing }. Dados transportados: { $classes }.
report-summary-more-purposes = e mais { $count } finalidades (secção 1)
report-summary-where = Para onde vão
report-summary-verdict = Conclusão por regime
report-verdict-blocked = não está pronto: { $missing } de { $flows } transferências não têm o seu mecanismo; constatações críticas ou altas em aberto: { $serious }
report-verdict-serious = não está pronto: os mecanismos estão em vigor, mas há constatações críticas ou altas em aberto: { $serious }
report-verdict-open = pode prosseguir: os mecanismos estão em vigor e não há constatações críticas ou altas em aberto; constatações de menor gravidade em aberto: { $open }
report-verdict-clear = pronto: os mecanismos estão em vigor e não há constatações em aberto
report-verdict-findings = constatações em aberto: { $open }, das quais críticas ou altas: { $serious }
report-verdict-nothing = Nenhum regime do conjunto de regras exige algo destes fluxos.
report-summary-top = Os piores riscos em aberto
report-summary-before = O que tem de acontecer antes de o tratamento prosseguir
report-summary-nothing-blocks = Nada impede o tratamento: não há constatações críticas ou altas em aberto.
report-s11 = 11. Conclusão e decisão
report-conclusion-blocked = O tratamento não deve prosseguir enquanto as { $serious } constatações críticas ou altas em aberto não forem tratadas (o sumário executivo indica o que cada uma exige).
report-conclusion-open = Não há constatações críticas ou altas em aberto. O tratamento pode prosseguir; as { $open } constatações de menor gravidade em aberto constam do plano de acção.
report-conclusion-clear = Todas as constatações estão tratadas: nada mais é exigido antes de o tratamento prosseguir.
report-decision = Decisão
report-conditions = Condições
report-approved-while-open = Aprovado com { $serious } constatações críticas ou altas em aberto.
report-sentence-gap = { " " }
report-standing = Decisão do aprovador
report-standing-none = ainda não registada (o aprovador regista-a no espaço de trabalho da AIPD)
report-standing-changed = O mapa mudou desde a aprovação: é preciso assiná-lo de novo.
report-standing-bound = A decisão vincula-se ao mapa assinado em { $date }, impressão digital { $fingerprint }.
report-standing-unbound = Nenhuma revisão assinada regista esta decisão, pelo que não se vincula a nenhuma impressão digital do mapa.
report-status-unjustified = registado como { $status } sem justificação
report-unjustified = Registados como aceites ou não aplicáveis sem justificação, pelo que contam como em aberto
report-due-before-assessment = anterior à data da avaliação
report-no-justification = Não está registada justificação para aprovar com constatações críticas ou altas em aberto.
report-justification = Justificação
report-signatures = Assinaturas
report-role-signing = Função
report-signature = Assinatura
report-seal = Carimbo da entidade: ______________________________
decision-approve = Aprovar
decision-approve_with_conditions = Aprovar com condições
decision-reject = Rejeitar

## The filing annexes
annex-heading = Anexo { $letter }. { $title }
annex-notification-title = Notificação { $regulator_a }
annex-notification-intro = Lei n.º 8/2005, artigos 21.º e 23.º. Para o formulário de notificação { $regulator_da } (em chinês ou português), um formulário por finalidade ou grupo de finalidades relacionadas. Notifique no prazo de 8 dias após o início do tratamento (art. 21.º, n.º 1): pessoalmente, por correio ou em www.dspdp.gov.mo/eservices. Uma transferência para fora de Macau assente em consentimento inequívoco ou num fundamento do art. 20.º, n.º 1, pode realizar-se após a notificação.
annex-authorisation-title = Pedido de autorização { $regulator_a }
annex-authorisation-intro = Lei n.º 8/2005, artigos 7.º, n.º 2, 8.º, n.º 2, 9.º, n.º 1, 20.º, n.º 2, 22.º e 23.º. Para cada fluxo cujas constatações pedem a autorização prévia { $regulator_da }: transferência para fora de Macau sem fundamento do art. 20.º, n.º 1, dados sensíveis, dados de crédito e de solvabilidade, interconexão de dados, alteração das finalidades do tratamento ou dados sobre actividades ilícitas e infracções. Um pedido por finalidade: contém os elementos do art. 23.º, as autorizações pedidas com os seus fluxos e os critérios de ponderação { $regulator_da } antes de autorizar. Apresente-o antes do início do tratamento ou da transferência.
annex-gba-contract-title = Contrato Padronizado na Grande Baía: a transferência
annex-gba-contract-intro = Para o anexo do Contrato Padronizado na Grande Baía, um por destinatário. Os elementos exactos do anexo não foram lidos: seguem o Anexo I do contrato padronizado da CAC. Apresente o contrato assinado para registo à Administração do Ciberespaço da Província de Guangdong ou { $regulator_a }.
annex-cac-contract-title = Contrato padronizado da CAC, Anexo I
annex-cac-contract-intro = Ordem n.º 13 da CAC; LPIP, art. 38.º. Os elementos do Anexo I do contrato padronizado da CAC, um por destinatário no exterior. Registe o contrato na administração do ciberespaço provincial no prazo de 10 dias úteis após a sua entrada em vigor, com o relatório da avaliação de impacto.
annex-pipia-title = Esboço da avaliação de impacto (LPIP)
annex-pipia-intro = LPIP, artigos 55.º e 56.º. Segundo os títulos do modelo da CAC para transferências para o exterior. A avaliação deve ser feita nos 3 meses anteriores ao registo, redigida em chinês e conservada pelo menos 3 anos (LPIP, art. 56.º).
annex-how-to-read = Preenchido a partir do mapa. "__________ (a preencher)" indica o que o mapa não regista: complete-o à mão antes de apresentar. Não constitui aconselhamento jurídico: confira cada elemento com o formulário actual da autoridade.
annex-item = Elemento
annex-content = Segundo o mapa
annex-blank = __________ (a preencher)
annex-if-any = __________ (se houver)
annex-more-values = e mais { $count }
annex-forms-left-out = Mais { $count } formulários não são impressos: um pedido desta dimensão deve ser dividido por finalidade ou destinatário.
annex-form-title = Formulário { $number }: { $subject } ({ $flows })
annex-declaration = Declaração, assinatura e carimbo
annex-sign-seal-date = assinatura __________ · carimbo __________ · data __________
annex-23a = a) Nome e endereço do responsável pelo tratamento
annex-23a-representative = a) O seu representante, nome e endereço
annex-23b = b) Finalidades do tratamento
annex-23c-subjects = c) Categorias de titulares dos dados
annex-23c-data = c) Dados ou categorias de dados pessoais
annex-23d = d) Destinatários a quem os dados podem ser comunicados, e em que condições
annex-23e = e) Entidade encarregada do tratamento
annex-23f = f) Interconexões de dados pessoais
annex-23g = g) Prazo de conservação
annex-23h = h) Forma de informação dos titulares e de exercício dos direitos de acesso e rectificação
annex-23i = i) Transferências previstas para fora de Macau e o seu fundamento
annex-23j = j) Descrição geral das medidas de segurança (artigos 15.º e 16.º)
annex-registration = Número de registo (renovação, alteração ou cancelamento)
annex-contact = Pessoa de contacto do processo
annex-conditions = condições da comunicação
annex-none-recorded = nada registado no mapa
annex-no-interconnection = nenhum fluxo está marcado como interconexão de dados
annex-interconnection = marcados como interconexão de dados: { $flows }; descrição __________ (a preencher)
annex-no-transfer = nenhuma transferência para fora de Macau
annex-sensitive = { $class } (sensível)
annex-safeguards-recorded = garantias registadas
annex-notification-none = Nenhum fluxo começa em Macau: o mapa não dá nada a notificar { $regulator_a }.
annex-authorisation-none = Nenhum fluxo do mapa precisa de autorização { $regulator_da }.
annex-b-sought = Autorização pedida
annex-b-sought-transfer = Transferência de dados pessoais para fora de Macau, para um local cuja protecção adequada não está estabelecida (art. 20.º, n.º 2)
annex-b-why = Porque não se aplica o art. 20.º, n.º 1, e porque a transferência é necessária
annex-b-recipient = Destinatário: denominação, endereço e local
annex-b-contract = Contrato que vincula o destinatário
annex-b-volume = Titulares dos dados por ano
annex-b-storage = Local de conservação no exterior
annex-b-consent = Prova do consentimento
annex-b-consent-attach = assenta em consentimento inequívoco: junte o texto e a forma de recolha { $blank }
annex-b-consent-none = não assenta em consentimento inequívoco
annex-b-pia = Referência da avaliação de impacto
annex-sender = Remetente (processador de informações pessoais): nome, endereço, contacto
annex-receiver = Destinatário: nome, endereço, pessoa de contacto, cargo, contacto
annex-purpose = Finalidade do tratamento
annex-method = Forma de tratamento
annex-scale = Escala (pessoas por ano)
annex-categories = Categorias de informações pessoais
annex-sensitive-categories = Categorias de informações pessoais sensíveis
annex-onward = Terceiros a quem o destinatário as fornece
annex-transmission = Meio de transmissão
annex-period = Prazo de conservação após a transferência
annex-period-days = { $days } dias, de { $blank } a { $blank }
annex-location = Local de conservação após a transferência
annex-other = Outros assuntos
annex-contract-reference = O contrato assinado e registado
annex-gba-contract-none = Nenhum fluxo liga uma cidade da Grande Baía do Interior da China a Macau, e nenhum assenta no Contrato Padronizado na Grande Baía.
annex-cac-contract-none = Nenhuma transferência do Interior da China precisa ou regista o contrato padronizado da CAC.
annex-pipia-none = Nenhum fluxo sai do Interior da China: o mapa não pede avaliação de impacto de uma transferência.
annex-e-profile = 1(1) O processador: estrutura accionista, controlador efectivo, organização, função de protecção de informações pessoais
annex-e-business = 1(2) Actividade e tratamento de informações pessoais em geral
annex-e-systems = 1(3) Sistemas de informação envolvidos
annex-e-lawfulness = 1(3) Finalidades, âmbito e forma, e a sua legalidade, legitimidade e necessidade
annex-e-compliance = 1(4) Cumprimento das leis de protecção de informações pessoais
annex-e-open-rules = constatações em aberto: { $rules }
annex-e-recipient-measures = 2(3) Medidas de gestão e técnicas do destinatário
annex-e-rights = Art. 5.º(4): riscos de fuga e vias para os titulares exercerem os seus direitos
annex-e-local-law = Art. 5.º(5): a lei local do destinatário e o seu efeito
annex-e-conclusion = Conclusão da avaliação
ui-dpia-decision-of = Decisão do { $role }
ui-dpia-title-of = Cargo do { $role }
ui-dpia-no-decision = Sem decisão
ui-dpia-conditions = Condições da aprovação
ui-dpia-open-serious = Ainda há { $count } constatações críticas ou altas em aberto: aprovar agora exige uma justificação registada, que o relatório imprime.
ui-dpia-justification = Justificação para aprovar com constatações críticas ou altas em aberto
ui-dpia-justification-hint = Porque pode o tratamento avançar antes de estas constatações serem tratadas, e até quando
ui-dpia-justify-first = Escreva primeiro a justificação: há constatações críticas ou altas em aberto
annex-mechanism-on-record = notificação ou autorização registada
annex-more-flows = e mais { $count } fluxos
## Unsaved work, files changed on disk, typed paths
ui-ask-save-title = Guardar as alterações?
ui-ask-save-body = { $name } tem alterações por guardar.
ui-save = Guardar
ui-dont-save = Não guardar
ui-cancel = Cancelar
ui-ok = OK
ui-recovery-title = Recuperar o trabalho por guardar?
ui-recovery-body = O borderflow foi fechado com alterações por guardar em { $name }.
ui-restore = Recuperar
ui-discard = Descartar…
ui-restored = Trabalho por guardar recuperado; guarde-o para o manter
ui-discard-title = Apagar o trabalho por guardar?
ui-discard-body = As alterações por guardar em { $name } serão apagadas definitivamente.
ui-delete = Apagar
ui-back = Voltar
ui-discarded = O trabalho por guardar foi apagado
ui-changed-title = O ficheiro foi alterado no disco
ui-changed-missing = { $path } foi movido ou apagado depois de aberto. Guardar volta a escrevê-lo.
ui-changed-body = Outro programa alterou { $path } depois de aberto. Guardar aqui substitui as alterações dele pelas suas.
ui-overwrite = Substituir
ui-save-as = Guardar como…
ui-no-dialog = Não é possível mostrar uma janela de ficheiros: { $reason }.
ui-no-dialog-service = este sistema não tem serviço de diálogos de ficheiros (nenhum portal do ambiente de trabalho no barramento da sessão, e nenhum zenity)
ui-no-dialog-unseen = o diálogo de ficheiros fechou antes de poder ser visto: o serviço de diálogos do sistema falhou
ui-no-dialog-turned-off = o editor foi iniciado sem diálogos de ficheiros
ui-path-empty = Escreva o caminho de um ficheiro.
ui-path-home-unknown = Não se pode usar ~: a pasta pessoal não é conhecida.
ui-path-wrong-extension = { $path }: o nome tem de terminar em { $extensions }
ui-path-is-folder = { $path }: é uma pasta, não um ficheiro
ui-path-no-file = { $path }: ficheiro inexistente
ui-path-no-folder = { $path }: pasta inexistente
ui-file-path = Caminho do ficheiro:
ui-replace-question = { $path } já existe: prima OK de novo para o substituir.
ui-unloadable-title = Trabalho por guardar que não pode ser recuperado
ui-unloadable-body = O borderflow encontrou trabalho por guardar de uma sessão anterior que não consegue carregar. Fica onde está, para que nada se perca; copie-o para outro lado ou apague-o.
ui-opened = Aberto: { $path }
ui-open-failed = Não foi possível abrir o ficheiro
ui-builtin-rules-failed = Não foi possível carregar as regras incorporadas
ui-guesses-title = Verifique o que foi presumido
ui-guesses-body = { $path } foi desenhado noutra ferramenta. { $count ->
        [one] Foi presumida uma coisa
       *[other] Foram presumidas { $count } coisas
    }; verifique cada uma no inspector antes de confiar nas constatações:
ui-filter-drawio = diagrama draw.io (.drawio, .drawio.svg)
ui-filter-mermaid = fluxograma Mermaid (.mmd)
ui-saved = Guardado: { $path }
ui-save-failed = Não foi possível guardar

## Register and bundle exports
ui-cmd-export-register = Exportar registo de transferências…
ui-cmd-export-register-tip = Escrever o registo de transferências (XLSX ou CSV): uma linha por fluxo transfronteiriço
ui-cmd-export-bundle = Exportar pacote de submissão…
ui-cmd-export-bundle-tip = Escrever o relatório, o diagrama, o registo e o mapa, com um manifesto SHA-256, num só zip
ui-dialog-register = Exportar o registo de transferências
ui-dialog-bundle = Exportar o pacote de submissão
ui-path-register = Exportar o registo de transferências como
ui-path-bundle = Exportar o pacote de submissão como
ui-path-hint = um caminho terminado em { $extensions }
ui-filter-docx = Documento Word
ui-filter-xlsx = Livro do Excel
ui-filter-csv = CSV (UTF-8)
ui-filter-zip = Arquivo zip
# Rascunhos das respostas da avaliação de impacto, escritos a partir do mapa.
ui-draft-list-separator = { ", " }
ui-draft-list-last = { " e " }
ui-draft-sentence-gap = { " " }
ui-draft-line = - { $flow }: { $text }
ui-draft-flow-name = { $purpose } ({ $from } → { $to })
ui-draft-who-default = A organização
ui-draft-processing = { $who } transfere dados pessoais por { $flows } { $flows ->
        [one] fluxo
       *[other] fluxos
    } entre { $sites } { $sites ->
        [one] local
       *[other] locais
    }.
ui-draft-purposes = Finalidades: { $list }.
ui-draft-platform = { $name } ({ $place })
ui-draft-platform-run-by = { $name } ({ $place }, explorado por { $operator })
ui-draft-platforms = Plataformas e onde guardam os dados: { $list }.
ui-draft-data = Dados: { $list }.
ui-draft-largest = O maior fluxo diz respeito a cerca de { $people } pessoas por ano.
ui-draft-processors = { $count ->
        [one] { $list } actua como subcontratante por sua conta.
       *[other] { $list } actuam como subcontratantes por sua conta.
    }
ui-draft-necessity = Cada fluxo transporta apenas o que a sua finalidade exige:
ui-draft-notice-given = As pessoas recebem um aviso para { $list }.
ui-draft-notice-names-recipient = O aviso indica o destinatário e o destino dos dados para { $list }.
ui-draft-notice-missing = Não está registado nenhum aviso para { $list }.
ui-draft-consent = { $list } assentam no consentimento: as pessoas podem retirá-lo, e o fluxo pára para elas.
ui-draft-kept = conservados { $days } dias
ui-draft-no-retention = sem prazo de conservação definido
export-unreadable = O diagrama não pode ser impresso de forma legível: ocupa { $width } × { $height } unidades do mapa, e na folha mais comprida que o borderflow escreve ({ $sheet } mm) os cartões dos locais ficariam a { $percent } % do seu tamanho, sendo { $readable } % o mínimo legível{ $far }. Aproxime os locais (Arrumar disposição, Ctrl+L, reorganiza todo o mapa) ou divida o mapa em mapas mais pequenos.
export-far-sites = ; os locais mais afastados são `{ $top }` (y = { $top-y }) e `{ $bottom }` (y = { $bottom-y })
export-page-too-small = O diagrama não cabe de forma legível na página escolhida: os cartões dos locais ficariam a { $percent } % do seu tamanho, sendo { $readable } % o mínimo legível; deixe o borderflow escolher a folha.

## Caracteres que nenhum tipo de letra desenha (linha de comandos e barra de estado do editor)
font-missing-heading = { $count ->
    [one] aviso: 1 carácter do mapa não pode ser desenhado pelos tipos de letra que o borderflow traz nem por nenhum tipo de letra deste computador; sai como “?” ou como uma caixa vazia:
   *[other] aviso: { $count } caracteres do mapa não podem ser desenhados pelos tipos de letra que o borderflow traz nem por nenhum tipo de letra deste computador; saem como “?” ou como caixas vazias:
}
font-missing-character = { "  " }{ $character } ({ $code }, escrita { $script }) em { $places }
font-place-map = { $field } do mapa
font-place-site = local “{ $name }” ({ $field })
font-place-flow = fluxo { $flow } ({ $field })
font-place-assessment = { $field } da avaliação
font-missing-blocks = não escrito: um documento em { $language } perderia caracteres da sua própria escrita. Instale um tipo de letra que os tenha e tente de novo, ou altere o texto.
font-missing-status = { $count ->
    [one] 1 carácter deste mapa não pode ser desenhado por nenhum tipo de letra: { $characters }
   *[other] { $count } caracteres deste mapa não podem ser desenhados por nenhum tipo de letra: { $characters }
}

# File formats (io::format)
format-list-or = { $first } ou { $last }
format-refused-map = { $path }: os mapas escrevem-se em { $extensions }
format-refused-open = { $path }: o borderflow abre { $extensions }
format-refused-bundle = { $path }: os pacotes de submissão escrevem-se em { $extensions }
format-refused-diagram = { $path }: as exportações escrevem-se em { $extensions }
format-refused-report = { $path }: os relatórios escrevem-se em { $extensions }
format-refused-register = { $path }: os registos escrevem-se em { $extensions }
cli-bundle-is-file = { $path }: é um ficheiro; indique uma pasta para o pacote de submissão, ou um nome terminado em .zip
cli-bundle-over-map = { $path }: o pacote de submissão seria escrito sobre o seu próprio ficheiro de mapa; indique outra pasta
cli-map-unreadable = { $path }: não é possível ler o mapa: { $reason }
## The editor window
cli-editor-failed = a janela do editor não pôde abrir: { $error }. { $remedy }. A linha de comandos escreve todos os resultados sem janela (borderflow --help)
cli-editor-remedy-windows = O editor desenha com Direct3D 12, Vulkan ou OpenGL 3.3: actualize o controlador da placa gráfica pelo fabricante do PC ou pelo Windows Update, ou inicie-o com a variável WGPU_BACKEND=gl (OpenGL) ou WGPU_BACKEND=dx12; num ambiente de trabalho remoto ou numa máquina virtual sem 3D, execute-o no próprio PC
cli-editor-remedy-macos = O editor desenha com Metal: execute-o numa sessão iniciada no macOS 10.13 ou posterior
cli-editor-remedy-linux = O editor precisa de uma sessão gráfica (X11 ou Wayland) e de um controlador Vulkan ou OpenGL; em Debian ou Ubuntu: apt-get install libxkbcommon-x11-0 mesa-vulkan-drivers libegl1, ou inicie-o com WGPU_BACKEND=gl para desenhar com OpenGL

## borderflow --version
cli-version-rules = pacotes de regras: { $packs }
cli-version-commit = revisão do código: { $commit }
cli-version-commit-unknown = desconhecida (compilado fora de um repositório git)

## Writing files on Windows
io-reserved-name = «{ $name }» é um nome que o Windows reserva para um dispositivo (CON, PRN, AUX, NUL, COM1 a COM9, LPT1 a LPT9, seja qual for a extensão): nada foi escrito. Escolha outro nome
io-held-open = «{ $name }» está aberto noutro programa, que impede a sua substituição: o ficheiro ficou como estava e nada foi escrito. Feche-o nesse programa (Word, Excel, um leitor de PDF) e tente de novo ({ $error })
interchange-guesses = { $count ->
    [one] 1 suposição da importação a rever (tudo o resto vem do ficheiro):
   *[other] { $count } suposições da importação a rever (tudo o resto vem do ficheiro):
}
interchange-guess-container = “{ $site }”: colocado em { $place }, por estar dentro de “{ $container }”
interchange-guess-label = “{ $site }”: colocado em { $place }, que o seu próprio rótulo indica
interchange-guess-unknown-place = “{ $site }”: jurisdição desconhecida (nenhuma faixa, contentor ou rótulo indica o local); registado como Outros locais (OTHER) até o definir
interchange-guess-kind = “{ $site }”: considerado { $kind }
interchange-guess-classes = { $flow }: categorias de dados lidas do rótulo: { $classes }
interchange-guess-no-classes = { $flow }: nenhuma categoria de dados reconhecida no rótulo “{ $label }”; marque-as no inspector
interchange-guess-edge-left-out = uma seta “{ $label }” não liga duas formas que sejam locais; foi omitida
interchange-error-not-utf8 = o ficheiro não é texto UTF-8 ({ $detail })
interchange-error-xml = o ficheiro não é XML bem formado: { $detail }
interchange-error-no-diagram = nenhum diagrama draw.io encontrado (o documento é <{ $detail }>; esperava-se <mxfile>, <mxGraphModel> ou um SVG com o atributo content)
interchange-error-compressed = uma página comprimida do diagrama não pode ser descomprimida{ $detail }
interchange-error-record = um registo borderflow nos dados do diagrama está danificado: { $detail }
interchange-error-mermaid-header = não é um fluxograma Mermaid: a primeira instrução é “{ $detail }”; esperava-se flowchart ou graph
interchange-error-mermaid-line = linha { $detail }: não é um nó nem uma ligação que este leitor entenda
interchange-output-not-map = { $path }: o resultado de uma importação é um mapa (.ron); indique um nome terminado em .ron
interchange-dpv-write-only = { $path }: o DPV JSON-LD é escrito pela exportação e não é lido; importe um .drawio, .drawio.svg, .mmd ou .csv
discover-error-xlsx = não é possível ler o livro: { $detail }
discover-error-csv = não é possível ler o CSV: { $detail }
discover-error-profile = não é um perfil de importação (correspondência de colunas guardada): { $detail }
discover-error-column = a correspondência de colunas indica uma coluna que a folha não tem: { $detail }
discover-error-no-name = nenhuma coluna tem os nomes das aplicações; as colunas da folha são: { $detail }. Escreva uma correspondência de colunas (--save-mapping dá uma para editar) e indique-a com --mapping
discover-error-queue = não é uma fila de propostas a rever: { $detail }
discover-why-no-classes = nenhuma categoria de dados corresponde ao âmbito de dados “{ $scopes }”: marque-as antes de aceitar
discover-why-classes = categorias de dados lidas do âmbito de dados “{ $scopes }”: { $classes }
discover-why-hosting = alojado em “{ $hosting }”, lido como { $place }
discover-why-hosting-unknown = jurisdição desconhecida: o alojamento “{ $hosting }” não indica um local; registado como Outros locais (OTHER) até o definir
discover-why-group-place = um grupo de utilizadores cujo nome o situa em { $place }
discover-why-group-unknown = um grupo de utilizadores; jurisdição desconhecida, registado como Outros locais (OTHER) até o definir
discover-input-kind = { $path }: descobrir lê uma folha de cálculo de aplicações (.xlsx ou .csv) ou uma fila de propostas (.json)
discover-queue-summary = fila de propostas a rever: { $items } propostas, { $proposed } por rever
discover-mapping-unconfirmed = a correspondência de colunas acima foi deduzida dos cabeçalhos: confirme-a com --mapping-ok, ou indique a sua com --mapping, antes de aceitar
discover-accept-needs-map = --accept acrescenta a um mapa: indique-o com -m MAPA (um ficheiro novo é criado)
discover-accepted = { $path }: { $count } propostas aceites; o mapa tem agora { $summary }
discover-mapping-given = correspondência de colunas (do perfil de importação):
discover-mapping-guessed = correspondência de colunas deduzida dos cabeçalhos (confirme com --mapping-ok, ou guarde-a com --save-mapping, edite-a e indique --mapping):
discover-mapping-line = { $field } ← “{ $header }”
discover-mapping-none = { $field }: nenhuma coluna
interchange-cannot-write = { $path }: não é possível escrever o ficheiro: { $error }
discover-error-unknown-item = não há nenhuma proposta `{ $id }` na fila
## The regulators' clocks (rules-spec section 7)
clock-heading = Prazos
clock-state-ok = em dia
clock-state-due = prazo próximo
clock-state-overdue = em atraso
clock-state-expired = caducado
clock-state-unknown = indeterminado
clock-due-date = Data-limite
clock-approximate = data aproximada (sem calendário de feriados para esse ano: contada de segunda a sexta-feira)
clock-start-since = a data de início do fluxo
clock-start-safeguard = a data de efeito de { $safeguard }
clock-start-sign-off = a data da aprovação
clock-start-face = as datas de início dos fluxos de informações faciais do responsável
clock-why-starts = conta-se a partir de { $date }: { $what }
clock-why-missing = falta a data: { $what }
clock-why-done = cumprido: a salvaguarda está registada
clock-why-done-ref = cumprido: referência { $ref }
clock-why-moved = o prazo terminava num dia de descanso ou feriado de { $place } e transfere-se para o primeiro dia útil seguinte
clock-why-working-days = contado em dias úteis de { $place }; não se conta o dia em que o prazo começa
clock-why-approximate = um dos dias contados é de um ano sem calendário de feriados de { $place }: contado de segunda a sexta-feira (data aproximada)
clock-why-before-start = a notificação é devida antes do início da transferência
clock-why-stand-in = a data de efeito do contrato substitui a data do registo (registado nos 10 dias úteis seguintes)
clock-why-after-contract = a avaliação tem data posterior à data de efeito do contrato: deve preceder o registo
clock-why-backlog = o responsável já tinha informações faciais de { $count } pessoas em 1 de Junho de 2025
clock-why-macau-excused = os dias de tolerância de ponto contam como dias úteis (questão em aberto)
clock-none = Nenhum prazo corre neste mapa.
clock-needs-review = Requer revisão
clock-review-due = Revisão pendente
ui-insp-since = Iniciado em
ui-clock-none-on-flow = Nenhum prazo corre neste fluxo.
ui-clock-safeguard-date = { $safeguard } produz efeitos desde
ui-clock-review-count = { $count ->
        [one] 1 prazo pede uma revisão
       *[other] { $count } prazos pedem uma revisão
    }
ui-clock-the-map = O mapa
ui-not-a-date = não é uma data (AAAA-MM-DD)
place-mainland = Interior da China
place-macau = Macau
place-hong-kong = Hong Kong

## What changed since the sign-off (diff)
diff-heading = Alterações desde a última aprovação
diff-verdict = Conclusão
diff-verdict-none = Sem alterações
diff-verdict-cosmetic = Alteração meramente formal (só posições, notas ou redacção)
diff-verdict-resign = Nova aprovação necessária (mudou uma constatação, uma passagem de fronteira, um mecanismo ou uma categoria de dados)
diff-the-map = o mapa
diff-added = adicionado
diff-removed = removido
diff-changed = alterado
diff-appeared = constatação nova
diff-cleared = constatação eliminada
diff-risk-up = risco agravado
diff-risk-down = risco atenuado
diff-mechanism = a decisão sobre o mecanismo de exportação do Interior da China mudou
diff-clock-started = prazo iniciado
diff-clock-stopped = prazo terminado
cli-diff-never-signed = { $path }: nenhuma aprovação deste mapa guardou a versão aprovada (os mapas aprovados antes da versão 5 do formato guardam só a impressão digital); compare dois ficheiros com `borderflow diff OLD NEW`
cli-diff-signed-unreadable = { $path }: a versão guardada com a última aprovação não pode ser lida
cli-diff-usage = indique dois mapas (`borderflow diff OLD NEW`) ou um mapa e --since-signoff
cli-merge-clean = { $path }: fusão sem conflitos
cli-merge-conflicts = { $path }: fusão com { $count ->
    [one] 1 conflito
   *[other] { $count } conflitos
}, com o valor da nossa versão e listados em `conflicts` no ficheiro: resolva cada um e apague depois a lista
cli-merge-base = versão de base
cli-merge-ours = a nossa versão
cli-merge-theirs = a outra versão
cli-merge-cannot-write = { $path }: não é possível escrever o mapa fundido

## Notes in the editor's status bar
ui-recent-not-kept = a lista de ficheiros recentes não foi actualizada ({ $reason })

## Rule packs from a folder, in the editor
ui-cmd-load-rules = Acrescentar pacotes de regras de uma pasta…
ui-cmd-load-rules-tip = Avaliar o mapa com os pacotes de regras incorporados e os de uma pasta, como faz a opção --rules da linha de comandos
ui-cmd-built-in-rules = Usar só os pacotes de regras incorporados
ui-cmd-built-in-rules-tip = Deixar de usar os pacotes de regras acrescentados de uma pasta
ui-path-rules = Pasta de pacotes de regras (ficheiros .ron)
ui-path-rules-hint = uma pasta com pacotes de regras (.ron); são acrescentados aos pacotes incorporados
ui-dialog-rules = Escolher uma pasta de pacotes de regras
ui-rules-replaces = {" "}(substitui o incorporado { $file })
ui-rules-loaded = { $count ->
    [one] Acrescentado 1 pacote de regras de { $folder }: { $packs }
   *[other] Acrescentados { $count } pacotes de regras de { $folder }: { $packs }
}
ui-rules-failed = Não foi possível ler os pacotes de regras em { $folder }; as regras em uso não mudaram
ui-rules-built-in = Em uso só os pacotes de regras incorporados
ui-rules-built-in-failed = Não foi possível ler os pacotes de regras incorporados
ui-rules-in-use-folder = { $packs } (com os pacotes de { $folder })
## room: panels, zoom and the finding card of presentation mode
ui-cmd-toggle-palette = Paleta
ui-cmd-toggle-palette-tip = Mostrar ou ocultar a paleta de locais à esquerda, para dar espaço ao mapa
ui-cmd-toggle-inspector = Inspector
ui-cmd-toggle-inspector-tip = Mostrar ou ocultar o inspector à direita, para dar espaço ao mapa
ui-cmd-zoom-in = Ampliar
ui-cmd-zoom-in-tip = Ampliar o mapa um passo
ui-cmd-zoom-out = Reduzir
ui-cmd-zoom-out-tip = Reduzir o mapa um passo
ui-cmd-zoom-actual = Tamanho real (100 %)
ui-cmd-zoom-actual-tip = Mostrar o mapa no seu tamanho real
ui-zoom-percent = { $percent } %
ui-zoom-percent-tip = O zoom do mapa: = e - ampliam e reduzem, 0 mostra-o a 100 %, Home mostra o mapa inteiro
ui-present-card-none = Este fluxo não tem constatações.
ui-present-card-close = Fechar
## filing-grade outputs (issue 26)
annex-b-sought-sensitive = Tratamento de dados sensíveis (art. 7.º, n.º 2)
annex-b-sought-credit = Tratamento de dados de crédito e de solvabilidade (art. 22.º)
annex-b-sought-interconnection = Interconexão de dados (arts. 9.º, n.º 1, e 22.º)
annex-b-sought-purpose-change = Alteração das finalidades do tratamento sem outra condição de legitimidade (art. 22.º)
annex-b-sought-prior = Tratamento sujeito a autorização prévia (art. 22.º)
annex-b-sought-offence = Dados sobre actividades ilícitas e infracções (art. 8.º, n.º 2)
annex-b-why-flow = o motivo deste fluxo
annex-reference = para referência, a resposta do mapa
annex-means = Meios de tratamento (automatizado ou manual)
annex-means-automated = automatizado: numa plataforma ou num sistema informático
annex-start = Início do tratamento (o prazo da notificação conta-se a partir dele)
annex-start-due = { $date }; notificar até { $due }
annex-attachments = Documentos anexos
annex-attachment-dpia = esta avaliação de impacto, { $id }, { $version }
annex-attachment-diagram = o diagrama dos fluxos de dados
annex-no-recipient-outside = nenhum fora do responsável pelo tratamento
annex-b-prior = Descrição da interconexão, da nova finalidade ou dos dados de crédito
annex-b-special = Dados sensíveis ou sobre infracções, e o fundamento invocado (arts. 7.º e 8.º)
annex-b-ground = fundamento
cli-severity-breakdown = { " (" }{ $list })
cli-column-rule = REGRA
## portfolio
portfolio-title = Portefólio
portfolio-maps = Mapas
portfolio-heatmap = Riscos de todos os mapas em conjunto
portfolio-heatmap-sheet = Mapa de calor
portfolio-summary = { $maps ->
    [one] 1 mapa
   *[other] { $maps } mapas
}, { $unreadable } ilegíveis · avaliados em { $date } · prazos a vencer nos próximos { $days } dias ou em atraso
portfolio-unreadable = não é possível ler este mapa: { $error }
portfolio-yes = sim
portfolio-no = não
portfolio-not-signed = não aprovado
portfolio-col-path = Ficheiro
portfolio-col-organisation = Organização
portfolio-col-title = Mapa
portfolio-col-language = Língua
portfolio-col-sites = Locais
portfolio-col-crossing = Fluxos transfronteiriços
portfolio-col-severity-5 = Crítica
portfolio-col-severity-4 = Alta
portfolio-col-severity-3 = Média
portfolio-col-severity-2 = Baixa
portfolio-col-severity-1 = Informativa
portfolio-col-residual = Risco residual mais elevado
portfolio-col-clocks = Prazos a vencer nos próximos 90 dias ou em atraso
portfolio-col-overdue = Em atraso
portfolio-col-review = Revisão
portfolio-col-sign-off = Estado da aprovação
portfolio-col-signed-on = Data da aprovação
portfolio-col-changed = Alterado desde a aprovação
portfolio-col-grid = Grelha
format-refused-portfolio = { $path }: os portefólios escrevem-se em { $extensions }
cli-portfolio-not-folder = { $path }: não é uma pasta; indique a pasta que contém os mapas
cli-portfolio-empty = { $path }: não há mapas (.ron) nesta pasta nem nas subpastas
cli-portfolio-cannot-write = { $path }: não é possível escrever o portefólio
cli-portfolio-done = { $path }: portefólio de { $maps ->
    [one] 1 mapa
   *[other] { $maps } mapas
} escrito ({ $unreadable } ilegíveis)

## register clocks
register-sheet-clocks = Prazos
register-clock-approximate = Data aproximada
register-clock-reasons = Motivos
## review: the risk view and the sign-off
ui-risk-col-severity = Gravidade
ui-risk-col-subject = Fluxo ou local
ui-risk-col-rule = Regra
ui-risk-col-status = Estado
ui-risk-col-title = Constatação
ui-risk-sort-by = Ordenar por { $column }
ui-risk-sort-tip = Clique para ordenar por esta coluna; clique de novo para inverter a ordem
ui-risk-maximise = Encher a janela com a vista dos riscos (Ctrl+Shift+M)
ui-risk-restore = Devolver o espaço ao mapa (Ctrl+Shift+M)
ui-cmd-maximise-risk = Maximizar a vista dos riscos
ui-cmd-maximise-risk-tip = Encher a janela com as constatações, os mapas de calor e o plano de acção, ou devolver o espaço ao mapa
ui-risk-key = Legenda: a fonte da citação é (V) a lei ou a página do regulador, (S) uma fonte secundária, (U) não confirmada, a confirmar por um jurista · uma categoria marcada [M] é sensível nos termos do art. 7.º da LPDP, [P] nos termos do art. 28.º da LPIP
ui-dpia-decide-first = Escolha primeiro a decisão
ui-dpia-confirm-signature = Assinar como { $role }: { $name }, decisão «{ $decision }», na revisão do mapa { $revision }?
ui-dpia-confirm-sign = Confirmar a assinatura
ui-dpia-confirm-cancel = Cancelar
ui-risk-maximise-short = Maximizar
ui-risk-restore-short = Restaurar
