# borderflow 繁體中文。
# Each line is `key = text`; `{ $name }` is filled in by the program. Keep every key and
# placeholder of en.ftl; see assets/i18n/README.md.

## The report's fixed words

report-report = 個人資料保護影響評估
report-organisation = 機構
report-evaluated-on = 規則適用日期
report-map-fingerprint = 資料地圖指紋
report-labelled = { $label }：{ $value }
report-heading-colon = { $label }：
report-list-separator = ；
report-item-separator = 、
report-s1 = 1. 處理活動說明
report-s2 = 2. 資料流向圖
report-s3 = 3. 資料流清單
report-s4 = 4. 通知及申報問題
report-s5 = 5. 跨境轉移機制
report-s6 = 6. 風險登記冊
report-s7 = 7. 風險熱圖
report-s8 = 8. 行動計劃
report-s9 = 9. 簽署
report-s10 = 10. 規則版本、日期及注意事項
report-not-answered = 尚未回答：請在 DPIA 工作區填寫。
report-platforms = 平台及資料儲存地點
report-no-platforms = 地圖上沒有平台或資料中心。
report-site = 地點
report-operator = 營運者
report-place = 所在地
report-role = 接收方角色
report-flow = 資料流
report-from = 來源
report-to = 目的地
report-data = 資料
report-people = 每年人數
report-basis = 法律依據
report-safeguards = 保障措施
report-retention = 保存期限
report-retention-days = { $days } 日
report-unknown = 不詳
report-none = 無
report-no-flows = 地圖上尚無資料流。
report-diagram-caption = 來源在左，目的地按法域分欄；粗箭頭表示跨境，虛線表示遠程存取。
report-q-transfer = 是否有跨境傳輸？
report-q-transfer-yes = 是。以下資料流由一個法域傳往另一法域：
report-q-transfer-no = 地圖上沒有跨境的資料流。
report-q-lawful = 資料的儲存地點是否合法？
report-q-lawful-ok = 所有資料流均無其他要求。
report-still-needs = { $flow } 仍需：{ $items }
report-q-rights = 資料當事人如何行使權利？
report-information = 知情
report-access = 查閱及更正
report-objection = 反對及撤回同意
report-regime = 法律制度
report-requirements = 適用要求
report-nothing-asked = 無其他要求
report-mainland-totals = 合併計算的內地資料出境
report-mainland-none = 沒有計入門檻的內地資料出境（沒有，或全部豁免）。
report-mainland-counts = { $mechanism }：敏感個人信息 { $sensitive } 人，其他個人信息 { $other } 人（{ $flows } 條資料流，其中 { $unknown } 條人數不詳）。
report-entity-counts = { $entity }：敏感個人信息 { $sensitive } 人，其他個人信息 { $other } 人（{ $flows } 條資料流）
report-finding = 發現
report-citation = 法律出處
report-verification = 核實程度
report-initial = 初始
report-residual = 剩餘
report-status = 狀態
report-owner = 負責人
report-due = 期限
report-no-findings = 沒有發現：所有資料流均無其他要求。
report-resolved = 已解決（已處理，不再出現）
report-why-fired = 各項發現的成因（已發現的事實；已查找但欠缺的保障措施）
report-per-entity = 按出境實體
report-initial-risk = 初始風險
report-residual-risk = 剩餘風險
report-severity = 嚴重程度
report-likelihood = 可能性
report-overdue = 已逾期
report-plan-empty = 沒有未完成的處理措施。
report-unassigned = 未指派
report-assessor = 評估人
report-dpo = 資料保護主任
report-dpo-opinion = 資料保護主任意見
report-approver = 批准人
report-date = 日期
report-not-signed = 未簽署
report-revisions = 修訂記錄
report-step = 步驟
report-changed-since = 此簽署後地圖已有更改。
report-rulebook = 規則集
report-rulebook-line = 規則集：{ $version }。規則適用日期：{ $date }。
report-caveat-general = 本評估按所繪地圖應用規則集，並非法律意見；凡法律出處未完全核實者，依賴前請向律師或監管機構確認。
report-unverified = 法律出處未完全核實的發現
report-all-verified = 所用法律出處均已核實。
report-necessity = 必要性及相稱性

