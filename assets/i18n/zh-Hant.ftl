# borderflow 繁體中文。
# Each line is `key = text`; `{ $name }` is filled in by the program. Keep every key and
# placeholder of en.ftl; see assets/i18n/README.md.

## The report's fixed words

report-report = 個人資料保護影響評估
report-organisation = 機構
report-evaluated-on = 規則適用日期
report-map-fingerprint = 資料地圖指紋
report-page-of = 第 { $page } 頁，共 { $pages } 頁
report-version = 第 { $version } 版
report-version-draft = 第 { $version } 版（草稿）
report-issued = 發出日期：{ $date }
report-fingerprint-defined = 資料地圖指紋是資料地圖標題、機構、地點及資料流的雜湊值。處理發現、簽署及儲存均不會改變它，因此已簽署且未重繪的資料地圖在各處顯示相同的值：此處、修訂記錄中，以及資料流向圖的內容雜湊值。
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
report-not-answered = 尚未回答：請在影響評估工作區填寫。
report-platforms = 平台及資料儲存地點
report-no-platforms = 地圖上沒有平台或資料中心。
report-per-flow = 各資料流的處理：目的及備註
report-purpose-missing = 未記錄處理目的
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
report-route = 路線
report-required = 所需機制
report-in-place = 已具備
report-missing = 欠缺
report-authority = 主管當局
report-deadline = 時限
report-mech-mo-consent = 明確同意並向個人資料保護局作出通知（《個人資料保護法》第二十條第一款）
report-mech-mo-necessity = 必需情況並向個人資料保護局作出通知（《個人資料保護法》第二十條第一款）
report-mech-mo-authorisation = 個人資料保護局許可（《個人資料保護法》第二十條第二款），但具明確同意或必需情況者除外（第二十條第一款）
report-mech-cn-assessment = 數據出境安全評估
report-mech-cn-contract = 個人信息出境標準合同（備案）或個人信息保護認證
report-mech-gba-contract = 《大灣區標準合同》（備案）
report-mech-exempt = 豁免：{ $article }
report-mech-none = 規則集對此法律制度未設跨境轉移機制
report-authority-pdpb = 個人資料保護局
report-authority-cac = 國家網信辦（經省級網信辦申報）
report-authority-provincial = 省級網信辦
report-authority-gba = 廣東省網信辦或個人資料保護局
report-deadline-8-days = 開始處理後八日內（第二十一條第一款）
report-deadline-before = 轉移前
report-deadline-10-days = 合同生效之日起十個工作日內
report-deadline-unconfirmed = 簽訂後（期限未確認）
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
report-flows = 資料流
report-whole-map = 整份資料地圖
report-informational = 資訊性發現（無須處理，並非未處理的風險）
report-justifications = 處理措施所記錄的理由
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
report-verification-levels = V：已閱讀官方文本核實；S：僅有二手來源；U：未核實。
report-all-verified = 所用法律出處均已核實。
report-fallbacks = 規則集中未提供本語言的文字
report-fallback = { $text }：以{ $language }顯示
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

## Why a finding fired (the reasons under each finding)

