# borderflow in English.
# Each line is `key = text`; `{ $name }` is filled in by the program. Keep every key and
# placeholder of en.ftl; see assets/i18n/README.md.

## The report's fixed words

report-report = Data protection impact assessment
report-organisation = Organisation
report-evaluated-on = Rules as of
report-map-fingerprint = Map fingerprint
report-labelled = { $label }: { $value }
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
report-rulebook-line = Rulebook: { $version }. Rules as of { $date }.
report-caveat-general = This assessment applies the rulebook to the map as drawn. It is not legal advice; where a citation is not fully verified, confirm it with counsel or the regulator before relying on it.
report-unverified = Findings whose citation is not fully verified
report-all-verified = Every citation used is verified.
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
register-col-source-jurisdiction = Source jurisdiction
register-col-destination = Destination site
register-col-destination-jurisdiction = Destination jurisdiction
register-col-destination-city = Destination city
register-col-recipient = Recipient
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