## Treatment statuses

status-open = 未處理
status-in_progress = 處理中
status-mitigated = 已緩解
status-accepted = 已接受
status-not_applicable = 不適用

## Legal regimes (rule packs)

regime-macau = 澳門（個人資料保護法）
regime-mainland = 內地（個人信息保護法）
regime-gba = 大灣區
regime-hong-kong = 香港（私隱條例）
regime-general = 良好做法

## Data classes

class-contact = 聯絡資料
class-identity_document = 身份證明文件
class-identity_number = 身份證明文件號碼
class-biometric = 生物識別資料
class-health = 與健康有關的資料
class-genetic = 遺傳資料
class-sex_life = 性生活或性取向
class-racial_ethnic = 種族和民族本源
class-religion_belief = 宗教信仰或世界觀
class-political_union = 政治信仰、政治社團或工會關係
class-private_life = 私人生活
class-financial_account = 金融賬戶
class-credit_solvency = 信用及償付能力
class-payroll = 報酬、給付及福利資料
class-attendance = 考勤
class-location = 位置及行蹤軌跡
class-chat_content = 聊天及訊息內容
class-hr_record = 人事記錄
class-minor_under14 = 未滿十四周歲未成年人
class-offence = 涉嫌不法活動、刑事或行政違法行為
class-image_voice = 聲音和影像
class-device_log = 裝置及存取記錄

## Legal bases

basis-consent = 同意
basis-explicit_consent = 明確同意
basis-contract = 執行與資料當事人訂立的合同所必需
basis-contract_third_party = 為資料當事人利益與第三人訂立的合同
basis-legal_obligation = 法定義務
basis-vital_interest = 重大利益
basis-public_interest = 重要的公共利益或在司法訴訟中宣告、行使或維護權利
basis-public_register = 公開登記
basis-legitimate_interest = 正當利益
basis-hr_management = 人力資源管理（個人信息保護法第13條）
basis-none = 未記錄

## Safeguards

safeguard-explicit_consent = 資料當事人明確同意轉移
safeguard-separate_consent = 單獨同意（個人信息保護法）
safeguard-guardian_consent = 監護人同意
safeguard-notice_given = 已告知
safeguard-notice_names_recipient = 告知接收方及地點
safeguard-macau_notification = 已向個人資料保護局作出通知
safeguard-macau_authorisation = 已獲個人資料保護局許可
safeguard-processor_contract = 委託處理合同
safeguard-cn_standard_contract = 個人信息出境標準合同
safeguard-gba_standard_contract = 大灣區標準合同
safeguard-cn_certification = 個人信息保護認證
safeguard-cac_assessment = 數據出境安全評估
safeguard-pia_done = 已完成影響評估
safeguard-encryption_in_transit = 傳輸加密
safeguard-e2ee = 端對端加密
safeguard-encryption_at_rest = 靜態加密
safeguard-access_control = 存取控制
safeguard-audit_log = 審計記錄
safeguard-breach_plan = 資料外洩應變計劃
safeguard-biometric_alternative = 提供非生物識別替代方式
safeguard-sharing_agreement = 與接收方處理者訂立的協議

## Recipient roles

role-processor = 次合同人
role-controller = 負責處理個人資料的實體
role-joint_controller = 共同負責處理個人資料的實體

## Jurisdictions

jurisdiction-MO = 澳門特別行政區
jurisdiction-CN-GBA = 大灣區內地九市
jurisdiction-CN = 中國內地
jurisdiction-HK = 香港特別行政區
jurisdiction-OTHER = 其他地方

## Site kinds

kind-office = 辦公地點
kind-saas = SaaS 平台
kind-datacentre = 數據中心
kind-system = 內部系統
kind-party = 外部機構
kind-people = 資料當事人群組

## Flags