reason-list-separator = ；
reason-item-separator = 、
reason-or = 或
reason-and = 及
reason-so = { $inner }，因此屬{ $fact }
reason-so-not = { $inner }，因此不屬{ $fact }
reason-not-defined = { $date }未有{ $fact }的定義
reason-not-fact = { $flow } 不屬{ $fact }
reason-source-in = 來源 { $name } 位於{ $place }（{ $id }）
reason-target-in = 目的地 { $name } 位於{ $place }（{ $id }）
reason-source-kind = 來源 { $name } 屬{ $kind }
reason-target-kind = 目的地 { $name } 屬{ $kind }
reason-source-in-not = 來源 { $name } 位於{ $place }（{ $id }），而非{ $places }
reason-target-in-not = 目的地 { $name } 位於{ $place }（{ $id }），而非{ $places }
reason-source-kind-not = 來源 { $name } 屬{ $kind }，而非{ $kinds }
reason-target-kind-not = 目的地 { $name } 屬{ $kind }，而非{ $kinds }
reason-carries = 涉及{ $classes }
reason-carries-none = 不涉及{ $classes }
reason-does-not-carry = 不涉及{ $classes }
reason-macau-sensitive = 涉及{ $classes }，於{ $date }屬《個人資料保護法》第七條所指的敏感資料
reason-pipl-sensitive = 涉及{ $classes }，於{ $date }屬《個人信息保護法》第二十八條所指的敏感個人信息
reason-no-macau-sensitive = { $flow } 於{ $date }不涉及《個人資料保護法》第七條所指的敏感資料
reason-no-pipl-sensitive = { $flow } 於{ $date }不涉及《個人信息保護法》第二十八條所指的敏感個人信息
reason-safeguard-recorded = 已記錄的保障措施：{ $safeguards }
reason-missing-safeguard = 欠缺保障措施：{ $safeguards }
reason-flagged = 已標示：{ $flags }
reason-not-flagged = 未標示{ $flags }
reason-basis = 法律依據：{ $basis }
reason-basis-not = 法律依據：{ $basis }，而非{ $bases }
reason-recipient-role = 接收方 { $name } 屬{ $role }
reason-role-unrecorded = 未記錄角色的接收方
reason-role-not = 接收方 { $name } 屬{ $role }，而非{ $roles }
reason-role-unrecorded-short = 角色未記錄
reason-access = { $flow } 屬從 { $target } 的{ $access }
reason-access-is = { $flow } 的存取方式：{ $access }
reason-no-retention = { $flow } 未記錄保存期
reason-retention-is = { $flow } 的保存期：{ $days } 日
reason-mechanism = { $mechanism }：{ $outcome }（{ $basis }）；{ $totals }
reason-not-mechanism = { $flow } 並非{ $outcome }：{ $decided }
reason-no-mechanism = 不適用內地出境路徑判定
reason-outcome-assessment = 須申報數據出境安全評估
reason-outcome-contract = 須訂立標準合同或通過認證
reason-outcome-exempt = 無須出境路徑
reason-totals = 按 { $entity } 的數據出境合計判斷：每年敏感個人信息 { $sensitive } 人、其他個人信息 { $other } 人，共 { $flows } 條資料流
reason-totals-with-unknown = 按 { $entity } 的數據出境合計判斷：每年敏感個人信息 { $sensitive } 人、其他個人信息 { $other } 人，共 { $flows } 條資料流，其中 { $unknown } 條人數不詳
entity-default = 本地圖的機構
reason-threshold = 已達門檻 { $n }；{ $totals }
reason-under-threshold = 未達門檻 { $n }；{ $totals }
reason-none-of = 以下皆無：{ $items }
reason-phrase-not = 非{ $item }
reason-phrase-source = 來源在{ $places }（來源 { $name } 位於 { $id }）
reason-phrase-target = 目的地在{ $places }（目的地 { $name } 位於 { $id }）
reason-phrase-source-kind = 來源屬{ $kinds }
reason-phrase-target-kind = 目的地屬{ $kinds }
reason-phrase-class = 資料類別：{ $classes }
reason-phrase-macau-sensitive = 《個人資料保護法》第七條所指的敏感資料
reason-phrase-pipl-sensitive = 《個人信息保護法》第二十八條所指的敏感個人信息
reason-phrase-safeguard = 保障措施：{ $safeguards }
reason-phrase-flag = 標示：{ $flags }
reason-phrase-basis = 法律依據：{ $bases }
reason-phrase-role = 接收方：{ $roles }
reason-phrase-access = 存取方式：{ $access }
reason-phrase-no-retention = 未訂定保存期
reason-phrase-sensitive-at-least = 敏感個人信息 { $n } 人或以上
reason-phrase-non-sensitive-at-least = 其他個人信息 { $n } 人或以上
reason-phrase-subjects-at-least = { $n } 人或以上
reason-site-kind-in = 地點 { $name } 屬位於{ $place }（{ $id }）的{ $kind }
reason-site-no-flow = 地點 { $name }（{ $id }）沒有本規則所查找的資料流
reason-site-in = 地點 { $name } 位於{ $place }（{ $id }）
reason-site-kind = 地點 { $name } 屬{ $kind }
reason-flow-reaching = 傳往 { $site } 的資料流 { $flow }：{ $reasons }
reason-flow-leaving = 由 { $site } 傳出的資料流 { $flow }：{ $reasons }
reason-flow-in-map = 地圖上的資料流 { $flow }：{ $reasons }
reason-and-others = { $text }（另有 { $others } 條資料流）
reason-place-macau = 澳門
reason-place-mainland = 內地
reason-place-mainland-gba = 大灣區內地九市
reason-place-mainland-rest = 大灣區以外的內地
reason-place-hong-kong = 香港
reason-place-elsewhere = 其他地區

