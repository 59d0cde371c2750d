# borderflow in English.
# Each line is `key = text`; `{ $name }` is filled in by the program. Keep every key and
# placeholder of en.ftl; see assets/i18n/README.md.

## The report's fixed words

report-report = Data protection impact assessment
report-organisation = Organisation
report-evaluated-on = Rules as of (Macau time)
report-map-fingerprint = Map fingerprint
report-page-of = Page { $page } of { $pages }
report-version = Version { $version }
report-version-draft = Version { $version } (draft)
report-issued = Issued { $date }
report-fingerprint-defined = The map fingerprint is a hash of the map's title, organisation, sites and flows. Treating findings, signing and saving leave it unchanged, so a signed map that has not been redrawn shows the same value everywhere: here, in the revision log and as the diagram's content hash.
report-labelled = { $label }: { $value }
report-bracketed = { $text } ({ $detail })
report-heading-colon = { $label }:
report-list-separator = { "; " }
report-item-separator = { ", " }
report-s1 = 1. Processing description
report-s2 = 2. Data-flow diagram
report-s3 = 3. Flow inventory
report-s4 = 4. Filing questions
report-s5 = 5. Transfer mechanisms
report-s6 = 6. Risk register
report-s7 = 7. Risk heatmap
report-s8 = 8. Action plan
report-s9 = 9. Sign-off
report-s10 = 10. Rulebook, date and caveats
report-not-answered = Not answered yet: complete it in the DPIA workspace.
report-platforms = Platforms and where they store data
report-no-platforms = The map has no platform or data centre.
report-per-flow = The processing per flow: purpose and notes
report-purpose-missing = purpose not recorded
report-site = Site
report-operator = Operator
report-place = Place
report-role = Recipient role
report-flow = Flow
report-from = From
report-to = To
report-data = Data
report-people = People a year
report-basis = Legal basis
report-safeguards = Safeguards
report-retention = Retention
report-retention-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
report-unknown = unknown
report-none = none
report-no-flows = The map has no flows yet.
report-diagram-caption = Origins on the left, destinations by jurisdiction lane; thicker arrows cross a border, dashed ones are remote access.
report-q-transfer = Is there a cross-border transfer?
report-q-transfer-yes = Yes. These flows leave one legal territory for another:
report-q-transfer-no = No flow on the map crosses a border.
report-q-lawful = Is the storage location lawful for the data?
report-q-lawful-ok = Nothing more is asked of any flow.
report-still-needs = { $flow } still needs: { $items }
report-q-rights = How can people exercise their rights?
report-information = Information
report-access = Access and correction
report-objection = Objection and withdrawal
report-regime = Regime
report-requirements = What applies
report-nothing-asked = nothing more asked
report-route = Route
report-required = Required mechanism
report-in-place = In place
report-missing = Missing
report-authority = Authority
report-deadline = Deadline
report-mech-mo-consent = Explicit consent and notification to the PDPB (PDPA Art 20(1))
report-mech-mo-necessity = Necessity ground and notification to the PDPB (PDPA Art 20(1))
report-mech-mo-authorisation = Authorisation by the PDPB (PDPA Art 20(2)), unless explicit consent or a necessity ground applies (Art 20(1))
report-mech-cn-assessment = CAC security assessment
report-mech-cn-contract = CAC standard contract (filed) or certification
report-mech-gba-contract = GBA standard contract (filed)
report-mech-exempt = Exempt: { $article }
report-mech-none = No transfer mechanism in the rulebook for this regime
report-deadline-8-days = Within 8 days of starting (Art 21(1))
report-deadline-before = Before the transfer
report-deadline-10-days = Within 10 working days of the contract taking effect
report-deadline-unconfirmed = After signing (deadline not confirmed)
report-mainland-totals = Mainland exports counted together
report-mainland-none = No Mainland export counts towards the thresholds (none, or all exempt).
report-mainland-counts = { $mechanism }: { $sensitive } people with sensitive data, { $other } people with other data ({ $flows ->
        [one] one flow
       *[other] { $flows } flows
    }, { $unknown } of them with unknown counts).
report-entity-counts = { $entity }: { $sensitive } people with sensitive data, { $other } people with other data ({ $flows ->
        [one] one flow
       *[other] { $flows } flows
    })
report-finding = Finding
report-citation = Citation
report-verification = Verification
report-initial = Initial
report-residual = Residual
report-status = Status
report-owner = Owner
report-due = Due
report-no-findings = No findings: nothing more is asked of any flow.
report-flows = Flows
report-whole-map = the whole map
report-informational = Informational findings (nothing to treat: not open risks)
report-justifications = Justifications recorded with the treatments
report-resolved = Resolved (treated, no longer found)
report-why-fired = Why each finding fired (facts found; safeguards looked for and missing)
report-per-entity = Per exporting entity
report-initial-risk = Initial risk
report-residual-risk = Residual risk
report-severity = Severity
report-likelihood = Likelihood
report-overdue = overdue
report-plan-empty = No open treatment: nothing left to do.
report-unassigned = Unassigned
report-assessor = Assessor
report-dpo = Data protection officer
report-dpo-opinion = DPO opinion
report-approver = Approver
report-date = Date
report-not-signed = not signed
report-revisions = Revision log
report-step = Step
report-changed-since = The map has changed since this signature.
report-rulebook = Rulebook
report-rulebook-line = Rulebook: { $version }. Rules as of { $date }, Macau time.
report-caveat-general = This assessment applies the rulebook to the map as drawn. It is not legal advice; where a citation is not fully verified, confirm it with counsel or the regulator before relying on it.
report-still-open = Still open, not modelled
report-unverified = Findings whose citation is not fully verified
report-verification-levels = V: read in the official text; S: secondary source only; U: not confirmed.
report-all-verified = Every citation used is verified.
report-fallbacks = Rulebook texts not given in this language
report-fallback = { $text }: shown in { $language }
report-necessity = Necessity and proportionality

## Treatment statuses

status-open = Open
status-in_progress = In progress
status-mitigated = Mitigated
status-accepted = Accepted
status-not_applicable = Not applicable

## Legal regimes (rule packs)

regime-macau = Macau (PDPA)
regime-mainland = Mainland (PIPL)
regime-gba = Greater Bay Area
regime-hong-kong = Hong Kong (PDPO)
regime-general = Good practice

## Data classes

class-contact = Contact details
class-identity_document = Identity documents
class-identity_number = Identity numbers
class-biometric = Biometric data
class-health = Health data
class-genetic = Genetic data
class-sex_life = Sex life or orientation
class-racial_ethnic = Racial or ethnic origin
class-religion_belief = Religious or philosophical beliefs
class-political_union = Political opinions or union membership
class-private_life = Private life
class-financial_account = Financial accounts
class-credit_solvency = Credit and solvency
class-payroll = Payroll
class-attendance = Attendance
class-location = Location
class-chat_content = Chat and message content
class-hr_record = HR records
class-minor_under14 = Children under 14
class-offence = Offences
class-image_voice = Images and voice
class-device_log = Device and access logs

## Legal bases

basis-consent = Consent
basis-explicit_consent = Explicit consent
basis-contract = Contract with the person
basis-contract_third_party = Contract in the person's interest
basis-legal_obligation = Legal obligation
basis-vital_interest = Vital interest
basis-public_interest = Public interest or legal claims
basis-public_register = Public register
basis-legitimate_interest = Legitimate interest
basis-hr_management = HR management (PIPL Art 13)
basis-none = Not recorded

## Safeguards

safeguard-explicit_consent = Explicit consent to the transfer
safeguard-separate_consent = Separate consent (PIPL)
safeguard-guardian_consent = Guardian consent
safeguard-notice_given = Notice given
safeguard-notice_names_recipient = Notice names recipient and place
safeguard-macau_notification = Macau notification filed
safeguard-macau_authorisation = Macau authorisation granted
safeguard-processor_contract = Processor contract
safeguard-cn_standard_contract = Mainland standard contract
safeguard-gba_standard_contract = GBA standard contract
safeguard-cn_certification = Mainland certification
safeguard-cac_assessment = CAC security assessment
safeguard-pia_done = Impact assessment on file
safeguard-encryption_in_transit = Encryption in transit
safeguard-e2ee = End-to-end encryption
safeguard-encryption_at_rest = Encryption at rest
safeguard-access_control = Access control
safeguard-audit_log = Audit log
safeguard-breach_plan = Breach plan
safeguard-biometric_alternative = Non-biometric alternative offered
safeguard-sharing_agreement = Sharing agreement with the recipient

## Recipient roles

role-processor = Processor
role-controller = Controller
role-joint_controller = Joint controller

## Jurisdictions

jurisdiction-MO = Macau SAR
jurisdiction-CN-GBA = Mainland, Greater Bay Area
jurisdiction-CN = Mainland China
jurisdiction-HK = Hong Kong SAR
jurisdiction-OTHER = Elsewhere

## Other countries, by ISO code (a code not listed prints as itself)
country-PT = Portugal
country-SG = Singapore
country-US = United States
country-GB = United Kingdom
country-TW = Taiwan
country-JP = Japan
country-KR = South Korea
country-DE = Germany
country-FR = France
country-AU = Australia
country-CA = Canada
country-MY = Malaysia
country-TH = Thailand
country-PH = Philippines
country-VN = Vietnam
country-ID = Indonesia
country-IN = India
country-CH = Switzerland
country-NL = Netherlands
country-IE = Ireland
country-BR = Brazil
country-AO = Angola
country-MZ = Mozambique
country-CV = Cape Verde

## Site kinds

kind-office = Office
kind-saas = SaaS platform
kind-datacentre = Data centre
kind-system = Internal system
kind-party = Outside party
kind-people = Group of people

## Flags

flag-automated = Automated processing
flag-important_data = Important data (Mainland)
flag-ciio = CIIO exporter
flag-originated_outside_cn = Originated outside the Mainland
flag-mixed_with_cn_data = Mixed with Mainland data
flag-combination = Combination of data sets
flag-purpose_change = Change of purpose
flag-automated_decision = Automated decisions
flag-monitoring = Employee monitoring