flag-automated = 全部或部份以自動化方法處理
flag-important_data = 重要數據
flag-ciio = 關鍵信息基礎設施運營者
flag-originated_outside_cn = 境外收集和產生、經境內處理後向境外提供
flag-mixed_with_cn_data = 處理中引入境內個人信息或重要數據
flag-combination = 資料互聯
flag-purpose_change = 改變處理目的
flag-automated_decision = 自動化決定
flag-monitoring = 員工監察

## Access types

access-transfer = 轉移
access-remote_access = 遠程查閱

## The transfer register and the Word report

register-sheet-transfers = 跨境轉移
register-sheet-findings = 發現
register-col-number = 編號
register-col-flow = 資料流代號
register-col-source = 來源地點
register-col-source-entity = 出境實體
register-col-source-jurisdiction = 來源法域
register-col-destination = 目的地點
register-col-destination-jurisdiction = 目的法域
register-col-destination-city = 目的城市
register-col-recipient = 資料接收者
register-col-role = 接收方角色
register-col-access = 存取方式
register-col-purpose = 處理目的
register-col-classes = 資料類別（M：澳門敏感資料；P：敏感個人信息）
register-col-subjects = 每年資料當事人人數
register-col-sensitive-subjects = 其中涉及敏感資料的人數
register-col-basis = 法律依據
register-col-macau-required = 澳門：所需機制
register-col-macau-in-place = 澳門：已具備
register-col-macau-authority = 澳門：主管當局
register-col-mainland-required = 內地：所需機制
register-col-mainland-in-place = 內地：已具備
register-col-mainland-authority = 內地：主管部門
register-col-filings = 已記錄的通知、備案及合同
register-col-retention = 保存期（日）
register-col-reviewed = 最近審閱日期
register-col-open-findings = 未處理的發現
register-col-class-ids = 資料類別代號
register-col-finding-id = 發現代號
register-col-subject = 資料流或地點
register-col-rule = 規則
register-col-severity = 嚴重程度
register-col-likelihood = 可能性
register-col-score = 分數
register-col-status = 狀態
register-col-owner = 負責人
register-col-due = 期限
register-col-title = 發現
register-col-citation = 法律出處
register-col-verification = 核實程度
register-col-mitigation = 緩解措施
register-missing = 欠缺
register-not-needed = 毋須
mechanism-macau_notification = 通知（《個人資料保護法》第二十條第一款、第二十一條）
mechanism-macau_authorisation = 許可（《個人資料保護法》第二十條第二款、第二十二條）
mechanism-security_assessment = 數據出境安全評估
mechanism-standard_contract = 個人信息出境標準合同或個人信息保護認證
mechanism-gba_standard_contract = 《大灣區標準合同》
mechanism-exempt = 毋須：免予申報
authority-macau_pdpb = 個人資料保護局
authority-macau_gpdp = 個人資料保護辦公室
authority-cac = 國家互聯網信息辦公室（國家網信辦）
authority-provincial_cac = 所在地省級網信部門
authority-guangdong_cac = 廣東省互聯網信息辦公室（廣東省網信辦）
docx-page-of = 第 { $page } 頁，共 { $pages } 頁

## Severity and likelihood

severity-1 = 資訊
severity-2 = 低
severity-3 = 中
severity-4 = 高
severity-5 = 嚴重
likelihood-1 = 罕見
likelihood-2 = 不太可能
likelihood-3 = 可能
likelihood-4 = 很可能
likelihood-5 = 幾乎肯定

## Languages (each in its own script)

language-en = English
language-zh-Hant = 繁體中文
language-pt = Português
language-zh-Hans = 简体中文

## Numbers and dates

number-group = ,
number-decimal = .
date = { $year }年{ $month }月{ $day }日
month-1 = 1
month-2 = 2
month-3 = 3
month-4 = 4
month-5 = 5
month-6 = 6
month-7 = 7
month-8 = 8
month-9 = 9
month-10 = 10
month-11 = 11
month-12 = 12

## Sign-off steps

step-assessed = 已評估
step-dpo_opinion = 資料保護主任意見
step-approved = 已批准