## The command line's human output (JSON stays English)

cli-validate-ok = { $path }：正常，{ $summary }
cli-summary = { $sites } 個地點、{ $flows } 條資料流（{ $crossing } 條跨境）
cli-imported = { $path }：已由 { $source } 寫入 { $summary }
cli-wrote = { $path }：已寫入 { $summary }
cli-written = { $path }：已寫入
cli-exported = { $path }：已寫入資料流向圖，{ $summary }
cli-report-done = 影響評估報告：{ $summary }（{ $language }）
cli-pack-replaces = 注意：規則集 { $file }（id `{ $id }`）取代內置規則集 { $replaced }
cli-check-summary = { $path }：截至{ $date }共 { $count } 項發現
cli-severity-count = { $severity } { $count } 項
cli-mainland-none = 按{ $mechanism }計算的內地數據出境：無（沒有出境，或全部豁免）
cli-mainland-counts = 按{ $mechanism }計算的內地數據出境：每年敏感個人信息 { $sensitive } 人、其他個人信息 { $other } 人，共 { $flows } 條資料流
cli-mainland-unknown = （{ $unknown } 條人數不詳，以 0 計）
cli-mainland-entity = { "  " }其中 { $entity }：敏感 { $sensitive } 人，其他 { $other } 人，共 { $flows } 條資料流
cli-subject-site = 地點 { $id }
cli-subject-map = （地圖）
cli-column-flow = 資料流
cli-column-obligation = 義務
cli-column-severity = 嚴重程度
cli-column-title = 標題

## Errors a person meets in the editor

error-read = { $path }：無法讀取檔案：{ $reason }
error-too-large = { $path }：檔案有 { $size } 位元組，本程式只開啟不超過 { $limit } 位元組（64 MiB）的檔案
error-not-a-file = { $path }：不是一般檔案（而是資料夾、管道或裝置）；本程式只開啟檔案
error-in-file = { $path }：{ $problem }
error-in-map = { $path }：{ $problem }
error-at = 位置 { $place }：{ $problem }
error-not-utf8 = 檔案不是 UTF-8 文字（地圖是 UTF-8 的 RON 檔案）
error-not-a-map = 這不是本程式的地圖：其 `format` 為 { $found }
error-newer-version = 此地圖為第 { $found } 版格式，比本程式能讀取的版本（最高第 { $newest } 版）更新；請以較新版本開啟
error-unknown-version = 不存在第 { $found } 版格式；版本由 1 開始
error-serialize = { $path }：無法將地圖寫成 RON：{ $reason }
error-save-too-large = { $path }：地圖將有 { $size } 位元組，超過本程式可開啟的 { $limit } 位元組（64 MiB）上限；未寫入任何內容。請將地圖分拆為較小的地圖
error-write = { $path }：無法儲存：{ $reason }；原有檔案未有改動
error-duplicate-site = 已有 id 為 `{ $id }` 的地點；地點 id 不可重複
error-duplicate-flow = 已有 id 為 `{ $id }` 的資料流；資料流 id 不可重複
error-missing-site = 沒有 id 為 `{ $id }` 的地點
error-flow-to-missing-site = 資料流 `{ $flow }` 指向不存在的地點 `{ $site }`
error-missing-flow = 沒有 id 為 `{ $id }` 的資料流
error-sensitive-exceeds-total = 資料流 `{ $flow }` 每年有 { $sensitive } 名涉及敏感資料的人，但總人數只有 { $total }；前者不可多於 subjects_per_year
error-same-ends = 資料流 `{ $flow }` 由地點 `{ $site }` 指向其本身；資料流須連接兩個不同地點
error-bad-position = 地點 `{ $id }` 的位置不是有限數值