## Access types

access-transfer = Transfer
access-remote_access = Remote access

## The transfer register and the Word report

register-sheet-transfers = Transfers
register-sheet-findings = Findings
register-col-number = No.
register-col-flow = Flow id
register-col-source = Source site
register-col-source-entity = Exporting entity
register-col-source-sector = Sector of the exporting entity
register-col-source-jurisdiction = Source jurisdiction
register-col-destination = Destination site
register-col-destination-jurisdiction = Destination jurisdiction
register-col-destination-city = Destination city
register-col-recipient = Recipient
register-col-recipient-sector = Sector of the recipient
register-col-role = Recipient role
register-col-access = Access
register-col-purpose = Purpose of the flow
register-col-classes = Data classes (M: sensitive in Macau, P: sensitive under PIPL)
register-col-subjects = Data subjects a year
register-col-sensitive-subjects = Of whom with sensitive data
register-col-basis = Legal basis
register-col-macau-required = Macau: mechanism required
register-col-macau-in-place = Macau: in place
register-col-macau-authority = Macau: authority
register-col-mainland-required = Mainland: mechanism required
register-col-mainland-in-place = Mainland: in place
register-col-mainland-authority = Mainland: authority
register-col-filings = Filings and contracts on record
register-col-retention = Retention (days)
register-col-reviewed = Last reviewed
register-col-open-findings = Open findings
register-col-class-ids = Data class ids
register-col-finding-id = Finding id
register-col-subject = Flow or site
register-col-rule = Rule
register-col-severity = Severity
register-col-likelihood = Likelihood
register-col-score = Score
register-col-status = Status
register-col-owner = Owner
register-col-due = Due
register-col-title = Finding
register-col-citation = Citation
register-col-verification = Verification
register-col-mitigation = Mitigation
register-missing = Missing
register-not-needed = Not needed
mechanism-macau_notification = Notification (PDPA Arts 20(1), 21)
mechanism-macau_authorisation = Authorisation (PDPA Arts 20(2), 22)
mechanism-security_assessment = CAC security assessment
mechanism-standard_contract = Standard contract or certification
mechanism-gba_standard_contract = GBA standard contract
mechanism-exempt = None: exempt
authority-macau_pdpb = Personal Data Protection Bureau (PDPB)
authority-macau_gpdp = Office for Personal Data Protection (GPDP)
authority-cac = Cyberspace Administration of China (CAC)
authority-provincial_cac = Provincial cyberspace department where the exporter is
authority-guangdong_cac = Cyberspace Administration of Guangdong Province
docx-page-of = Page { $page } of { $pages }

## Severity and likelihood

severity-1 = info
severity-2 = low
severity-3 = medium
severity-4 = high
severity-5 = critical
likelihood-1 = rare
likelihood-2 = unlikely
likelihood-3 = possible
likelihood-4 = likely
likelihood-5 = almost certain

## Languages (each in its own script)

language-en = English
language-zh-Hant = 繁體中文
language-pt = Português
language-zh-Hans = 简体中文

## Numbers and dates

number-group = ,
number-decimal = .
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Sign-off steps

step-assessed = Assessed
step-dpo_opinion = DPO opinion
step-approved = Approved

## Why a finding fired (the reasons under each finding)

reason-list-separator = { "; " }
reason-item-separator = { ", " }
reason-or = { " or " }
reason-and = { " and " }
reason-so = { $inner }, so { $fact }
reason-so-not = { $inner }, so not { $fact }
reason-not-defined = { $fact } is not defined on { $date }
reason-not-fact = not { $fact } on { $flow }
reason-source-in = source { $name } is in { $place } ({ $id })
reason-target-in = target { $name } is in { $place } ({ $id })
reason-source-kind = source { $name } is a { $kind }
reason-target-kind = target { $name } is a { $kind }
reason-source-in-not = source { $name } is in { $place } ({ $id }), not { $places }
reason-target-in-not = target { $name } is in { $place } ({ $id }), not { $places }
reason-source-kind-not = source { $name } is a { $kind }, not { $kinds }
reason-target-kind-not = target { $name } is a { $kind }, not { $kinds }
reason-carries = carries { $classes }
reason-carries-none = carries none of { $classes }
reason-does-not-carry = does not carry { $classes }
reason-macau-sensitive = carries { $classes }, sensitive under Macau PDPA Art 7 on { $date }
reason-pipl-sensitive = carries { $classes }, sensitive under PIPL Art 28 on { $date }
reason-no-macau-sensitive = { $flow } carries no class sensitive under Macau PDPA Art 7 on { $date }
reason-no-pipl-sensitive = { $flow } carries no class sensitive under PIPL Art 28 on { $date }
reason-safeguard-recorded = safeguard recorded: { $safeguards }
reason-missing-safeguard = missing safeguard: { $safeguards }
reason-flagged = flagged: { $flags }
reason-not-flagged = not flagged { $flags }
reason-basis = legal basis: { $basis }
reason-basis-not = legal basis: { $basis }, not { $bases }
reason-recipient-role = recipient { $name } is a { $role }
reason-role-unrecorded = recipient of unrecorded role
reason-role-not = recipient { $name } is { $role }, not { $roles }
reason-role-unrecorded-short = of unrecorded role
reason-access = { $flow } is { $access } from { $target }
reason-access-is = access on { $flow }: { $access }
reason-no-retention = no retention period recorded on { $flow }
reason-retention-is = retention period on { $flow }: { $days } days
reason-mechanism = { $mechanism }: { $outcome } ({ $basis }); { $totals }
reason-not-mechanism = not the case that { $outcome } on { $flow }: { $decided }
reason-no-mechanism = no Mainland mechanism decision applies
reason-outcome-assessment = a CAC security assessment is needed
reason-outcome-contract = a standard contract or certification is needed
reason-outcome-exempt = no transfer mechanism is needed
reason-totals = judged by the Mainland exports of { $entity } ({ $origin }): { $sensitive } people with sensitive and { $other } with other personal information a year, over { $flows } flow(s)
reason-totals-with-unknown = judged by the Mainland exports of { $entity } ({ $origin }): { $sensitive } people with sensitive and { $other } with other personal information a year, over { $flows } flow(s), { $unknown } without a count
entity-default = the map's organisation
class-face = Face recognition data
safeguard-face_filing = Face recognition filing made with the provincial cyberspace department
sector-banking = Banking
sector-credit_reference = Credit referencing
sector-healthcare = Healthcare
sector-other = Other sector
entity-origin-entity = the site's entity
entity-origin-party-operator = the site is an outside party: its operator
entity-origin-party = the site is an outside party
entity-origin-operator = the { $kind }'s operator
entity-origin-organisation = no entity or operator recorded
reason-phrase-sector = { $name } in { $sectors }
reason-phrase-received = data received by { $item }
reason-phrase-handler-people-at-least = the handler at { $n } people or more
reason-phrase-handler-any = a flow of the handler with { $item }
reason-handler = { $handler } ({ $origin })
reason-received = { $name } received { $classes } by flow { $flow } ({ $inner })
reason-received-not = { $name } received none of these data classes by { $item }
reason-handler-people = the personal information handler { $handler } holds { $people } people a year over { $flows } such flow(s), at least { $n } (people per year stand in for the persons stored)
reason-handler-people-under = the personal information handler { $handler } holds { $people } people a year over { $flows } such flow(s), under { $n } (people per year stand in for the persons stored)
reason-handler-any = flow { $flow } of the handler { $handler } has { $item }
reason-handler-none = no flow of the handler { $handler } has { $item }
reason-sector-not-recorded = { $name }: sector not recorded (needed: { $sectors })
reason-sector = { $name } is in { $sector }
reason-sector-not = { $name }: sector { $sector }, not { $sectors }
reason-threshold = threshold { $n } reached; { $totals }
reason-under-threshold = under the threshold of { $n }; { $totals }
reason-none-of = none of: { $items }
reason-phrase-not = not { $item }
reason-phrase-source = source in { $places } (source { $name } is in { $id })
reason-phrase-target = target in { $places } (target { $name } is in { $id })
reason-phrase-source-kind = source a { $kinds }
reason-phrase-target-kind = target a { $kinds }
reason-phrase-class = class { $classes }
reason-phrase-macau-sensitive = a class sensitive under Macau PDPA Art 7
reason-phrase-pipl-sensitive = a class sensitive under PIPL Art 28
reason-phrase-safeguard = safeguard { $safeguards }
reason-phrase-flag = flag { $flags }
reason-phrase-basis = legal basis { $bases }
reason-phrase-role = recipient { $roles }
reason-phrase-access = access { $access }
reason-phrase-no-retention = no retention period
reason-phrase-sensitive-at-least = { $n } or more sensitive subjects
reason-phrase-non-sensitive-at-least = { $n } or more non-sensitive subjects
reason-phrase-subjects-at-least = { $n } or more subjects
reason-site-kind-in = site { $name } is a { $kind } in { $place } ({ $id })
reason-site-no-flow = site { $name } ({ $id }) has no flow the rule looks for
reason-site-in = site { $name } is in { $place } ({ $id })
reason-site-kind = site { $name } is a { $kind }
reason-flow-reaching = flow { $flow } reaching { $site }: { $reasons }
reason-flow-leaving = flow { $flow } leaving { $site }: { $reasons }
reason-flow-in-map = flow { $flow } in the map: { $reasons }
reason-and-others = { $text } (and { $others } other flow(s))
reason-place-macau = Macau
reason-place-mainland = the Mainland
reason-place-mainland-gba = the Mainland GBA
reason-place-mainland-rest = the Mainland outside the GBA
reason-place-hong-kong = Hong Kong
reason-place-elsewhere = elsewhere

## The command line's human output (JSON stays English)

cli-validate-ok = { $path }: ok, { $summary }
cli-summary = { $sites ->
        [one] { $sites } site
       *[other] { $sites } sites
    }, { $flows ->
        [one] { $flows } flow
       *[other] { $flows } flows
    } ({ $crossing } cross a border)