## The diagram's words (lanes, legend, title block)

diagram-lane-macau = 澳門
diagram-lane-mainland-gba = 大灣區內地九市（含橫琴）
diagram-lane-mainland = 內地（大灣區以外）
diagram-lane-hong-kong = 香港
diagram-lane-elsewhere = 其他地區
diagram-severity-5 = 嚴重
diagram-severity-4 = 高
diagram-severity-3 = 中
diagram-severity-2 = 低
diagram-severity-1 = 資訊
diagram-legend = 圖例
diagram-worst-finding = 資料流最嚴重的發現事項
diagram-no-finding = 無發現事項
diagram-line-styles = 線愈粗，發現事項愈嚴重；跨境再加粗 · 虛線：遠程查閱
diagram-class-marks = [M] 《個人資料保護法》第七條的敏感資料 · [P] 《個人信息保護法》第二十八條的敏感個人信息
diagram-no-classes-recorded = 未記錄資料類別
diagram-no-classes = 無資料類別
diagram-empty-lanes = 沒有地點的法域欄
diagram-flows-key = 資料流及所載資料
diagram-names-key = 完整名稱
diagram-unnamed = 未命名地點
diagram-diagram = 資料流向圖
diagram-modified = 地圖修改日期
diagram-not-recorded = 未記錄
diagram-content-hash = 內容雜湊值
diagram-rules-as-of = 規則適用日期

## The editor (zh-Hans reads these in zh-Hant)

ui-menu-file = 檔案
ui-menu-edit = 編輯
ui-menu-view = 檢視
ui-menu-language = 語言
ui-menu-language-tip = 編輯器的語言；報告以地圖的語言撰寫
ui-cmd-new = 新增地圖
ui-cmd-new-tip = 開始一張空白地圖
ui-cmd-open = 開啟…
ui-cmd-open-tip = 開啟地圖（.ron）或匯入資料流清單（.csv）
ui-cmd-save = 儲存
ui-cmd-save-tip = 儲存地圖
ui-cmd-save-as = 另存新檔…
ui-cmd-save-as-tip = 將地圖儲存為新檔案
ui-cmd-export = 匯出資料流向圖…
ui-cmd-export-tip = 將資料流向圖連標題欄及圖例匯出為 SVG、PNG 或 PDF 頁面
ui-cmd-export-report = 匯出影響評估報告…
ui-cmd-export-report-tip = 以地圖的語言撰寫影響評估報告（PDF、HTML 或 Markdown）
ui-cmd-quit = 結束
ui-cmd-quit-tip = 關閉本程式
ui-cmd-undo = 復原
ui-cmd-undo-tip = 復原上一項更改
ui-cmd-redo = 重做
ui-cmd-redo-tip = 重做上一項已復原的更改
ui-cmd-copy = 複製
ui-cmd-copy-tip = 複製所選地點及資料流
ui-cmd-paste = 貼上
ui-cmd-paste-tip = 貼上已複製的地點及資料流
ui-cmd-duplicate = 製作副本
ui-cmd-duplicate-tip = 為所選地點及資料流製作副本
ui-cmd-delete = 刪除
ui-cmd-delete-tip = 刪除所選項目（地點的資料流一併刪除）
ui-cmd-select-all = 全選
ui-cmd-select-all-tip = 選取所有地點
ui-cmd-select-none = 取消選取
ui-cmd-select-none-tip = 清除選取
ui-cmd-find = 搜尋…
ui-cmd-find-tip = 按名稱或 id 搜尋地點或資料流
ui-cmd-fit-to-map = 顯示整張地圖
ui-cmd-fit-to-map-tip = 顯示整張地圖（或雙擊背景）
ui-cmd-tidy = 整理版面
ui-cmd-tidy-tip = 在法域欄內排列地點，使箭頭較短而少交叉
ui-cmd-toggle-findings = 發現事項面板
ui-cmd-toggle-findings-tip = 顯示或隱藏地圖的發現事項
ui-cmd-show-heatmap = 風險熱圖
ui-cmd-show-heatmap-tip = 按嚴重程度及可能性列出處理前後的發現事項
ui-cmd-show-action-plan = 行動計劃
ui-cmd-show-action-plan-tip = 按負責人及期限列出未完成的處理措施
ui-cmd-toggle-dpia = 影響評估工作區
ui-cmd-toggle-dpia-tip = 在地圖與影響評估表格及簽署之間切換

ui-open-recent = 開啟最近的檔案
ui-workspace-map = 地圖
ui-workspace-map-tip = 地圖及其發現事項、熱圖和行動計劃
ui-workspace-dpia = 影響評估
ui-workspace-dpia-tip = 影響評估表格及簽署（Ctrl+Shift+D 切換）
ui-counts = { $sites } 個地點 · { $flows } 條資料流 · { $findings } 項發現（嚴重 { $critical }、高 { $high }）
ui-rules-as-of = 規則適用日期：{ $date }
ui-find-hint = 搜尋地點或資料流
ui-find-site = 地點
ui-find-flow = 資料流
ui-find-nothing = 沒有相符項目
ui-unsaved-changes = 有未儲存的更改
ui-all-saved = 所有更改已儲存
ui-autosave-failed = ⚠ 未儲存的工作未受保護：自動儲存失敗（{ $reason }）
ui-exporting = 正在匯出 { $path }…

ui-insp-selection = 已選項目
ui-insp-selection-hint = 可在「編輯」選單刪除、複製或製作副本。
ui-insp-map = 地圖
ui-insp-title = 標題
ui-insp-organisation = 機構
ui-insp-author = 作者
ui-insp-description = 說明
ui-insp-no-mainland = 沒有計入網信辦門檻的內地數據出境（沒有，或全部豁免）。
ui-insp-hint = 選取地點或資料流以編輯。從地點的 + 把手拖到另一地點即可繪製資料流。
ui-insp-site = 地點
ui-insp-name = 名稱
ui-insp-kind = 類型
ui-insp-jurisdiction = 法域
ui-insp-city = 城市
ui-insp-operator = 營運者
ui-insp-entity = 法律實體
ui-insp-flows = 資料流
ui-insp-site-findings = 關於此地點的發現事項
ui-insp-delete-site = 刪除地點
ui-insp-delete-site-tip = 刪除地點及其資料流
ui-insp-flow = 資料流
ui-insp-same-ends = 資料流須連接兩個不同地點。
ui-insp-no-findings = 沒有發現事項：此資料流無其他要求。
ui-insp-delete-flow = 刪除資料流
ui-insp-from = 來源（持有資料）
ui-insp-to = 目的地（接收或查閱）
ui-insp-purpose = 目的
ui-insp-classes = 資料類別
ui-insp-classes-tip = M：《個人資料保護法》第七條的敏感資料 · P：《個人信息保護法》第二十八條的敏感個人信息
ui-insp-numbers = 人數及保存期
ui-insp-numbers-tip = 以每個曆年的不同人數計算
ui-insp-people = 每年人數
ui-insp-sensitive = …涉及敏感資料
ui-insp-retention = 保存期
ui-insp-days = { " " }日
ui-insp-basis-section = 法律依據及接收方
ui-insp-basis = 法律依據
ui-insp-role = 接收方角色
ui-insp-not-recorded = 未記錄
ui-insp-access = 存取方式
ui-insp-safeguards = 已有的保障措施
ui-insp-facts = 資料流的事實
ui-insp-selected = 已選取 { $sites } 個地點及 { $flows } 條資料流。
ui-undo-edit-map = 編輯地圖的 { $field }
ui-undo-edit-site = 編輯地點的 { $field }
ui-undo-edit-flow = 編輯資料流的 { $field }
ui-insp-mainland = 計入網信辦門檻的內地數據出境：每年敏感個人信息 { $sensitive } 人、其他個人信息 { $other } 人，共 { $flows } 條資料流。
ui-insp-mechanism = 出境路徑規則：{ $mechanism }
ui-insp-finding-details = { $citation } · 核實程度 { $verification }
    { $mitigation }