cli-imported = { $path }: wrote { $summary } from { $source }
cli-wrote = { $path }: wrote { $summary }
cli-written = { $path }: written
cli-exported = { $path }: wrote the diagram of { $summary }
cli-report-done = the DPIA report of { $summary } ({ $language })
cli-pack-replaces = note: rule pack { $file } (id `{ $id }`) replaces the built-in pack { $replaced }
cli-check-summary = { $path }: { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } as of { $date }
cli-severity-count = { $count } { $severity }
cli-mainland-none = Mainland exports counted under { $mechanism }: none (no export, or all exempt)
cli-mainland-counts = Mainland exports counted under { $mechanism }: { $sensitive } people with sensitive and { $other } with other personal information a year, over { $flows } flows
cli-mainland-unknown = { " " }({ $unknown } with no count, taken as 0)
cli-mainland-entity = { "  " }of which { $entity }: { $sensitive } sensitive, { $other } other, over { $flows } flows
cli-entity-default-changed = Exporting entities follow rulebook edition 2027-01 (an outside party, or an office's or system's operator, is its own entity): the Mainland totals of { $entities } were counted in the map's organisation before
cli-entity-changed-item = { $entity } ({ $flows } flow(s))
cli-subject-site = site { $id }
cli-subject-map = (map)
cli-column-flow = FLOW
cli-column-obligation = OBLIGATION
cli-column-severity = SEVERITY
cli-column-title = TITLE
cli-stdout-failed = cannot write to standard output: { $error }
cli-evaluated-as-of-macau = evaluated as of { $date }, Macau time
cli-evaluated-as-of = evaluated as of { $date } (--as-of)
cli-output-is-input = { $path }: the output is the input file (or one of the rule packs read); nothing was written. Give another -o name
cli-kind-no-extension = no extension
cli-other-kind = { $path }: already holds a file of another kind ({ $found }) than this command writes ({ $writes }); nothing was written. Give another -o name, or add --force to replace it
cli-register-done = { $path }: wrote the transfer register of { $summary } ({ $rows } border-crossing flows, { $language })
cli-bundle-done = the filing bundle of { $summary } ({ $language }, rules as of { $date })
cli-import-register = note: { $path } is a transfer register: it holds the border-crossing flows only. Domestic flows, each site's city and operator, the organisation, the map's language and the treatments of its findings are not in a register, so the imported map has none of them; import the map's inventory (or open the map itself) to keep them
cli-register-csv-holds = note: the CSV holds the border-crossing flows only; imported back, it gives a map without the domestic flows, the sites' cities and operators, the organisation, the language and the treatments of findings
rules-nested-too-deep = the pack nests its records more than { $limit } levels deep (conditions inside all, any and not count); write the condition with fewer levels, for example one all([…]) listing every part
inventory-cells-comma = this row has { $cells } cells but the header has { $header }; check for a missing or extra comma, or an unclosed quote
inventory-cells-semicolon = this row has { $cells } cells but the header has { $header }; the file is separated by semicolons, so a list of values in one cell (data classes, safeguards, flags: a;b) must be in double quotes ("a;b"), and check for a missing or extra semicolon or an unclosed quote
inventory-cells-tab = this row has { $cells } cells but the header has { $header }; the file is separated by tabs: check for a missing or extra tab, or an unclosed quote
overview-heading = Overview of the data flows: the full diagram is left out of this filing
overview-lanes = Sites and flows by jurisdiction
overview-lane = { $lane }: { $sites } sites; { $leaving } flows leave from here, { $arriving } arrive here
overview-between = Flows between jurisdictions
overview-pair = { $from } → { $to }: { $count } flows
overview-heaviest = The heaviest flows, by people a year
overview-flow = { $id }: { $source } → { $target }, { $people } people a year
overview-flow-unknown = { $id }: { $source } → { $target }, number of people not recorded
overview-everything-listed = Every flow is listed, with its findings, in the transfer register and in the report.
bundle-folder-other-files = { $folder }: holds files that are not a filing bundle of this map: { $names }; nothing was written.
bundle-folder-other-map = { $folder }: holds the filing bundle of another map ({ $names }); nothing was written.
bundle-folder-changed = { $folder }: files of the earlier bundle were changed after it was sealed: { $names }; nothing was written, so the changes are kept.
bundle-folder-more = { " " }and { $count } more
bundle-folder-fresh = Give an empty folder; { $fresh } does not exist yet.

## Errors a person meets in the editor

error-read = { $path }: cannot read the file: { $reason }
error-too-large = { $path }: the file is { $size } bytes; borderflow opens files up to { $limit } bytes (64 MiB)
error-not-a-file = { $path }: not a regular file (a folder, pipe or device); borderflow opens only files
error-in-file = { $path }: { $problem }
error-in-map = { $path }:{ $problem }
error-at = { $place }: { $problem }
error-not-utf8 = the file is not UTF-8 text (a map is a UTF-8 RON file)
error-not-a-map = this is not a borderflow map: its `format` is { $found }
error-newer-version = this map is format version { $found }, newer than this borderflow reads (up to version { $newest }); open it with a newer borderflow
error-unknown-version = format version { $found } does not exist; versions start at 1
error-serialize = { $path }: cannot write the map as RON: { $reason }
error-save-too-large = { $path }: the map would be { $size } bytes, over the { $limit }-byte (64 MiB) limit borderflow opens; nothing was written. Split the map into smaller maps
error-write = { $path }: cannot save: { $reason }; the previous file is unchanged
error-duplicate-site = a site with id `{ $id }` already exists; site ids must be unique
error-duplicate-flow = a flow with id `{ $id }` already exists; flow ids must be unique
error-missing-site = there is no site with id `{ $id }`
error-flow-to-missing-site = flow `{ $flow }` points to site `{ $site }`, which does not exist
error-missing-flow = there is no flow with id `{ $id }`
error-sensitive-exceeds-total = flow `{ $flow }` has { $sensitive } sensitive subjects a year but only { $total } subjects; sensitive subjects must be at most subjects_per_year
error-same-ends = flow `{ $flow }` goes from site `{ $site }` to itself; a flow joins two different sites
error-bad-position = site `{ $id }` has a position that is not a finite number

## The diagram's words (lanes, legend, title block)

diagram-lane-macau = Macau
diagram-lane-mainland-gba = Mainland GBA (incl. Hengqin)
diagram-lane-mainland = Mainland (rest)
diagram-lane-hong-kong = Hong Kong
diagram-lane-elsewhere = Elsewhere
diagram-severity-5 = Critical
diagram-severity-4 = High
diagram-severity-3 = Medium
diagram-severity-2 = Low
diagram-severity-1 = Info only
diagram-legend = Legend
diagram-worst-finding = Worst finding on the flow
diagram-no-finding = No finding
diagram-line-styles = Thicker: worse finding, thicker again across a border · dashed: remote access
diagram-class-marks = [M] sensitive under Macau PDPA Art 7 · [P] sensitive under PIPL Art 28
diagram-no-classes-recorded = No data classes recorded
diagram-no-classes = no data classes
diagram-flows = flows
diagram-separator = { ", " }
diagram-empty-lanes = No sites in
diagram-flows-key = Flows and the data they carry
diagram-names-key = Names in full
diagram-unnamed = unnamed site
diagram-diagram = Data-flow diagram
diagram-modified = map modified
diagram-not-recorded = not recorded
diagram-content-hash = content hash
diagram-rules-as-of = rules as of (Macau time)

## The editor (zh-Hans reads these in zh-Hant)