ui-insp-flow-number = 資料流 { $tag }
ui-insp-findings = 發現事項（{ $count }）
ui-notes = 備註

ui-risk-tab-findings = 發現事項（{ $count }）
ui-risk-tab-heatmap = 熱圖
ui-risk-tab-plan = 行動計劃（{ $count }）
ui-subject-flow = 資料流 { $name }
ui-subject-site = 地點 { $name }
ui-subject-map = 整張地圖
ui-risk-counts = 共 { $all } 項：嚴重 { $critical }、高 { $high }、中 { $medium }、低 { $low }、資訊 { $info }
ui-risk-resolved = 已解決：{ $count } 項已處理的發現不再出現
ui-risk-resolved-row = ✔ { $id } · { $title } · 原為{ $status }
ui-risk-rule-gone = 規則已不在規則集中
ui-risk-no-findings = 沒有發現事項：所有資料流均無其他要求。
ui-risk-none-pass = 沒有符合篩選條件的發現事項。
ui-risk-row = { $severity } { $rule } · { $subject }：{ $title }（{ $status }）
ui-risk-row-tip = { $id }
    { $title }
    法律出處：{ $citation }（核實程度 { $verification }）
    緩解措施：{ $mitigation }
ui-filter-show-only = 只顯示：
ui-filter-jurisdiction = 法域篩選
ui-filter-any-place = 任何地方
ui-filter-site = 地點篩選
ui-filter-any-site = 任何地點
ui-filter-class = 資料類別篩選
ui-filter-any-data = 任何資料
ui-filter-status = 狀態篩選
ui-filter-any-status = 任何狀態
ui-filter-clear = 清除篩選

ui-plan-summary = { $open } 項未完成的處理措施，{ $overdue } 項已逾期（截至{ $date }）。已結束者（已緩解、已接受、不適用）不列出。
ui-plan-empty = 沒有待辦事項。
ui-plan-unassigned = 未指派
ui-plan-overdue = ⚠ { $date } 已逾期
ui-plan-no-due = 沒有期限
ui-heat-cell-initial = 初始風險，嚴重程度 { $severity }（{ $severity_name }），可能性 { $likelihood }（{ $likelihood_name }）：{ $count } 項發現
ui-heat-cell-residual = 剩餘風險，嚴重程度 { $severity }（{ $severity_name }），可能性 { $likelihood }（{ $likelihood_name }）：{ $count } 項發現
ui-heat-initial = 初始風險
ui-heat-residual = 剩餘風險（處理後）
ui-heat-likelihood-axis = 可能性 →
ui-heat-hint = 按一下方格，列出其中的發現事項並在地圖上顯示相關資料流。
ui-heat-legend = 列：嚴重程度。欄：可能性，1 罕見至 5 幾乎肯定。剩餘風險圖按處理後的位置放置各項發現；已緩解及不適用者不在圖中。
ui-heat-in-cell = 此方格：嚴重程度 { $severity }（{ $severity_name }），可能性 { $likelihood }（{ $likelihood_name }）
ui-heat-clear = 清除

ui-treat-heading = 處理措施
ui-treat-close = 關閉
ui-treat-close-tip = 停止處理此發現
ui-treat-justification = 理由（接受風險或標示為不適用時必須填寫）
ui-treat-justification-name = 處理理由
ui-treat-no-justification = 未有理由，此項仍視為未處理。
ui-treat-no-residual = 剩餘風險：無（已緩解或不適用）。
ui-treat-no-fix = 沒有單一保障措施可了結此發現：請在下方處理。
ui-treat-best = 最佳處理：加上保障措施，此發現即告了結
ui-treat-add-tip = 為資料流加上此保障措施，此發現隨即不再出現
ui-treat-status = 狀態
ui-treat-status-name = 處理狀態
ui-treat-justify-first = 請先填寫理由
ui-treat-owner = 負責人
ui-treat-owner-name = 處理負責人
ui-treat-due = 期限
ui-treat-due-name = 處理期限
ui-treat-residual-severity = 剩餘嚴重程度
ui-treat-residual-likelihood = 剩餘可能性
ui-treat-gone = { $id } 不再出現：缺口已填補。
ui-treat-kept = 其處理措施保留（{ $status }），並顯示為已解決。
ui-treat-residual = 剩餘風險：嚴重程度 { $severity }（{ $severity_name }），可能性 { $likelihood }（{ $likelihood_name }）。
ui-treat-citation = { $citation } · 核實程度 { $verification }
ui-treat-to-close = 了結方法：{ $mitigation }
ui-undo-treat = 處理 { $id }
ui-treat-add = 加上「{ $safeguard }」
ui-undo-add-safeguard = 加上保障措施 { $safeguard }

ui-preset-0 = 澳門辦公室
ui-preset-1 = 橫琴地點
ui-preset-2 = 釘釘
ui-preset-3 = 企業微信
ui-preset-4 = 阿里雲區域
ui-preset-5 = 香港數據中心
ui-preset-6 = 人事系統
ui-preset-7 = 保安事件管理系統
ui-preset-8 = 不可改寫存檔
ui-preset-9 = 母公司
ui-preset-10 = 監管機構
ui-preset-11 = 資料當事人群組
ui-palette-heading = 新增地點
ui-palette-hint = 按一下新增，或拖到法域欄
ui-palette-add = 新增{ $name }
ui-palette-tip = 位於{ $place }（{ $id }）的{ $kind }
ui-legend = 圖例
ui-legend-info-only = 僅供參考
ui-legend-worst = 最嚴重的發現：{ $severity }
ui-legend-no-finding = 沒有發現
ui-legend-lines = 較粗：跨境。虛線：遠程查閱。
ui-known = 已知
ui-known-tip = 不勾選：未記錄
ui-known-name = { $label } 已知
ui-iso-hint = 或 ISO 代碼，例如 PT
ui-iso-tip = 以 ISO 3166-1 代碼表示其他國家
ui-iso-name = 其他國家代碼
ui-as-initial = 同初始（{ $level }）