ui-menu-file = File
ui-menu-edit = Edit
ui-menu-sketch = Sketch
ui-menu-view = View
ui-menu-language = Language
ui-menu-language-tip = The language of the editor; reports are written in the map's language
ui-cmd-new = New map
ui-cmd-new-tip = Start an empty map
ui-cmd-open = Open…
ui-cmd-open-tip = Open a map (.ron) or import a flow inventory (.csv)
ui-cmd-save = Save
ui-cmd-save-tip = Save the map
ui-cmd-save-as = Save as…
ui-cmd-save-as-tip = Save the map to a new file
ui-cmd-export = Export diagram…
ui-cmd-export-tip = Write the diagram as an SVG, PNG or PDF page with its title block and legend
ui-cmd-export-report = Export DPIA report…
ui-cmd-export-report-tip = Write the DPIA report (PDF, Word, HTML or Markdown) in the report's language
ui-cmd-quit = Quit
ui-cmd-quit-tip = Close borderflow
ui-cmd-undo = Undo
ui-cmd-undo-tip = Undo the last change
ui-cmd-redo = Redo
ui-cmd-redo-tip = Redo the last undone change
ui-cmd-copy = Copy
ui-cmd-copy-tip = Copy the selected sites and flows
ui-cmd-paste = Paste
ui-cmd-paste-tip = Paste copied sites and flows
ui-cmd-duplicate = Duplicate
ui-cmd-duplicate-tip = Duplicate the selected sites and flows
ui-cmd-delete = Delete
ui-cmd-delete-tip = Delete the selection (a site's flows go with it)
ui-cmd-select-all = Select all
ui-cmd-select-all-tip = Select every site
ui-cmd-select-none = Select none
ui-cmd-select-none-tip = Clear the selection
ui-cmd-find = Find…
ui-cmd-find-tip = Find a site or flow by name or id
ui-cmd-command-palette = Run a command…
ui-cmd-command-palette-tip = Run any command by typing its name
ui-cmd-quick-add = Add site…
ui-cmd-quick-add-tip = Add a site by typing a preset's name (or just type a name on the empty canvas)
ui-cmd-connect = Connect to…
ui-cmd-connect-tip = Draw a flow from the selected site to another: type its name
ui-cmd-tag = Tag flow…
ui-cmd-tag-tip = Tick or untick a data class, safeguard or fact of the selected flow: type its name
ui-cmd-next-site = Next site
ui-cmd-next-site-tip = Select the next site, lane by lane from the left, each from the top
ui-cmd-previous-site = Previous site
ui-cmd-previous-site-tip = Select the previous site in the same order
ui-cmd-nudge-left = Nudge left
ui-cmd-nudge-left-tip = Move the selected sites a little to the left (within their lane)
ui-cmd-nudge-right = Nudge right
ui-cmd-nudge-right-tip = Move the selected sites a little to the right (within their lane)
ui-cmd-nudge-up = Nudge up
ui-cmd-nudge-up-tip = Move the selected sites a little up
ui-cmd-nudge-down = Nudge down
ui-cmd-nudge-down-tip = Move the selected sites a little down
ui-cmd-step-left = Move left one grid step
ui-cmd-step-left-tip = Move the selected sites one grid step to the left (within their lane)
ui-cmd-step-right = Move right one grid step
ui-cmd-step-right-tip = Move the selected sites one grid step to the right (within their lane)
ui-cmd-step-up = Move up one grid step
ui-cmd-step-up-tip = Move the selected sites one grid step up
ui-cmd-step-down = Move down one grid step
ui-cmd-step-down-tip = Move the selected sites one grid step down
ui-cmd-fit-to-map = Fit to map
ui-cmd-fit-to-map-tip = Zoom until the whole map fits the window (or double-click the background)
ui-cmd-tidy = Tidy layout
ui-cmd-tidy-tip = Arrange the sites in their lanes so arrows are short and cross little
ui-cmd-toggle-findings = Findings panel
ui-cmd-toggle-findings-tip = Show or hide the findings of the map
ui-cmd-show-heatmap = Risk heatmap
ui-cmd-show-heatmap-tip = Findings by severity and likelihood, before and after treatment
ui-cmd-show-action-plan = Action plan
ui-cmd-show-action-plan-tip = The open treatments by owner and due date
ui-cmd-toggle-dpia = DPIA workspace
ui-cmd-toggle-dpia-tip = Switch between the map and the DPIA form with its sign-off
ui-cmd-present = Present
ui-cmd-present-tip = Presentation mode: the map alone with larger text and the findings count; Esc or F11 leaves it
ui-cmd-toggle-minimap = Minimap
ui-cmd-toggle-minimap-tip = Show or hide the overview of a large map in the corner of the map
ui-cmd-show-neighbours = Show only the site and its neighbours
ui-cmd-show-neighbours-tip = Narrow the map view to the selected site, its flows and the sites they reach
ui-cmd-show-whole-map = Show the whole map
ui-cmd-show-whole-map-tip = Draw every site and flow again after narrowing the map view
ui-present-leave = Leave presentation (Esc)
ui-show-whole = Whole map
ui-show-name = Show on the map
ui-show-neighbours-of = { $name } and its neighbours
ui-show-counts = { $shown } of { $sites } sites, { $flows } flows
ui-minimap-name = Overview map
ui-minimap-tip = The whole map and the part in view: click or drag to move the view
ui-overview-hint = Zoomed far out: { $sites } sites by lane. Click a lane to go there; Ctrl+scroll zooms in.
ui-overview-sites = { $count } sites
ui-overview-within = { $count } flows within
ui-overview-go = Click to go there
ui-overview-pair = → { $rightwards } · ← { $leftwards }
ui-overview-more = and { $count } more pairs of lanes
ui-heat-show-on-map = Show only these on the map

ui-open-recent = Open recent
ui-workspace-map = Map
ui-workspace-map-tip = The map, its findings, heatmap and action plan
ui-workspace-dpia = DPIA
ui-workspace-dpia-tip = The DPIA form and sign-off (Ctrl+Shift+D switches)
ui-counts = { $sites } sites · { $flows } flows · { $findings } findings ({ $critical } critical, { $high } high)
ui-rules-as-of = Rules as of { $date }
ui-find-hint = Find site or flow
ui-find-site = Site
ui-find-flow = Flow
ui-find-nothing = Nothing matches
ui-unsaved-changes = Unsaved changes
ui-all-saved = All changes saved
ui-autosave-failed = ⚠ Unsaved work is not protected: autosave failed ({ $reason })
ui-exporting = Exporting { $path }…

ui-insp-selection = Selection
ui-insp-selection-hint = Delete, copy or duplicate them from the Edit menu.
ui-insp-map = Map
ui-insp-title = Title
ui-insp-organisation = Organisation
ui-insp-author = Author
ui-insp-description = Description
ui-insp-no-mainland = No Mainland export counts towards the CAC thresholds (none, or all exempt).
ui-insp-hint = Select a site or flow to edit it. Drag from a site's + handle to another site to draw a flow.
ui-insp-site = Site
ui-insp-name = Name
ui-insp-kind = Kind
ui-insp-jurisdiction = Jurisdiction
ui-insp-city = City
ui-insp-operator = Operator
ui-insp-entity = Legal entity
ui-insp-sector = Sector of the entity
ui-insp-sector-map = The map's sector
ui-insp-map-sector = Organisation's sector
ui-insp-flows = Flows
ui-insp-site-findings = Findings about this site
ui-insp-delete-site = Delete site
ui-insp-delete-site-tip = Deletes the site and its flows
ui-insp-flow = Flow
ui-insp-same-ends = A flow joins two different sites.
ui-insp-no-findings = No findings: nothing more is asked of this flow.
ui-insp-delete-flow = Delete flow
ui-insp-from = From (holds the data)
ui-insp-to = To (receives or views)
ui-insp-purpose = Purpose
ui-insp-classes = Data classes
ui-insp-classes-tip = M: sensitive under Macau PDPA Art 7 · P: sensitive under PIPL Art 28
ui-insp-numbers = People and retention
ui-insp-numbers-tip = Counts are distinct people per calendar year
ui-insp-people = People a year
ui-insp-sensitive = …with sensitive data
ui-insp-sensitive-ask = This flow carries sensitive data ({ $classes }). How many people a year have their sensitive data cross?
ui-insp-sensitive-count = People a year whose sensitive data crosses
ui-insp-sensitive-hint = number of people
ui-insp-sensitive-why = Left blank, everyone the flow carries counts as sensitive in the Mainland export totals.
ui-insp-retention = Retention
ui-insp-days = { " " }days
ui-insp-basis-section = Legal basis and recipient
ui-insp-basis = Legal basis
ui-insp-role = Recipient role
ui-insp-not-recorded = Not recorded
ui-insp-access = Access
ui-insp-safeguards = Safeguards in place
ui-insp-facts = Facts about the flow
ui-insp-selected = { $sites } sites and { $flows } flows selected.
ui-undo-edit-map = Edit map { $field }
ui-undo-edit-site = Edit site { $field }
ui-undo-edit-flow = Edit flow { $field }
ui-field-ends = Source and target
ui-field-references = Filing and contract numbers
ui-insp-mainland = Mainland exports counted towards the CAC thresholds: { $sensitive } people with sensitive and { $other } with other information a year, over { $flows } flows.
ui-insp-mechanism = Mechanism rules: { $mechanism }
ui-insp-finding-details = { $citation } · verification { $verification }
    { $mitigation }
ui-insp-flow-number = Flow { $tag }
ui-insp-findings = Findings ({ $count })
ui-notes = Notes

ui-risk-tab-findings = Findings ({ $count })
ui-risk-tab-heatmap = Heatmap
ui-risk-tab-plan = Action plan ({ $count })
ui-subject-flow = Flow { $name }
ui-subject-site = Site { $name }
ui-subject-map = The whole map
ui-risk-counts = { $all } in all: { $critical } critical, { $high } high, { $medium } medium, { $low } low, { $info } info
ui-risk-resolved = Resolved: { $count } treated findings no longer fire
ui-risk-resolved-row = ✔ { $id } · { $title } · { $status }
ui-risk-rule-gone = rule no longer in the rulebook
ui-risk-no-findings = No findings: nothing more is asked of any flow.
ui-risk-none-pass = No finding passes the filters.
ui-risk-row = { $severity } { $rule } on { $subject }: { $title } ({ $status })
ui-risk-row-tip = { $id }
    { $title }
    Citation: { $citation } (verification { $verification })
    Mitigation: { $mitigation }
ui-filter-show-only = Show only:
ui-filter-jurisdiction = Jurisdiction filter
ui-filter-any-place = any place
ui-filter-site = Site filter
ui-filter-any-site = any site
ui-filter-class = Data class filter
ui-filter-any-data = any data
ui-filter-status = Status filter
ui-filter-any-status = any status
ui-filter-clear = Clear filters

ui-plan-summary = { $open } open treatments, { $overdue } overdue (as of { $date }). Closed ones (mitigated, accepted, not applicable) are not listed.
ui-plan-empty = Nothing left to do.
ui-plan-unassigned = Unassigned
ui-plan-overdue = ⚠ { $date } overdue
ui-plan-no-due = no due date
ui-heat-cell-initial = Initial risk, severity { $severity } ({ $severity_name }), likelihood { $likelihood } ({ $likelihood_name }): { $count } findings
ui-heat-cell-residual = Residual risk, severity { $severity } ({ $severity_name }), likelihood { $likelihood } ({ $likelihood_name }): { $count } findings
ui-heat-initial = Initial risk
ui-heat-residual = Residual risk (after treatment)
ui-heat-likelihood-axis = likelihood →
ui-heat-hint = Click a cell to list its findings and show their flows on the map.
ui-heat-legend = Rows: severity. Columns: likelihood, 1 rare to 5 almost certain. The residual map places each finding where its treatment leaves it; mitigated and dismissed findings leave it.
ui-heat-in-cell = In this cell: severity { $severity } ({ $severity_name }), likelihood { $likelihood } ({ $likelihood_name })
ui-heat-clear = Clear

ui-treat-heading = Treatment
ui-treat-close = Close
ui-treat-close-tip = Stop treating this finding
ui-treat-justification = Justification (required to accept the risk or mark it not applicable)
ui-treat-justification-name = Treatment justification
ui-treat-no-justification = Without a justification this counts as open.
ui-treat-no-residual = Residual: none (mitigated or not applicable).
ui-treat-no-fix = No single safeguard closes this finding: treat it below.
ui-treat-best = Best treatment: add the safeguard, and the finding closes
ui-treat-add-tip = Adds this safeguard to the flow; the finding then no longer fires
ui-treat-status = Status
ui-treat-status-name = Treatment status
ui-treat-justify-first = Write the justification first
ui-treat-owner = Owner
ui-treat-owner-name = Treatment owner
ui-treat-due = Due
ui-treat-due-name = Treatment due date
ui-treat-residual-severity = Residual severity
ui-treat-residual-likelihood = Residual likelihood
ui-treat-gone = { $id } no longer fires: the gap is closed.
ui-treat-kept = Its treatment is kept ({ $status }), and shown as resolved.
ui-treat-residual = Residual: severity { $severity } ({ $severity_name }), likelihood { $likelihood } ({ $likelihood_name }).
ui-treat-citation = { $citation } · verification { $verification }
ui-treat-to-close = To close it: { $mitigation }
ui-undo-treat = Treat { $id }
ui-treat-add = Add “{ $safeguard }”
ui-undo-add-safeguard = Add safeguard { $safeguard }
ui-treat-added-note = { $safeguard } added to the flow.

ui-palette-heading = Add a site
ui-palette-hint = Click to add, or drag onto a lane
ui-palette-add = Add { $name }
ui-palette-tip = { $kind } in { $place } ({ $id })
ui-prompt-add = Add a site from a preset
ui-prompt-command = Run a command
ui-prompt-connect = Connect { $name } to…
ui-prompt-tag = Tag the flow { $flow }
ui-prompt-hint = Type a name…
ui-prompt-nothing = Nothing has that name.
ui-prompt-keys = ↑ ↓ choose · Enter takes · Esc closes
ui-lane-note-macau = Macau sites stay in the Macau lane: change the jurisdiction to move it
ui-lane-note-mainland-gba = Mainland GBA sites stay in the Mainland GBA lane: change the jurisdiction to move it
ui-lane-note-mainland = Sites in the rest of the Mainland stay in their lane: change the jurisdiction to move it
ui-lane-note-hong-kong = Hong Kong sites stay in the Hong Kong lane: change the jurisdiction to move it
ui-lane-note-elsewhere = Sites elsewhere stay in the Elsewhere lane: change the jurisdiction to move it
ui-palette-search = Search presets
ui-palette-search-hint = Search: DingTalk, Shenzhen…
ui-palette-nothing = No preset has that name.
ui-palette-carries = Usually carries: { $classes }
ui-presets-problems = Some presets could not be loaded
ui-canvas-flow = Flow { $id }: { $from } → { $to } ({ $tag })
ui-canvas-site = Site { $name }
ui-canvas-connect = Connect from { $name }
ui-canvas-connect-tip = Drag to another site to draw a flow
ui-undo-add-flow = Add flow
ui-undo-move-sites = { $count ->
        [one] Move site
       *[other] Move { $count } sites
    }
ui-legend = Legend
ui-legend-info-only = info only
ui-legend-no-finding = No finding
ui-legend-lines = Thicker: crosses a border. Dashed: remote access.
ui-known = known
ui-known-tip = Unticked: not recorded
ui-known-name = { $label } known
ui-iso-hint = or ISO code, e.g. PT
ui-iso-tip = Another country by its ISO 3166-1 code
ui-iso-name = Other country code
ui-as-initial = as initial ({ $level })

ui-dpia-processing = 1. Processing description
ui-dpia-processing-asks = Who processes what, for which purposes, in which roles, on which platforms and where they store the data.
ui-dpia-necessity = 2. Necessity and proportionality
ui-dpia-necessity-asks = Why each flow needs the data it carries, and why less would not do.
ui-dpia-information = 3a. Rights: information
ui-dpia-information-asks = How people are told about the processing, the recipient and the place.
ui-dpia-access = 3b. Rights: access and correction
ui-dpia-access-asks = How people see and correct their data, and how fast they get an answer.
ui-dpia-objection = 3c. Rights: objection and withdrawal
ui-dpia-objection-asks = How people object, or withdraw consent, and what then happens to the flow.
ui-dpia-retention = 4. Retention
ui-dpia-retention-asks = How long each flow's data is kept, and how it is deleted.
ui-dpia-untitled = Untitled map
ui-dpia-fill-all = Fill every empty answer from the map
ui-dpia-fill-all-tip = Drafts from the platforms, places, data classes and counts on the map
ui-dpia-fill-undo = Fill the DPIA from the map
ui-dpia-fill-one = Fill from the map
ui-dpia-not-answered = not answered
ui-dpia-not-answered-yet = Not answered yet
ui-dpia-sign-off = 5. Sign-off
ui-dpia-sign-off-hint = Each signature records the date and the map's fingerprint in the revision log.
ui-dpia-dpo-opinion = DPO opinion
ui-dpia-dpo-opinion-hint = The DPO's opinion on the assessment and its residual risks
ui-dpia-edit-sign-off = Edit the sign-off
ui-dpia-name-first = Write the name first
ui-dpia-assessor = Assessor
ui-dpia-assessed-on = Assessed on
ui-dpia-sign-assessor = Sign as assessor
ui-dpia-dpo = DPO
ui-dpia-dpo-on = DPO opinion on
ui-dpia-record-opinion = Record the DPO's opinion
ui-dpia-approver = Approver
ui-dpia-approved-on = Approved on
ui-dpia-approve = Approve
ui-dpia-revisions = Revision log
ui-dpia-nothing-signed = Nothing signed yet.
ui-dpia-date = Date
ui-dpia-by = By
ui-dpia-step = Step
ui-dpia-fingerprint = Map fingerprint
ui-dpia-not-recorded = not recorded
ui-dpia-heading = DPIA: { $title }
ui-dpia-progress = { $answered } of { $answers } answers written · { $findings } findings, { $open } still open · rules as of { $date }
ui-dpia-fill-one-undo = Fill “{ $title }” from the map
ui-dpia-edit-answer = Edit “{ $title }”
ui-dpia-this-map = { $hash } (this map)
ui-dpia-changed-since = { $hash } (the map has changed since)

ui-insp-report-language = Report language
ui-insp-report-language-tip = The language of the DPIA report and of the exported diagram; 简体中文 for filings with Mainland authorities

ui-status-undid = Undid: { $step }
ui-status-redid = Redid: { $step }
ui-undo-delete-items = Delete { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
ui-dialog-open = Open a map, or import a flow inventory or a diagram
ui-dialog-save = Save the map
ui-dialog-export = Export the diagram
ui-dialog-report = Export the DPIA report
ui-filter-map-or-inventory = borderflow map, flow inventory or diagram
ui-filter-map = borderflow map
ui-filter-inventory = flow inventory (CSV)
ui-filter-svg = SVG drawing
ui-filter-png = PNG image
ui-filter-pdf = PDF document
ui-filter-html = Web page (one file)
ui-filter-markdown = Markdown
ui-export-failed = Could not export
ui-export-running = An export is already running
ui-exported = Exported { $path }
ui-export-stopped = { $path }: the export stopped unexpectedly
ui-edit-refused = { $step } was refused: { $reason }
ui-path-open = Open a map, flow inventory or diagram
ui-path-save = Save the map as
ui-path-export = Export the diagram as
ui-path-report = Export the DPIA report as
ui-termination-unprotected = Unsaved work will not be written if the system ends borderflow: { $reason }

## What the filings ask beyond the rules (map format version 3)
report-filing-gaps = What the filings ask that the map does not record
report-filing-gaps-none = The map records every field the filings ask for.
report-filing-gaps-intro = Each is optional in the map: record it in the organisation panel or the inspector, or complete it by hand on the form before filing.
field-controller-name-zh = Controller's legal name in Chinese
field-controller-name-pt = Controller's legal name in Portuguese
field-controller-name-en = Controller's legal name in English
field-controller-address = Controller's registered address
field-controller-registration = Registration number (commercial registry or unified social credit code)
field-signatory = Legal representative who signs
field-representative = Representative in Macau (Art 23(a))
field-dpo = Data protection officer or contact person
field-controller-security = Security measures of the controller
field-subject-categories = Categories of data subjects
field-processing-method = Processing method
field-channel = Transmission channel
field-flow-security = Security measures of the flow
field-onward = Onward recipients
field-recipient-name = Recipient's legal name
field-recipient-address = Recipient's address
field-recipient-contact = Recipient's contact person
field-storage-location = Storage location after transfer
field-reference = Reference of { $safeguard }
field-name = Name
field-title = Title
field-contact = Telephone or e-mail
field-number = Number
field-dated = Filed or signed on
field-effective = Effective on
field-expires = Expires on
ui-org-heading = Organisation, for the filings
ui-org-hint = The controller as the regulators' forms name it. Every field is optional; the report prints a blank to complete for each one left empty.
ui-filing-heading = For the filings
ui-filing-no-references = Tick a filing, contract or assessment among the safeguards to record its number and dates.
ui-site-address = Address
ui-site-storage = Storage location (data centre or cloud region)
ui-site-contact = Contact person

## The executive summary, the conclusion and the decision
report-summary = Executive summary
report-summary-what = What is processed
report-summary-processing = Flows on the map: { $flows }, between { $sites } sites; crossing a border: { $crossing }. Data carried: { $classes }.
report-summary-more-purposes = and { $count } more purposes (section 1)
report-summary-where = Where it goes
report-summary-verdict = Verdict per regime
report-verdict-blocked = not ready: { $missing } of { $flows } transfers lack their mechanism; critical or high findings open: { $serious }
report-verdict-serious = not ready: the mechanisms are in place, but critical or high findings are open: { $serious }
report-verdict-open = may continue: the mechanisms are in place and no critical or high finding is open; findings of lower severity open: { $open }
report-verdict-clear = ready: the mechanisms are in place and no finding is open
report-verdict-findings = findings open: { $open }, of which critical or high: { $serious }
report-verdict-nothing = No regime of the rulebook asks anything of these flows.
report-summary-top = The worst open risks
report-summary-before = What must happen before the processing may continue
report-summary-nothing-blocks = Nothing blocks the processing: no critical or high finding is open.
report-s11 = 11. Conclusion and decision
report-conclusion-blocked = The processing should not continue until the { $serious } critical or high findings still open are treated (the executive summary lists what each needs).
report-conclusion-open = No critical or high finding is open. The processing may continue; the { $open } findings of lower severity still open are on the action plan.
report-conclusion-clear = Every finding is treated: nothing more is asked before the processing continues.
report-decision = Decision
report-conditions = Conditions
report-approved-while-open = Approved while { $serious } critical or high findings are open.
report-sentence-gap = { " " }
report-standing = Approver's decision
report-standing-none = not recorded yet (the approver records it in the DPIA workspace)
report-standing-changed = The map has changed since it was approved: it needs signing again.
report-standing-bound = The decision binds to the map as signed on { $date }, fingerprint { $fingerprint }.
report-standing-unbound = No signed revision records this decision, so it binds to no fingerprint of the map.
report-status-unjustified = recorded as { $status } without a justification
report-unjustified = Recorded as accepted or not applicable without a justification, so counted as open
report-due-before-assessment = before the assessment date
report-no-justification = No justification is recorded for approving with critical or high findings open.
report-justification = Justification
report-signatures = Signatures
report-role-signing = Role
report-signature = Signature
report-seal = Company seal: ______________________________
decision-approve = Approve
decision-approve_with_conditions = Approve with conditions
decision-reject = Reject

## The filing annexes
annex-heading = Annex { $letter }. { $title }
annex-notification-title = Notification to { $regulator_a }
annex-notification-intro = Law 8/2005 Arts 21 and 23. For { $regulator_da } notification form (in Chinese or Portuguese), one form per purpose or group of related purposes. File within 8 days of starting the processing (Art 21(1)): in person, by post or at www.dspdp.gov.mo/eservices. A transfer out of Macau resting on explicit consent or an Art 20(1) ground may proceed once notified.
annex-authorisation-title = Request to { $regulator_a } for authorisation
annex-authorisation-intro = Law 8/2005 Arts 7(2), 8(2), 9(1), 20(2), 22 and 23. For every flow whose findings ask for { $regulator_da } prior authorisation: a transfer out of Macau on no Art 20(1) ground, sensitive data, credit and solvency data, an interconnection of data, a change of purpose, or offence data. One request per purpose: it carries the items of Art 23, the authorisations sought with their flows, and { $regulator_da } criteria for authorising. File it before the processing or the transfer starts.
annex-gba-contract-title = GBA standard contract: the transfer
annex-gba-contract-intro = For the annex of the GBA (Mainland, Macao) standard contract, one per recipient. The annex's exact items were not read: these follow Annex I of the CAC standard contract. Register the signed contract with the Guangdong CAC or { $regulator_a }.
annex-cac-contract-title = CAC standard contract, Annex I
annex-cac-contract-intro = CAC Order 13; PIPL Art 38(3). The items of Annex I of the CAC standard contract, one per overseas recipient. File the contract with the provincial CAC within 10 working days of its taking effect, with the PIPIA report.
annex-pipia-title = PIPIA outline
annex-pipia-intro = PIPL Arts 55 and 56. Under the headings of the CAC's PIPIA template for exports. The assessment must be made within 3 months before filing, written in Chinese, and kept at least 3 years (PIPL Art 56).
annex-how-to-read = Pre-filled from the map. "__________ (to complete)" marks what the map does not record: complete it by hand before filing. Not legal advice: check each item against the authority's current form.
annex-item = Item
annex-content = From the map
annex-blank = __________ (to complete)
annex-if-any = __________ (if any)
annex-more-values = and { $count } more
annex-forms-left-out = { $count } more forms are not printed: a filing this large is better split by purpose or recipient.
annex-form-title = Form { $number }: { $subject } ({ $flows })
annex-declaration = Declaration, signature and seal
annex-sign-seal-date = signature __________ · seal __________ · date __________
annex-23a = (a) Name and address of the controller
annex-23a-representative = (a) Its representative, name and address
annex-23b = (b) Purposes of the processing
annex-23c-subjects = (c) Categories of data subjects
annex-23c-data = (c) Data or categories of personal data
annex-23d = (d) Recipients to whom the data may be communicated, and in what circumstances
annex-23e = (e) Entity entrusted with the processing
annex-23f = (f) Combinations (interconnections) of personal data
annex-23g = (g) Retention period
annex-23h = (h) How data subjects are informed and exercise access and rectification
annex-23i = (i) Transfers planned to places outside Macau, with their ground
annex-23j = (j) General description of the security measures (Arts 15 and 16)
annex-registration = Registration number (for a renewal, update or cancellation)
annex-contact = Contact person for the file
annex-conditions = circumstances of disclosure
annex-none-recorded = none recorded in the map
annex-no-interconnection = no flow is marked as combining data
annex-interconnection = marked as combining data: { $flows }; description __________ (to complete)
annex-no-transfer = no transfer outside Macau
annex-sensitive = { $class } (sensitive)
annex-safeguards-recorded = safeguards recorded
annex-notification-none = No flow starts in Macau: the map gives nothing to notify to { $regulator_a }.
annex-authorisation-none = No flow on the map needs { $regulator_da } authorisation.
annex-b-sought = Authorisation sought
annex-b-sought-transfer = Transfer of personal data outside Macau to a place whose adequate protection is not established (Art 20(2))
annex-b-why = Why Art 20(1) does not apply, and why the transfer is needed
annex-b-recipient = Recipient: legal name, address and place
annex-b-contract = Contract binding the recipient
annex-b-volume = Data subjects a year
annex-b-storage = Storage location abroad
annex-b-consent = Evidence of consent
annex-b-consent-attach = explicit consent is relied on: attach its text and how it is collected { $blank }
annex-b-consent-none = explicit consent is not relied on
annex-b-pia = Impact assessment reference
annex-sender = Sender (personal information handler): name, address, contact
annex-receiver = Recipient: name, address, contact person, title, contact
annex-purpose = Purpose of processing
annex-method = Method of processing
annex-scale = Scale (people a year)
annex-categories = Categories of personal information
annex-sensitive-categories = Categories of sensitive personal information
annex-onward = Third parties the recipient provides it to
annex-transmission = Transmission method
annex-period = Storage period after transfer
annex-period-days = { $days } days, from { $blank } to { $blank }
annex-location = Storage location after transfer
annex-other = Other matters
annex-contract-reference = The contract signed and filed
annex-gba-contract-none = No flow runs between a Mainland GBA city and Macau, and none rests on the GBA standard contract.
annex-cac-contract-none = No Mainland export needs or records the CAC standard contract.
annex-pipia-none = No flow leaves the Mainland: the map asks for no PIPIA of an export.
annex-e-profile = 1(1) The handler: ownership, actual controller, organisation, personal information protection function
annex-e-business = 1(2) Business and personal information processing overall
annex-e-systems = 1(3) Information systems involved
annex-e-lawfulness = 1(3) Purposes, scope and method, and their lawfulness, legitimacy and necessity
annex-e-compliance = 1(4) Compliance with personal information laws
annex-e-open-rules = findings still open: { $rules }
annex-e-recipient-measures = 2(3) The recipient's management and technical measures
annex-e-rights = Art 5(4): risks of leakage and the channels for individuals to exercise their rights
annex-e-local-law = Art 5(5): the recipient's local law and its effect
annex-e-conclusion = Conclusion of the assessment
ui-dpia-decision-of = Decision of the { $role }
ui-dpia-title-of = Title of the { $role }
ui-dpia-no-decision = No decision
ui-dpia-conditions = Conditions of the approval
ui-dpia-open-serious = { $count } critical or high findings are still open: approving now needs a recorded justification, which the report prints.
ui-dpia-justification = Justification for approving with critical or high findings open
ui-dpia-justification-hint = Why the processing may go ahead before these findings are treated, and until when
ui-dpia-justify-first = Write the justification first: critical or high findings are open
annex-mechanism-on-record = notification or authorisation on record
annex-more-flows = and { $count } more flows
## Unsaved work, files changed on disk, typed paths
ui-ask-save-title = Save changes?
ui-ask-save-body = { $name } has changes that are not saved.
ui-save = Save
ui-dont-save = Don't save
ui-cancel = Cancel
ui-ok = OK
ui-recovery-title = Restore unsaved work?
ui-recovery-body = borderflow was closed with unsaved changes to { $name }.
ui-restore = Restore
ui-discard = Discard…
ui-restored = Restored unsaved work; save it to keep it
ui-discard-title = Delete the unsaved work?
ui-discard-body = The unsaved changes to { $name } will be deleted for good.
ui-delete = Delete
ui-back = Back
ui-discarded = Deleted the unsaved work
ui-changed-title = The file changed on disk
ui-changed-missing = { $path } was moved or deleted since it was opened. Saving writes it again.
ui-changed-body = Another program changed { $path } since it was opened. Saving here replaces its changes with yours.
ui-overwrite = Overwrite
ui-save-as = Save As…
ui-no-dialog = No file dialog can be shown: { $reason }.
ui-no-dialog-service = this system has no file-dialog service (no desktop portal on a session bus, and no zenity)
ui-no-dialog-unseen = the file dialog closed before it could be seen: the system's dialog service failed
ui-no-dialog-turned-off = the editor was started without file dialogs
ui-path-empty = Type the path of a file.
ui-path-home-unknown = ~ cannot be used: the home folder is not known.
ui-path-wrong-extension = { $path }: the name must end in { $extensions }
ui-path-is-folder = { $path }: is a folder, not a file
ui-path-no-file = { $path }: no such file
ui-path-no-folder = { $path }: no such folder
ui-file-path = File path:
ui-replace-question = { $path } exists: press OK again to replace it.
ui-unloadable-title = Unsaved work that cannot be restored
ui-unloadable-body = borderflow found unsaved work from an earlier session that it cannot load. It is kept where it is, so nothing is lost; copy it elsewhere or delete it yourself.
ui-opened = Opened { $path }
ui-open-failed = Could not open the file
ui-builtin-rules-failed = The built-in rules could not be loaded
ui-guesses-title = Check what was guessed
ui-guesses-body = { $path } was drawn in another tool. { $count ->
        [one] One thing was guessed
       *[other] { $count } things were guessed
    }; check each in the inspector before relying on the findings:
ui-filter-drawio = draw.io diagram (.drawio, .drawio.svg)
ui-filter-mermaid = Mermaid flowchart (.mmd)
ui-saved = Saved { $path }
ui-save-failed = Could not save

## Register and bundle exports
ui-cmd-export-register = Export transfer register…
ui-cmd-export-register-tip = Write the transfer register (XLSX or CSV): one row per border-crossing flow
ui-cmd-export-bundle = Export filing bundle…
ui-cmd-export-bundle-tip = Write the report, diagram, register and map with a SHA-256 manifest, as one zip
ui-dialog-register = Export the transfer register
ui-dialog-bundle = Export the filing bundle
ui-path-register = Export the transfer register as
ui-path-bundle = Export the filing bundle as
ui-path-hint = a path ending in { $extensions }
ui-filter-docx = Word document
ui-filter-xlsx = Excel workbook
ui-filter-csv = CSV (UTF-8)
ui-filter-zip = Zip archive
# Drafts of the DPIA answers, written from the map.
ui-draft-list-separator = { ", " }
ui-draft-list-last = { " and " }
ui-draft-sentence-gap = { " " }
ui-draft-line = - { $flow }: { $text }
ui-draft-flow-name = { $purpose } ({ $from } → { $to })
ui-draft-who-default = The organisation
ui-draft-processing = { $who } moves personal data along { $flows } { $flows ->
        [one] flow
       *[other] flows
    } between { $sites } { $sites ->
        [one] site
       *[other] sites
    }.
ui-draft-purposes = Purposes: { $list }.
ui-draft-platform = { $name } ({ $place })
ui-draft-platform-run-by = { $name } ({ $place }, run by { $operator })
ui-draft-platforms = Platforms and where they hold data: { $list }.
ui-draft-data = Data: { $list }.
ui-draft-largest = The largest flow concerns about { $people } people a year.
ui-draft-processors = { $count ->
        [one] { $list } acts as a processor on its behalf.
       *[other] { $list } act as processors on its behalf.
    }
ui-draft-necessity = Each flow carries only what its purpose needs:
ui-draft-notice-given = People are given a notice for { $list }.
ui-draft-notice-names-recipient = The notice names the recipient and where the data goes for { $list }.
ui-draft-notice-missing = No notice is recorded for { $list }.
ui-draft-consent = { $list } rest on consent: people can withdraw it, and the flow stops for them.
ui-draft-kept = kept { $days } days
ui-draft-no-retention = no retention period set
export-unreadable = The diagram cannot be printed readably: it spans { $width } × { $height } map units, and on the longest sheet borderflow writes ({ $sheet } mm) its site cards would be { $percent } % of their size, where { $readable } % is the least that reads{ $far }. Bring the sites closer together (Tidy layout, Ctrl+L, arranges the whole map) or split the map into smaller ones.
export-far-sites = ; the sites furthest apart are `{ $top }` (y = { $top-y }) and `{ $bottom }` (y = { $bottom-y })
export-page-too-small = The diagram does not fit the chosen page readably: its site cards would be { $percent } % of their size, where { $readable } % is the least that reads; let borderflow choose the sheet.

## Characters no font draws (the command line and the editor's status bar)
font-missing-heading = { $count ->
    [one] warning: 1 character of the map cannot be drawn by the fonts borderflow carries nor by any font of this machine; it prints as “?” or an empty box:
   *[other] warning: { $count } characters of the map cannot be drawn by the fonts borderflow carries nor by any font of this machine; they print as “?” or empty boxes:
}
font-missing-character = { "  " }{ $character } ({ $code }, { $script } script) in { $places }
font-place-map = the map's { $field }
font-place-site = site “{ $name }” ({ $field })
font-place-flow = flow { $flow } ({ $field })
font-place-assessment = the assessment's { $field }
font-missing-blocks = not written: a { $language } document would lose characters of its own script. Install a font that has them and try again, or change the text.
font-missing-status = { $count ->
    [one] 1 character of this map cannot be drawn by any font: { $characters }
   *[other] { $count } characters of this map cannot be drawn by any font: { $characters }
}

# File formats (io::format)
format-list-or = { $first } or { $last }
format-refused-map = { $path }: maps are written as { $extensions }
format-refused-open = { $path }: borderflow opens { $extensions }
format-refused-bundle = { $path }: bundles write { $extensions }
format-refused-diagram = { $path }: exports write { $extensions }
format-refused-report = { $path }: reports write { $extensions }
format-refused-register = { $path }: registers write { $extensions }
cli-bundle-is-file = { $path }: is a file; give a folder for the bundle, or a name ending in .zip
cli-bundle-over-map = { $path }: the bundle would be written over its own map file; give another folder
cli-map-unreadable = { $path }: cannot read the map: { $reason }
## The editor window
cli-editor-failed = the editor window could not open: { $error }. { $remedy }. The command line writes every output without a window (borderflow --help)
cli-editor-remedy-windows = The editor draws with Direct3D 12, Vulkan or OpenGL 3.3: update the graphics driver from the PC maker or Windows Update, or start it with the variable WGPU_BACKEND=gl (OpenGL) or WGPU_BACKEND=dx12; on a remote desktop or a virtual machine without 3D, run it on the PC itself
cli-editor-remedy-macos = The editor draws with Metal: run it in a logged-in session on macOS 10.13 or later
cli-editor-remedy-linux = The editor needs a desktop session (X11 or Wayland) and a Vulkan or OpenGL driver; on Debian or Ubuntu: apt-get install libxkbcommon-x11-0 mesa-vulkan-drivers libegl1, or start it with WGPU_BACKEND=gl to draw with OpenGL

## borderflow --version
cli-version-rules = rule packs: { $packs }
cli-version-commit = commit: { $commit }
cli-version-commit-unknown = unknown (built outside a git checkout)

## Writing files on Windows
io-reserved-name = `{ $name }` is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, whatever the extension): nothing was written. Choose another name
io-held-open = `{ $name }` is open in another program, which keeps it from being replaced: the file is as it was, and nothing was written. Close it there (Word, Excel, a PDF viewer) and try again ({ $error })
interchange-guesses = { $count ->
    [one] 1 guess to review (nothing else was decided without the file saying so):
   *[other] { $count } guesses to review (nothing else was decided without the file saying so):
}
interchange-guess-container = “{ $site }”: placed in { $place }, because it sits in “{ $container }”
interchange-guess-label = “{ $site }”: placed in { $place }, which its own label names
interchange-guess-unknown-place = “{ $site }”: jurisdiction unknown (no lane, container or label names its place); recorded as Elsewhere (OTHER) until you set it
interchange-guess-kind = “{ $site }”: taken to be a { $kind }
interchange-guess-classes = { $flow }: data classes read from its label: { $classes }
interchange-guess-no-classes = { $flow }: no data class recognised in its label “{ $label }”; tick them in the inspector
interchange-guess-edge-left-out = an arrow “{ $label }” does not join two shapes that are sites; left out
interchange-error-not-utf8 = the file is not UTF-8 text ({ $detail })
interchange-error-xml = the file is not well-formed XML: { $detail }
interchange-error-no-diagram = no draw.io diagram found (the document is <{ $detail }>, expected <mxfile>, <mxGraphModel> or an SVG with a content attribute)
interchange-error-compressed = a compressed page of the diagram cannot be unpacked{ $detail }
interchange-error-record = a borderflow record in the diagram's data is damaged: { $detail }
interchange-error-mermaid-header = not a Mermaid flowchart: the first statement is “{ $detail }”, expected flowchart or graph
interchange-error-mermaid-line = line { $detail }: not a node or link this reader understands
interchange-output-not-map = { $path }: the output of an import is a map (.ron); give a name ending in .ron
interchange-dpv-write-only = { $path }: DPV JSON-LD is written by export, not read back; import a .drawio, .drawio.svg, .mmd or .csv
discover-error-xlsx = the workbook cannot be read: { $detail }
discover-error-csv = the CSV cannot be read: { $detail }
discover-error-profile = not an import profile (a saved column mapping): { $detail }
discover-error-column = the column mapping names a column the sheet does not have: { $detail }
discover-error-no-name = no column holds the apps' names; the sheet's columns are: { $detail }. Write a mapping (--save-mapping gives one to edit) and pass it with --mapping
discover-error-queue = not a discovery queue: { $detail }
discover-why-no-classes = no data class matched the data scopes “{ $scopes }”: tick them before accepting
discover-why-classes = data classes read from the data scopes “{ $scopes }”: { $classes }
discover-why-hosting = hosted in “{ $hosting }”, read as { $place }
discover-why-hosting-unknown = jurisdiction unknown: the hosting “{ $hosting }” names no place; recorded as Elsewhere (OTHER) until you set it
discover-why-group-place = a group of users whose name places it in { $place }
discover-why-group-unknown = a group of users; jurisdiction unknown, recorded as Elsewhere (OTHER) until you set it
discover-input-kind = { $path }: discover reads a spreadsheet of apps (.xlsx or .csv) or a queue (.json)
discover-queue-summary = discovery queue: { $items } proposals, { $proposed } awaiting review
discover-mapping-unconfirmed = the column mapping above was guessed from the headers: confirm it with --mapping-ok, or give your own with --mapping, before accepting
discover-accept-needs-map = --accept adds to a map: give it with -m MAP (a new file is created)
discover-accepted = { $path }: { $count } proposals accepted; the map now has { $summary }
discover-mapping-given = column mapping (from the profile):
discover-mapping-guessed = column mapping guessed from the headers (confirm with --mapping-ok, or save it with --save-mapping, edit it and pass --mapping):
discover-mapping-line = { $field } ← “{ $header }”
discover-mapping-none = { $field }: no column
interchange-cannot-write = { $path }: cannot write the file: { $error }
discover-error-unknown-item = no proposal `{ $id }` in the queue
## The regulators' clocks (rules-spec section 7)
clock-heading = Clocks
clock-state-ok = ok
clock-state-due = due
clock-state-overdue = overdue
clock-state-expired = expired
clock-state-unknown = unknown
clock-due-date = Limit date
clock-approximate = approximate (no holiday calendar for that year: counted Monday to Friday)
clock-start-since = the flow's start date
clock-start-safeguard = the date { $safeguard } took effect
clock-start-sign-off = the sign-off date
clock-start-face = the start dates of the handler's face flows
clock-why-starts = starts { $date }: { $what }
clock-why-missing = { $what } is not recorded
clock-why-done = done: the safeguard is recorded
clock-why-done-ref = done: reference { $ref }
clock-why-moved = the limit fell on a rest day or public holiday of { $place } and moves to the next working day
clock-why-working-days = counted in working days of { $place }; the start day is not counted
clock-why-approximate = a day counted is in a year with no holiday calendar of { $place }: counted Monday to Friday (approximate)
clock-why-before-start = the notification is due before the transfer starts
clock-why-stand-in = the contract's effective date stands in for the filing day (filed within 10 working days of it)
clock-why-after-contract = the assessment is dated after the contract took effect: it must come before the filing
clock-why-backlog = the handler already held face information of { $count } persons on 2025-06-01
clock-why-macau-excused = days on which public servants are excused from work (tolerância de ponto) are counted as working days (open question)
clock-none = No clock runs on this map.
clock-needs-review = Needs review
clock-review-due = Review due
ui-insp-since = Started on
ui-clock-none-on-flow = No clock runs on this flow.
ui-clock-safeguard-date = { $safeguard } took effect on
ui-clock-review-count = { $count ->
        [one] 1 clock asks for a review
       *[other] { $count } clocks ask for a review
    }
ui-clock-the-map = The map
ui-not-a-date = not a date (YYYY-MM-DD)
place-mainland = the Mainland
place-macau = Macau
place-hong-kong = Hong Kong

## What changed since the sign-off (diff)
diff-heading = Changes since the last sign-off
diff-verdict = Verdict
diff-verdict-none = No change
diff-verdict-cosmetic = Cosmetic change (only positions, notes or wording)
diff-verdict-resign = Re-sign needed (a finding, a border crossing, a mechanism or a data class changed)
diff-the-map = the map
diff-added = added
diff-removed = removed
diff-changed = changed
diff-appeared = finding appeared
diff-cleared = finding cleared
diff-risk-up = risk up
diff-risk-down = risk down
diff-mechanism = the Mainland export mechanism decision changed
diff-clock-started = clock started
diff-clock-stopped = clock stopped
cli-diff-never-signed = { $path }: no signature of this map kept the version it signed (maps signed before format version 5 keep only its fingerprint); compare two files with `borderflow diff OLD NEW`
cli-diff-signed-unreadable = { $path }: the version kept with the last signature cannot be read
cli-diff-usage = give two maps (`borderflow diff OLD NEW`) or one map and --since-signoff
cli-merge-clean = { $path }: merged cleanly
cli-merge-conflicts = { $path }: merged with { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
}, kept with our value and listed under `conflicts` in the file: resolve each, then delete the list
cli-merge-base = base
cli-merge-ours = ours
cli-merge-theirs = theirs
cli-merge-cannot-write = { $path }: cannot write the merged map

## Notes in the editor's status bar
ui-recent-not-kept = the recent files list was not updated ({ $reason })

## Rule packs from a folder, in the editor
ui-cmd-load-rules = Add rule packs from a folder…
ui-cmd-load-rules-tip = Evaluate the map with the built-in rule packs and those of a folder, as the command line's --rules does
ui-cmd-built-in-rules = Use the built-in rule packs only
ui-cmd-built-in-rules-tip = Leave out the rule packs added from a folder
ui-path-rules = Folder of rule packs (.ron files)
ui-path-rules-hint = a folder holding rule packs (.ron); they are added to the built-in packs
ui-dialog-rules = Choose a folder of rule packs
ui-rules-replaces = {" "}(replaces the built-in { $file })
ui-rules-loaded = { $count ->
    [one] Added 1 rule pack from { $folder }: { $packs }
   *[other] Added { $count } rule packs from { $folder }: { $packs }
}
ui-rules-failed = The rule packs in { $folder } could not be read; the rules in use are unchanged
ui-rules-built-in = Using the built-in rule packs only
ui-rules-built-in-failed = The built-in rule packs could not be read
ui-rules-in-use-folder = { $packs } (with the packs of { $folder })
## room: panels, zoom and the finding card of presentation mode
ui-cmd-toggle-palette = Palette
ui-cmd-toggle-palette-tip = Show or hide the palette of sites on the left, to give the map the room
ui-cmd-toggle-inspector = Inspector
ui-cmd-toggle-inspector-tip = Show or hide the inspector on the right, to give the map the room
ui-cmd-zoom-in = Zoom in
ui-cmd-zoom-in-tip = Zoom the map in one step
ui-cmd-zoom-out = Zoom out
ui-cmd-zoom-out-tip = Zoom the map out one step
ui-cmd-zoom-actual = Actual size (100 %)
ui-cmd-zoom-actual-tip = Show the map at its actual size
ui-zoom-percent = { $percent } %
ui-zoom-percent-tip = The map's zoom: = and - zoom in and out, 0 shows it at 100 %, Home fits the whole map
ui-present-card-none = No findings on this flow.
ui-present-card-close = Close
## filing-grade outputs (issue 26)
annex-b-sought-sensitive = Processing of sensitive data (Art 7(2))
annex-b-sought-credit = Processing of credit and solvency data (Art 22)
annex-b-sought-interconnection = Interconnection of data (Arts 9(1), 22)
annex-b-sought-purpose-change = Change of purpose with no other legal condition (Art 22)
annex-b-sought-prior = Processing subject to prior authorisation (Art 22)
annex-b-sought-offence = Data on suspected unlawful activities and offences (Art 8(2))
annex-b-why-flow = this flow's reason
annex-reference = for reference, the map's answer
annex-means = Means of processing (automated or manual)
annex-means-automated = automated: on a platform or in a computer system
annex-start = Start of the processing (the notification is due by a date counted from it)
annex-start-due = { $date }; notify by { $due }
annex-attachments = Documents attached
annex-attachment-dpia = this impact assessment, { $id }, { $version }
annex-attachment-diagram = the data-flow diagram
annex-no-recipient-outside = none outside the controller
annex-b-prior = The interconnection, the new purpose or the credit data, described
annex-b-special = Sensitive or offence data, and the ground relied on (Arts 7, 8)
annex-b-ground = ground
cli-severity-breakdown = { " (" }{ $list })
cli-column-rule = RULE
## portfolio
portfolio-title = Portfolio
portfolio-maps = Maps
portfolio-heatmap = Risks of every map together
portfolio-heatmap-sheet = Heatmap
portfolio-summary = { $maps ->
    [one] 1 map
   *[other] { $maps } maps
}, { $unreadable } unreadable · evaluated on { $date } · clocks due or overdue in the next { $days } days
portfolio-unreadable = cannot read this map: { $error }
portfolio-yes = yes
portfolio-no = no
portfolio-not-signed = not signed
portfolio-col-path = File
portfolio-col-organisation = Organisation
portfolio-col-title = Map
portfolio-col-language = Language
portfolio-col-sites = Sites
portfolio-col-crossing = Border-crossing flows
portfolio-col-severity-5 = Critical
portfolio-col-severity-4 = High
portfolio-col-severity-3 = Medium
portfolio-col-severity-2 = Low
portfolio-col-severity-1 = Info
portfolio-col-residual = Worst residual risk
portfolio-col-clocks = Clocks due or overdue in the next 90 days
portfolio-col-overdue = Overdue
portfolio-col-review = Review
portfolio-col-sign-off = Sign-off
portfolio-col-signed-on = Signed on
portfolio-col-changed = Changed since sign-off
portfolio-col-grid = Grid
format-refused-portfolio = { $path }: a portfolio is written as { $extensions }
cli-portfolio-not-folder = { $path }: not a folder; give the folder that holds the maps
cli-portfolio-empty = { $path }: no map (.ron) in this folder or its subfolders
cli-portfolio-cannot-write = { $path }: cannot write the portfolio
cli-portfolio-done = { $path }: portfolio of { $maps ->
    [one] 1 map
   *[other] { $maps } maps
} written ({ $unreadable } unreadable)