ui-dpia-processing = 1. 處理活動說明
ui-dpia-processing-asks = 誰以何種角色、為何目的、在哪些平台處理哪些資料，以及資料儲存於何處。
ui-dpia-necessity = 2. 必要性及相稱性
ui-dpia-necessity-asks = 每條資料流為何需要所載資料，以及為何不能更少。
ui-dpia-information = 3a. 權利：知情
ui-dpia-information-asks = 如何告知資料當事人處理活動、資料接收者及其所在地。
ui-dpia-access = 3b. 權利：查閱及更正
ui-dpia-access-asks = 資料當事人如何查閱及更正其資料，以及多快獲得答覆。
ui-dpia-objection = 3c. 權利：反對及撤回同意
ui-dpia-objection-asks = 資料當事人如何反對或撤回同意，以及資料流隨後如何處理。
ui-dpia-retention = 4. 保存期
ui-dpia-retention-asks = 每條資料流的資料保存多久，以及如何刪除。
ui-dpia-untitled = 未命名地圖
ui-dpia-fill-all = 以地圖內容填寫所有空白答案
ui-dpia-fill-all-tip = 根據地圖上的平台、地點、資料類別及人數起草
ui-dpia-fill-undo = 以地圖內容填寫影響評估
ui-dpia-fill-one = 以地圖內容填寫
ui-dpia-not-answered = 未回答
ui-dpia-not-answered-yet = 尚未回答
ui-dpia-sign-off = 5. 簽署
ui-dpia-sign-off-hint = 每次簽署都會在修訂記錄中記下日期及地圖指紋。
ui-dpia-dpo-opinion = 資料保護主任意見
ui-dpia-dpo-opinion-hint = 資料保護主任對評估及剩餘風險的意見
ui-dpia-edit-sign-off = 編輯簽署
ui-dpia-name-first = 請先填寫姓名
ui-dpia-assessor = 評估人
ui-dpia-assessed-on = 評估日期
ui-dpia-sign-assessor = 以評估人身份簽署
ui-dpia-dpo = 資料保護主任
ui-dpia-dpo-on = 意見日期
ui-dpia-record-opinion = 記錄資料保護主任意見
ui-dpia-approver = 批准人
ui-dpia-approved-on = 批准日期
ui-dpia-approve = 批准
ui-dpia-revisions = 修訂記錄
ui-dpia-nothing-signed = 尚未簽署。
ui-dpia-date = 日期
ui-dpia-by = 簽署人
ui-dpia-step = 步驟
ui-dpia-fingerprint = 地圖指紋
ui-dpia-not-recorded = 未記錄
ui-dpia-heading = 影響評估：{ $title }
ui-dpia-fill-one-undo = 以地圖內容填寫「{ $title }」
ui-dpia-edit-answer = 編輯「{ $title }」
ui-dpia-this-map = { $hash }（本地圖）
ui-dpia-changed-since = { $hash }（其後地圖已有更改）

ui-insp-report-language = 報告語言
ui-insp-report-language-tip = 影響評估報告及匯出圖表的語言；向內地機關申報時選用简体中文

ui-status-undid = 已復原：{ $step }
ui-status-redid = 已重做：{ $step }
ui-undo-delete-items = 刪除 { $count } 個項目
ui-dialog-open = 開啟地圖或匯入資料流清單
ui-dialog-save = 儲存地圖
ui-dialog-export = 匯出資料流向圖
ui-dialog-report = 匯出影響評估報告
ui-filter-map-or-inventory = 地圖或資料流清單
ui-filter-map = 地圖
ui-filter-inventory = 資料流清單（CSV）
ui-filter-svg = SVG 圖形
ui-filter-png = PNG 圖像
ui-filter-pdf = PDF 文件
ui-filter-html = 網頁（單一檔案）
ui-filter-markdown = Markdown
ui-export-failed = 無法匯出
ui-export-choose = { $path }：請選擇 { $formats } 檔案
ui-export-running = 已有匯出正在進行
ui-exported = 已匯出 { $path }
ui-export-stopped = { $path }：匯出意外中止
ui-title-unsaved = { $title }（未儲存）
ui-edit-refused = { $step } 被拒絕：{ $reason }
ui-path-open = 開啟地圖或資料流清單
ui-path-save = 將地圖另存為
ui-path-export = 將資料流向圖匯出為
ui-path-report = 將影響評估報告匯出為
ui-termination-unprotected = 如系統結束本程式，未儲存的工作將不會寫入：{ $reason }