## register clocks
register-sheet-clocks = Clocks
register-clock-approximate = Approximate date
register-clock-reasons = Why
## review: the risk view and the sign-off
ui-risk-col-severity = Severity
ui-risk-col-subject = Flow or site
ui-risk-col-rule = Rule
ui-risk-col-status = Status
ui-risk-col-title = Finding
ui-risk-sort-by = Sort by { $column }
ui-risk-sort-tip = Click to sort by this column; click again to turn the order round
ui-risk-maximise = Fill the window with the risk view (Ctrl+Shift+M)
ui-risk-restore = Give the map its room back (Ctrl+Shift+M)
ui-cmd-maximise-risk = Maximise the risk view
ui-cmd-maximise-risk-tip = Fill the window with the findings, heatmaps and action plan, or give the map its room back
ui-risk-key = Key: the citation's source is (V) the statute or the regulator's page, (S) a secondary source, (U) unconfirmed, a lawyer must confirm it · a data class marked [M] is sensitive under Macau PDPA Art 7, [P] under PIPL Art 28
ui-dpia-decide-first = Choose the decision first
ui-dpia-confirm-signature = Sign as { $role }: { $name }, decision “{ $decision }”, on the map revision { $revision }?
ui-dpia-confirm-sign = Confirm signature
ui-dpia-confirm-cancel = Cancel
ui-risk-maximise-short = Maximise
ui-risk-restore-short = Restore
