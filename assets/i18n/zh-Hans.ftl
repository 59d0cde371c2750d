# borderflow 简体中文 (report language for Mainland filings).
# Each line is `key = text`; `{ $name }` is filled in by the program. Keep every key and
# placeholder of en.ftl; see assets/i18n/README.md.

## The report's fixed words

report-report = 个人信息保护影响评估报告
report-organisation = 机构
report-evaluated-on = 规则适用日期（澳门时间）
report-map-fingerprint = 数据地图指纹
report-page-of = 第 { $page } 页，共 { $pages } 页
report-version = 第 { $version } 版
report-version-draft = 第 { $version } 版（草稿）
report-issued = 发出日期：{ $date }
report-fingerprint-defined = 数据地图指纹是数据地图标题、机构、地点及数据流的哈希值。处理发现、签署及保存均不会改变它，因此已签署且未重绘的数据地图在各处显示相同的值：此处、修订记录中，以及数据流向图的内容哈希值。
report-labelled = { $label }：{ $value }
report-bracketed = { $text }（{ $detail }）
report-heading-colon = { $label }：
report-list-separator = ；
report-item-separator = 、
report-s1 = 1. 处理活动说明
report-s2 = 2. 数据流向图
report-s3 = 3. 数据流清单
report-s4 = 4. 申报问题
report-s5 = 5. 出境路径
report-s6 = 6. 风险登记册
report-s7 = 7. 风险热图
report-s8 = 8. 行动计划
report-s9 = 9. 签署
report-s10 = 10. 规则版本、日期及注意事项
report-not-answered = 尚未回答：请在评估工作区填写。
report-platforms = 平台及数据存储地点
report-no-platforms = 地图上没有平台或数据中心。
report-per-flow = 各数据流的处理：目的及备注
report-purpose-missing = 未记录处理目的
report-site = 地点
report-operator = 运营者
report-place = 所在地
report-role = 接收方角色
report-flow = 数据流
report-from = 来源
report-to = 目的地
report-data = 个人信息
report-people = 每年人数
report-basis = 法律依据
report-safeguards = 保障措施
report-retention = 保存期限
report-retention-days = { $days } 日
report-unknown = 不详
report-none = 无
report-no-flows = 地图上尚无数据流。
report-diagram-caption = 来源在左，目的地按法域分栏；粗箭头表示跨境，虚线表示远程访问。
report-q-transfer = 是否存在跨境传输？
report-q-transfer-yes = 是。以下数据流由一个法域传往另一法域：
report-q-transfer-no = 地图上没有跨境的数据流。
report-q-lawful = 个人信息的存储地点是否合法？
report-q-lawful-ok = 所有数据流均无其他要求。
report-still-needs = { $flow } 仍需：{ $items }
report-q-rights = 个人如何行使权利？
report-information = 知情
report-access = 查阅、复制及更正
report-objection = 拒绝及撤回同意
report-regime = 法律制度
report-requirements = 适用要求
report-nothing-asked = 无其他要求
report-route = 路线
report-required = 所需机制
report-in-place = 已具备
report-missing = 欠缺
report-authority = 主管机关
report-deadline = 时限
report-mech-mo-consent = 明确同意并向个人资料保护局作出通知（《个人资料保护法》第二十条第一款）
report-mech-mo-necessity = 必需情况并向个人资料保护局作出通知（《个人资料保护法》第二十条第一款）
report-mech-mo-authorisation = 个人资料保护局许可（《个人资料保护法》第二十条第二款），但具明确同意或必需情况者除外（第二十条第一款）
report-mech-cn-assessment = 数据出境安全评估
report-mech-cn-contract = 个人信息出境标准合同（备案）或个人信息保护认证
report-mech-gba-contract = 《大湾区标准合同》（备案）
report-mech-exempt = 豁免：{ $article }
report-mech-none = 规则集对此法律制度未设跨境转移机制
report-deadline-8-days = 开始处理后八日内（第二十一条第一款）
report-deadline-before = 转移前
report-deadline-10-days = 合同生效之日起十个工作日内
report-deadline-unconfirmed = 签订后（期限未确认）
report-mainland-totals = 合并计算的内地数据出境
report-mainland-none = 没有计入门槛的内地数据出境（没有，或全部豁免）。
report-mainland-counts = { $mechanism }：敏感个人信息 { $sensitive } 人，其他个人信息 { $other } 人（{ $flows } 条数据流，其中 { $unknown } 条人数不详）。
report-entity-counts = { $entity }：敏感个人信息 { $sensitive } 人，其他个人信息 { $other } 人（{ $flows } 条数据流）
report-finding = 发现
report-citation = 法律出处
report-verification = 核实程度
report-initial = 初始
report-residual = 剩余
report-status = 状态
report-owner = 负责人
report-due = 期限
report-no-findings = 没有发现：所有数据流均无其他要求。
report-flows = 数据流
report-whole-map = 整份数据地图
report-informational = 信息性发现（无须处理，并非未处理的风险）
report-justifications = 处理措施所记录的理由
report-resolved = 已解决（已处理，不再出现）
report-why-fired = 各项发现的成因（已发现的事实；已查找但欠缺的保障措施）
report-per-entity = 按出境实体
report-initial-risk = 初始风险
report-residual-risk = 剩余风险
report-severity = 严重程度
report-likelihood = 可能性
report-overdue = 已逾期
report-plan-empty = 没有未完成的处理措施。
report-unassigned = 未指派
report-assessor = 评估人
report-dpo = 个人信息保护负责人
report-dpo-opinion = 个人信息保护负责人意见
report-approver = 批准人
report-date = 日期
report-not-signed = 未签署
report-revisions = 修订记录
report-step = 步骤
report-changed-since = 此签署后地图已有更改。
report-rulebook = 规则集
report-rulebook-line = 规则集：{ $version }。规则适用日期：{ $date }（澳门时间）。
report-caveat-general = 本评估按所绘地图应用规则集，并非法律意见；凡法律出处未完全核实者，依赖前请向律师或监管机构确认。
report-still-open = 仍待厘清、未纳入模型的问题
report-unverified = 法律出处未完全核实的发现
report-verification-levels = V：已阅读官方文本核实；S：仅有二手来源；U：未核实。
report-all-verified = 所用法律出处均已核实。
report-fallbacks = 规则集中未提供本语言的文字
report-fallback = { $text }：以{ $language }显示
report-necessity = 必要性及相称性

## Treatment statuses

status-open = 未处理
status-in_progress = 处理中
status-mitigated = 已缓解
status-accepted = 已接受
status-not_applicable = 不适用

## Legal regimes (rule packs)

regime-macau = 澳门（个人资料保护法）
regime-mainland = 内地（个人信息保护法）
regime-gba = 大湾区
regime-hong-kong = 香港（私隐条例）
regime-general = 良好做法

## Data classes

class-contact = 联系方式
class-identity_document = 身份证件
class-identity_number = 身份证件号码
class-biometric = 生物识别信息
class-health = 医疗健康信息
class-genetic = 基因信息
class-sex_life = 性生活或性取向
class-racial_ethnic = 种族和民族
class-religion_belief = 宗教信仰
class-political_union = 政治观点或工会会籍
class-private_life = 私人生活
class-financial_account = 金融账户
class-credit_solvency = 信用及偿付能力信息
class-payroll = 薪酬福利信息
class-attendance = 考勤信息
class-location = 行踪轨迹
class-chat_content = 聊天及通信内容
class-hr_record = 人事档案
class-minor_under14 = 不满十四周岁未成年人的个人信息
class-offence = 违法犯罪信息
class-image_voice = 图像及声音
class-device_log = 设备及访问日志

## Legal bases

basis-consent = 个人同意
basis-explicit_consent = 明确同意
basis-contract = 为订立、履行个人作为一方当事人的合同所必需
basis-contract_third_party = 为个人利益与第三方订立的合同
basis-legal_obligation = 为履行法定职责或者法定义务所必需
basis-vital_interest = 为保护自然人的生命健康和财产安全所必需
basis-public_interest = 重要公共利益或法律诉求
basis-public_register = 公开登记
basis-legitimate_interest = 正当利益（个人信息保护法无此依据）
basis-hr_management = 实施人力资源管理所必需（个人信息保护法第十三条）
basis-none = 未记录

## Safeguards

safeguard-explicit_consent = 个人明确同意转移
safeguard-separate_consent = 单独同意
safeguard-guardian_consent = 父母或者其他监护人的同意
safeguard-notice_given = 已告知个人
safeguard-notice_names_recipient = 已告知境外接收方名称及所在地
safeguard-macau_notification = 已向澳门个人资料保护局作出通知
safeguard-macau_authorisation = 已获澳门个人资料保护局许可
safeguard-processor_contract = 委托处理合同
safeguard-cn_standard_contract = 个人信息出境标准合同（已订立并备案）
safeguard-gba_standard_contract = 《大湾区标准合同》（已订立并备案）
safeguard-cn_certification = 个人信息保护认证
safeguard-cac_assessment = 通过数据出境安全评估
safeguard-pia_done = 已开展个人信息保护影响评估
safeguard-encryption_in_transit = 传输加密
safeguard-e2ee = 端到端加密
safeguard-encryption_at_rest = 存储加密
safeguard-access_control = 访问控制
safeguard-audit_log = 审计日志
safeguard-breach_plan = 个人信息安全事件应急预案
safeguard-biometric_alternative = 提供非生物识别的替代方式
safeguard-sharing_agreement = 与接收方（个人信息处理者）订立的协议

## Recipient roles

role-processor = 受托人
role-controller = 个人信息处理者
role-joint_controller = 共同个人信息处理者

## Jurisdictions

jurisdiction-MO = 澳门特别行政区
jurisdiction-CN-GBA = 大湾区内地九市
jurisdiction-CN = 内地（大湾区以外）
jurisdiction-HK = 香港特别行政区
jurisdiction-OTHER = 其他地区

## 其他国家或地区（按 ISO 代码；未列出的代码照印）
country-PT = 葡萄牙
country-SG = 新加坡
country-US = 美国
country-GB = 英国
country-TW = 中国台湾
country-JP = 日本
country-KR = 韩国
country-DE = 德国
country-FR = 法国
country-AU = 澳大利亚
country-CA = 加拿大
country-MY = 马来西亚
country-TH = 泰国
country-PH = 菲律宾
country-VN = 越南
country-ID = 印度尼西亚
country-IN = 印度
country-CH = 瑞士
country-NL = 荷兰
country-IE = 爱尔兰
country-BR = 巴西
country-AO = 安哥拉
country-MZ = 莫桑比克
country-CV = 佛得角

## Site kinds

kind-office = 办公地点
kind-saas = SaaS 平台
kind-datacentre = 数据中心
kind-system = 内部系统
kind-party = 外部机构
kind-people = 个人群体

## Flags

flag-automated = 全部或部份以自动化方法处理
flag-important_data = 重要数据
flag-ciio = 关键信息基础设施运营者
flag-originated_outside_cn = 境外收集和产生、经境内处理后向境外提供
flag-mixed_with_cn_data = 处理中引入境内个人信息或重要数据
flag-combination = 资料互联
flag-purpose_change = 改变处理目的
flag-automated_decision = 自动化决定
flag-monitoring = 员工监察

## Access types

access-transfer = 向境外提供
access-remote_access = 境外查询、调取

## The transfer register and the Word report

register-sheet-transfers = 跨境提供
register-sheet-findings = 发现
register-col-number = 编号
register-col-flow = 数据流代号
register-col-source = 来源地点
register-col-source-entity = 出境实体
register-col-source-sector = 出境实体所属行业
register-col-source-jurisdiction = 来源法域
register-col-destination = 目的地点
register-col-destination-jurisdiction = 目的法域
register-col-destination-city = 目的城市
register-col-recipient = 接收方
register-col-recipient-sector = 接收方所属行业
register-col-role = 接收方角色
register-col-access = 提供方式
register-col-purpose = 处理目的
register-col-classes = 数据类别（M：澳门敏感资料；P：敏感个人信息）
register-col-subjects = 每年涉及个人数量
register-col-sensitive-subjects = 其中涉及敏感个人信息的人数
register-col-basis = 法律依据
register-col-macau-required = 澳门：所需机制
register-col-macau-in-place = 澳门：已具备
register-col-macau-authority = 澳门：主管当局
register-col-mainland-required = 内地：所需机制
register-col-mainland-in-place = 内地：已具备
register-col-mainland-authority = 内地：主管部门
register-col-filings = 已记录的通知、备案及合同
register-col-retention = 保存期限（日）
register-col-reviewed = 最近审阅日期
register-col-open-findings = 未处理的发现
register-col-class-ids = 数据类别代号
register-col-finding-id = 发现代号
register-col-subject = 数据流或地点
register-col-rule = 规则
register-col-severity = 严重程度
register-col-likelihood = 可能性
register-col-score = 分数
register-col-status = 状态
register-col-owner = 负责人
register-col-due = 期限
register-col-title = 发现
register-col-citation = 法律出处
register-col-verification = 核实程度
register-col-mitigation = 缓解措施
register-missing = 欠缺
register-not-needed = 无需
mechanism-macau_notification = 通知（澳门《个人资料保护法》第二十条第一款、第二十一条）
mechanism-macau_authorisation = 许可（澳门《个人资料保护法》第二十条第二款、第二十二条）
mechanism-security_assessment = 数据出境安全评估
mechanism-standard_contract = 个人信息出境标准合同或个人信息保护认证
mechanism-gba_standard_contract = 《大湾区标准合同》
mechanism-exempt = 无需：免予申报
authority-macau_pdpb = 澳门特别行政区政府个人资料保护局
authority-macau_gpdp = 澳门个人资料保护办公室
authority-cac = 国家互联网信息办公室（国家网信办）
authority-provincial_cac = 所在地省级网信部门
authority-guangdong_cac = 广东省互联网信息办公室（广东省网信办）
docx-page-of = 第 { $page } 页，共 { $pages } 页

## Severity and likelihood

severity-1 = 资讯
severity-2 = 低
severity-3 = 中
severity-4 = 高
severity-5 = 严重
likelihood-1 = 罕见
likelihood-2 = 不太可能
likelihood-3 = 可能
likelihood-4 = 很可能
likelihood-5 = 几乎肯定

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

step-assessed = 已评估
step-dpo_opinion = 个人信息保护负责人意见
step-approved = 已批准

## Why a finding fired (the reasons under each finding)

reason-list-separator = ；
reason-item-separator = 、
reason-or = 或
reason-and = 及
reason-so = { $inner }，因此属{ $fact }
reason-so-not = { $inner }，因此不属{ $fact }
reason-not-defined = { $date }未有{ $fact }的定义
reason-not-fact = { $flow } 不属{ $fact }
reason-source-in = 来源 { $name } 位于{ $place }（{ $id }）
reason-target-in = 目的地 { $name } 位于{ $place }（{ $id }）
reason-source-kind = 来源 { $name } 属{ $kind }
reason-target-kind = 目的地 { $name } 属{ $kind }
reason-source-in-not = 来源 { $name } 位于{ $place }（{ $id }），而非{ $places }
reason-target-in-not = 目的地 { $name } 位于{ $place }（{ $id }），而非{ $places }
reason-source-kind-not = 来源 { $name } 属{ $kind }，而非{ $kinds }
reason-target-kind-not = 目的地 { $name } 属{ $kind }，而非{ $kinds }
reason-carries = 涉及{ $classes }
reason-carries-none = 不涉及{ $classes }
reason-does-not-carry = 不涉及{ $classes }
reason-macau-sensitive = 涉及{ $classes }，于{ $date }属《个人资料保护法》第七条所指的敏感资料
reason-pipl-sensitive = 涉及{ $classes }，于{ $date }属《个人信息保护法》第二十八条所指的敏感个人信息
reason-no-macau-sensitive = { $flow } 于{ $date }不涉及《个人资料保护法》第七条所指的敏感资料
reason-no-pipl-sensitive = { $flow } 于{ $date }不涉及《个人信息保护法》第二十八条所指的敏感个人信息
reason-safeguard-recorded = 已记录的保障措施：{ $safeguards }
reason-missing-safeguard = 欠缺保障措施：{ $safeguards }
reason-flagged = 已标示：{ $flags }
reason-not-flagged = 未标示{ $flags }
reason-basis = 法律依据：{ $basis }
reason-basis-not = 法律依据：{ $basis }，而非{ $bases }
reason-recipient-role = 接收方 { $name } 属{ $role }
reason-role-unrecorded = 未记录角色的接收方
reason-role-not = 接收方 { $name } 属{ $role }，而非{ $roles }
reason-role-unrecorded-short = 角色未记录
reason-access = { $flow } 属从 { $target } 的{ $access }
reason-access-is = { $flow } 的存取方式：{ $access }
reason-no-retention = { $flow } 未记录保存期
reason-retention-is = { $flow } 的保存期：{ $days } 日
reason-mechanism = { $mechanism }：{ $outcome }（{ $basis }）；{ $totals }
reason-not-mechanism = { $flow } 并非{ $outcome }：{ $decided }
reason-no-mechanism = 不适用内地出境路径判定
reason-outcome-assessment = 须申报数据出境安全评估
reason-outcome-contract = 须订立标准合同或通过认证
reason-outcome-exempt = 无须出境路径
reason-totals = 按 { $entity }（{ $origin }） 的数据出境合计判断：每年敏感个人信息 { $sensitive } 人、其他个人信息 { $other } 人，共 { $flows } 条资料流
reason-totals-with-unknown = 按 { $entity }（{ $origin }） 的数据出境合计判断：每年敏感个人信息 { $sensitive } 人、其他个人信息 { $other } 人，共 { $flows } 条资料流，其中 { $unknown } 条人数不详
entity-default = 本地图的机构
class-face = 人脸信息
safeguard-face_filing = 已向所在地省级网信部门履行人脸识别技术应用备案手续
sector-banking = 银行
sector-credit_reference = 征信
sector-healthcare = 医疗
sector-other = 其他行业
entity-origin-entity = 地点所记录的实体
entity-origin-party-operator = 该地点为外部机构：其营运者
entity-origin-party = 该地点为外部机构
entity-origin-operator = 该{ $kind }的营运者
entity-origin-organisation = 未记录实体或营运者
reason-phrase-sector = { $name } 属{ $sectors }
reason-phrase-received = 经{ $item }接收的资料
reason-phrase-handler-people-at-least = 处理者达 { $n } 人或以上
reason-phrase-handler-any = 处理者有资料流具备{ $item }
reason-handler = { $handler }（{ $origin }）
reason-received = { $name } 经资料流 { $flow } 接收{ $classes }（{ $inner }）
reason-received-not = { $name } 未经{ $item }接收上述资料类别
reason-handler-people = 个人信息处理者 { $handler } 经 { $flows } 条此类资料流每年处理 { $people } 人，达 { $n } 人（以每年人数代替存储人数）
reason-handler-people-under = 个人信息处理者 { $handler } 经 { $flows } 条此类资料流每年处理 { $people } 人，不足 { $n } 人（以每年人数代替存储人数）
reason-handler-any = 处理者 { $handler } 的资料流 { $flow } 具备{ $item }
reason-handler-none = 处理者 { $handler } 没有资料流具备{ $item }
reason-sector-not-recorded = { $name }：未记录行业（须属{ $sectors }）
reason-sector = { $name } 属{ $sector }
reason-sector-not = { $name }：行业为{ $sector }，并非{ $sectors }
reason-threshold = 已达门槛 { $n }；{ $totals }
reason-under-threshold = 未达门槛 { $n }；{ $totals }
reason-none-of = 以下皆无：{ $items }
reason-phrase-not = 非{ $item }
reason-phrase-source = 来源在{ $places }（来源 { $name } 位于 { $id }）
reason-phrase-target = 目的地在{ $places }（目的地 { $name } 位于 { $id }）
reason-phrase-source-kind = 来源属{ $kinds }
reason-phrase-target-kind = 目的地属{ $kinds }
reason-phrase-class = 资料类别：{ $classes }
reason-phrase-macau-sensitive = 《个人资料保护法》第七条所指的敏感资料
reason-phrase-pipl-sensitive = 《个人信息保护法》第二十八条所指的敏感个人信息
reason-phrase-safeguard = 保障措施：{ $safeguards }
reason-phrase-flag = 标示：{ $flags }
reason-phrase-basis = 法律依据：{ $bases }
reason-phrase-role = 接收方：{ $roles }
reason-phrase-access = 存取方式：{ $access }
reason-phrase-no-retention = 未订定保存期
reason-phrase-sensitive-at-least = 敏感个人信息 { $n } 人或以上
reason-phrase-non-sensitive-at-least = 其他个人信息 { $n } 人或以上
reason-phrase-subjects-at-least = { $n } 人或以上
reason-site-kind-in = 地点 { $name } 属位于{ $place }（{ $id }）的{ $kind }
reason-site-no-flow = 地点 { $name }（{ $id }）没有本规则所查找的资料流
reason-site-in = 地点 { $name } 位于{ $place }（{ $id }）
reason-site-kind = 地点 { $name } 属{ $kind }
reason-flow-reaching = 传往 { $site } 的资料流 { $flow }：{ $reasons }
reason-flow-leaving = 由 { $site } 传出的资料流 { $flow }：{ $reasons }
reason-flow-in-map = 地图上的资料流 { $flow }：{ $reasons }
reason-and-others = { $text }（另有 { $others } 条资料流）
reason-place-macau = 澳门
reason-place-mainland = 内地
reason-place-mainland-gba = 大湾区内地九市
reason-place-mainland-rest = 大湾区以外的内地
reason-place-hong-kong = 香港
reason-place-elsewhere = 其他地区

## The command line's human output (JSON stays English)
cli-stdout-failed = 无法写入标准输出：{ $error }
cli-evaluated-as-of-macau = 评估日期：{ $date }（澳门时间）
cli-evaluated-as-of = 评估日期：{ $date }（--as-of）
cli-output-is-input = { $path }：输出文件就是输入文件（或所读取的规则集之一）；未写入任何内容。请以 -o 指定另一名称
cli-kind-no-extension = 没有扩展名
cli-other-kind = { $path }：已有另一类文件（{ $found }），并非此命令所写的类型（{ $writes }）；未写入任何内容。请以 -o 指定另一名称，或加上 --force 替换该文件
cli-register-done = { $path }：已写入跨境提供登记册，{ $summary }（{ $rows } 条跨境数据流，{ $language }）
cli-bundle-done = 申报文件包：{ $summary }（{ $language }，规则适用日期 { $date }）
cli-import-register = 注意：{ $path } 是跨境提供登记册，只载有跨境数据流。境内数据流、各地点的城市及运营者、机构、地图语言及发现的处理均不在登记册内，因此导入的地图不含这些信息；如要保留，请导入地图的数据流清单（或直接打开地图）
cli-register-csv-holds = 注意：此 CSV 只载有跨境数据流；再导入时，所得地图不含境内数据流、地点的城市及运营者、机构、语言及发现的处理
rules-nested-too-deep = 此规则集的记录嵌套超过 { $limit } 层（all、any、not 之内的条件亦计算在内）；请以较少层数写出条件，例如以一个 all([…]) 列出每一部分
inventory-cells-comma = 此行有 { $cells } 格，但标题行有 { $header } 格；请检查是否缺少或多了逗号，或引号未闭合
inventory-cells-semicolon = 此行有 { $cells } 格，但标题行有 { $header } 格；此文件以分号分隔，因此同一格内的多个值（数据类别、保障措施、标记：a;b）须加上双引号（"a;b"），并请检查是否缺少或多了分号，或引号未闭合
inventory-cells-tab = 此行有 { $cells } 格，但标题行有 { $header } 格；此文件以制表符分隔：请检查是否缺少或多了制表符，或引号未闭合
overview-heading = 数据流概览：本申报文件未附完整的数据流向图
overview-lanes = 按法域列出的地点及数据流
overview-lane = { $lane }：{ $sites } 个地点；{ $leaving } 条数据流由此流出，{ $arriving } 条流入
overview-between = 法域之间的数据流
overview-pair = { $from } → { $to }：{ $count } 条数据流
overview-heaviest = 涉及人数最多的数据流（每年人数）
overview-flow = { $id }：{ $source } → { $target }，每年 { $people } 人
overview-flow-unknown = { $id }：{ $source } → { $target }，未记录人数
overview-everything-listed = 每条数据流及其发现均列于跨境提供登记册及报告中。
bundle-folder-other-files = { $folder }：文件夹内有并非此地图申报文件包的文件：{ $names }；未写入任何内容。
bundle-folder-other-map = { $folder }：文件夹内是另一地图（{ $names }）的申报文件包；未写入任何内容。
bundle-folder-changed = { $folder }：先前文件包的文件在封存后曾被修改：{ $names }；未写入任何内容，修改得以保留。
bundle-folder-more = { "" }，另有 { $count } 个
bundle-folder-fresh = 请指定空的文件夹；{ $fresh } 尚未存在。

## Errors a person meets in the editor

error-read = { $path }：无法读取档案：{ $reason }
error-too-large = { $path }：档案有 { $size } 位元组，本程式只开启不超过 { $limit } 位元组（64 MiB）的档案
error-not-a-file = { $path }：不是一般档案（而是资料夹、管道或装置）；本程式只开启档案
error-in-file = { $path }：{ $problem }
error-in-map = { $path }：{ $problem }
error-at = 位置 { $place }：{ $problem }
error-not-utf8 = 档案不是 UTF-8 文字（地图是 UTF-8 的 RON 档案）
error-not-a-map = 这不是本程式的地图：其 `format` 为 { $found }
error-newer-version = 此地图为第 { $found } 版格式，比本程式能读取的版本（最高第 { $newest } 版）更新；请以较新版本开启
error-unknown-version = 不存在第 { $found } 版格式；版本由 1 开始
error-serialize = { $path }：无法将地图写成 RON：{ $reason }
error-save-too-large = { $path }：地图将有 { $size } 位元组，超过本程式可开启的 { $limit } 位元组（64 MiB）上限；未写入任何内容。请将地图分拆为较小的地图
error-write = { $path }：无法储存：{ $reason }；原有档案未有改动
error-duplicate-site = 已有 id 为 `{ $id }` 的地点；地点 id 不可重复
error-duplicate-flow = 已有 id 为 `{ $id }` 的资料流；资料流 id 不可重复
error-missing-site = 没有 id 为 `{ $id }` 的地点
error-flow-to-missing-site = 资料流 `{ $flow }` 指向不存在的地点 `{ $site }`
error-missing-flow = 没有 id 为 `{ $id }` 的资料流
error-sensitive-exceeds-total = 资料流 `{ $flow }` 每年有 { $sensitive } 名涉及敏感资料的人，但总人数只有 { $total }；前者不可多于 subjects_per_year
error-same-ends = 资料流 `{ $flow }` 由地点 `{ $site }` 指向其本身；资料流须连接两个不同地点
error-bad-position = 地点 `{ $id }` 的位置不是有限数值

## The diagram's words (lanes, legend, title block)

diagram-lane-macau = 澳门
diagram-lane-mainland-gba = 大湾区内地九市（含横琴）
diagram-lane-mainland = 内地（大湾区以外）
diagram-lane-hong-kong = 香港
diagram-lane-elsewhere = 其他地区
diagram-severity-5 = 严重
diagram-severity-4 = 高
diagram-severity-3 = 中
diagram-severity-2 = 低
diagram-severity-1 = 资讯
diagram-legend = 图例
diagram-worst-finding = 资料流最严重的发现事项
diagram-no-finding = 无发现事项
diagram-line-styles = 线愈粗，发现事项愈严重；跨境再加粗 · 虚线：远程查阅
diagram-class-marks = [M] 《个人资料保护法》第七条的敏感资料 · [P] 《个人信息保护法》第二十八条的敏感个人信息
diagram-no-classes-recorded = 未记录资料类别
diagram-no-classes = 无资料类别
diagram-flows = 条数据流
diagram-separator = 、
diagram-empty-lanes = 没有地点的法域栏
diagram-flows-key = 资料流及所载资料
diagram-names-key = 完整名称
diagram-unnamed = 未命名地点
diagram-diagram = 资料流向图
diagram-modified = 地图修改日期
diagram-not-recorded = 未记录
diagram-content-hash = 内容杂凑值
diagram-rules-as-of = 规则适用日期（澳门时间）

## What the filings ask beyond the rules (map format version 3)
report-filing-gaps = 申报所需而地图未记录的信息
report-filing-gaps-none = 地图已记录申报所需的全部信息。
report-filing-gaps-intro = 以下各项在地图中均为选填：可在机构信息面板或检查器中记录，或在申报前于表格上手工填写。
field-controller-name-zh = 个人信息处理者中文名称
field-controller-name-pt = 个人信息处理者葡文名称
field-controller-name-en = 个人信息处理者英文名称
field-controller-address = 个人信息处理者注册地址
field-controller-registration = 登记编号（商业登记编号或统一社会信用代码）
field-signatory = 签署的法定代表人
field-representative = 在澳门的代表人（第二十三条(a)项）
field-dpo = 个人信息保护负责人或联系人
field-controller-security = 个人信息处理者的安全措施
field-subject-categories = 个人信息主体类别
field-processing-method = 处理方式
field-channel = 传输方式
field-flow-security = 该数据流的安全措施
field-onward = 再提供的第三方接收方
field-recipient-name = 接收方名称
field-recipient-address = 接收方地址
field-recipient-contact = 接收方联系人
field-storage-location = 出境后保存地点
field-reference = { $safeguard }的编号
field-name = 姓名
field-title = 职务
field-contact = 电话或电子邮箱
field-number = 编号
field-dated = 提交或签署日期
field-effective = 生效日期
field-expires = 届满日期

## The executive summary, the conclusion and the decision
report-summary = 摘要
report-summary-what = 处理哪些信息
report-summary-processing = 地图上的数据流：{ $flows } 项，涉及 { $sites } 个地点；其中 { $crossing } 项跨境。所涉信息：{ $classes }。
report-summary-more-purposes = 另有 { $count } 个处理目的（见第1节）
report-summary-where = 信息去向
report-summary-verdict = 各法域的结论
report-verdict-blocked = 尚未就绪：{ $flows } 项须有出境机制的传输中，{ $missing } 项仍欠缺；未处理的严重或高风险事项：{ $serious } 项
report-verdict-serious = 尚未就绪：出境机制已具备，但有未处理的严重或高风险事项：{ $serious } 项
report-verdict-open = 可继续：出境机制已具备，并无未处理的严重或高风险事项；未处理的较低风险事项：{ $open } 项
report-verdict-clear = 已就绪：出境机制已具备，且无未处理事项
report-verdict-findings = 未处理事项：{ $open } 项，其中严重或高风险：{ $serious } 项
report-verdict-nothing = 规则库的各法域对这些数据流均无要求。
report-summary-top = 最严重的未处理风险
report-summary-before = 继续处理前必须完成的事项
report-summary-nothing-blocks = 没有阻碍处理的事项：并无未处理的严重或高风险事项。
report-s11 = 11. 结论及决定
report-conclusion-blocked = 在仍未处理的 { $serious } 项严重或高风险事项处理完毕前，不应继续处理（摘要列出各项所需措施）。
report-conclusion-open = 并无未处理的严重或高风险事项，可继续处理；其余 { $open } 项较低风险事项已列入行动计划。
report-conclusion-clear = 所有事项均已处理：继续处理前再无其他要求。
report-decision = 决定
report-no-decision = 尚未记录决定：由批准人在DPIA工作区记录。
report-conditions = 条件
report-approved-while-open = 在 { $serious } 项严重或高风险事项未处理的情况下批准。
report-no-justification = 在严重或高风险事项未处理的情况下批准，但未记录理由。
report-justification = 理由
report-signatures = 签署
report-role-signing = 角色
report-signature = 签名
report-seal = 单位公章：______________________________
decision-approve = 批准
decision-approve_with_conditions = 附条件批准
decision-reject = 不批准

## The filing annexes
annex-heading = 附件 { $letter }. { $title }
annex-notification-title = 向个人资料保护局作出通知
annex-notification-intro = 第8/2005号法律第二十一条及第二十三条。供填写个人资料保护局的通知表格（以中文或葡文填写），每一处理目的或一组相关目的填写一份。应在开始处理后8日内通知（第二十一条第一款）：亲身递交、邮寄或经 www.dspdp.gov.mo/eservices 提交。以明确同意或第二十条第一款所列依据将资料转移到澳门以外，在通知后即可进行。
annex-authorisation-title = 向个人资料保护局申请许可
annex-authorisation-intro = 第8/2005号法律第二十条第二款、第二十二条及第二十三条。适用于不具第二十条第一款任何依据而将资料转移到澳门以外的情况：申请须载有第二十三条所列事项，以及个人资料保护局作出许可前所衡量的事项。须在转移前提出。
annex-gba-contract-title = 《大湾区标准合同》跨境流动说明
annex-gba-contract-intro = 供《大湾区标准合同》附件之用，每一接收方一份。附件的确切项目未经核实：以下参照个人信息出境标准合同附录一。已订立的合同须向广东省网信办或个人资料保护局备案。
annex-cac-contract-title = 个人信息出境标准合同附录一
annex-cac-contract-intro = 《个人信息出境标准合同办法》；《个人信息保护法》第三十八条第一款第（三）项。个人信息出境标准合同附录一的各项，每一境外接收方一份。合同生效后10个工作日内连同个人信息保护影响评估报告向所在地省级网信部门备案。
annex-pipia-title = 个人信息保护影响评估大纲
annex-pipia-intro = 《个人信息保护法》第五十五条、第五十六条。按国家网信办个人信息保护影响评估报告模板（出境版）的标题编排。评估须在申报前3个月内完成，以中文撰写，并至少保存3年（《个人信息保护法》第五十六条）。
annex-how-to-read = 根据地图预先填写。“__________（待填）”表示地图未记录的内容：申报前须手工填写。本文件并非法律意见：请按主管机关现行表格逐项核对。
annex-item = 项目
annex-content = 地图所载
annex-blank = __________（待填）
annex-if-any = __________（如有）
annex-more-values = 及另外 { $count } 项
annex-forms-left-out = 另有 { $count } 份表格未印出：如此规模的申报宜按目的或接收方分拆。
annex-form-title = 表格{ $number }：{ $subject }（{ $flows }）
annex-declaration = 声明、签名及盖章
annex-sign-seal-date = 签名 __________ · 盖章 __________ · 日期 __________
annex-23a = (a) 负责处理个人资料的实体的名称及地址
annex-23a-representative = (a) 其代表人的姓名及地址
annex-23b = (b) 处理目的
annex-23c-subjects = (c) 资料当事人的类别
annex-23c-data = (c) 个人资料或其类别
annex-23d = (d) 可获通知资料的资料接收者及其情况
annex-23e = (e) 受托处理资料的实体
annex-23f = (f) 个人资料的互联
annex-23g = (g) 资料的保存期
annex-23h = (h) 资料当事人获告知及行使查阅权和更正权的方式
annex-23i = (i) 拟将资料转移到澳门以外的地方及其依据
annex-23j = (j) 安全措施的概括说明（第十五条及第十六条）
annex-registration = 登记编号（续期、更新或注销时）
annex-contact = 卷宗联系人
annex-conditions = 通知资料的情况
annex-none-recorded = 地图未有记录
annex-no-interconnection = 并无数据流标示为资料互联
annex-interconnection = 标示为资料互联：{ $flows }；说明 __________（待填）
annex-no-transfer = 并无转移到澳门以外
annex-sensitive = { $class }（敏感）
annex-safeguards-recorded = 已记录的保障措施
annex-notification-none = 没有数据流从澳门开始：地图中并无须通知个人资料保护局的事项。
annex-authorisation-none = 地图中没有须经个人资料保护局许可的转移。
annex-b-sought = 申请许可的事项
annex-b-sought-transfer = 将个人资料转移到未确定具适当保护程度的澳门以外地方（第二十条第二款）
annex-b-why = 不适用第二十条第一款的原因及转移的必要性
annex-b-recipient = 资料接收者：法定名称、地址及所在地
annex-b-contract = 约束资料接收者的合同
annex-b-volume = 每年涉及的资料当事人
annex-b-storage = 在澳门以外的保存地点
annex-b-consent = 同意的证明
annex-b-consent-attach = 以明确同意为依据：须附同意书文本及收集方式 { $blank }
annex-b-consent-none = 并非以明确同意为依据
annex-b-pia = 影响评估编号
annex-sender = 个人信息处理者：名称、地址、联系方式
annex-receiver = 境外接收方：名称、地址、联系人、职务、联系方式
annex-purpose = 处理目的
annex-method = 处理方式
annex-scale = 出境个人信息的规模（每年人数）
annex-categories = 出境个人信息种类
annex-sensitive-categories = 出境敏感个人信息种类
annex-onward = 境外接收方向其提供个人信息的第三方
annex-transmission = 传输方式
annex-period = 出境后保存期限
annex-period-days = { $days } 日，自 { $blank } 至 { $blank }
annex-location = 出境后保存地点
annex-other = 其他事项
annex-contract-reference = 已订立及备案的合同
annex-gba-contract-none = 没有数据流往来于内地大湾区城市与澳门之间，亦没有以《大湾区标准合同》为依据的数据流。
annex-cac-contract-none = 没有出境数据流须订立或已记录个人信息出境标准合同。
annex-pipia-none = 没有数据流离开内地：地图中并无须就出境进行的个人信息保护影响评估。
annex-e-profile = 一（一）1 个人信息处理者基本情况：股权结构、实际控制人、组织架构、个人信息保护机构
annex-e-business = 一（一）2 整体业务及个人信息处理情况
annex-e-systems = 一（一）3 涉及的信息系统
annex-e-lawfulness = 一（一）3 处理目的、范围、方式及其合法性、正当性、必要性
annex-e-compliance = 一（一）4 遵守个人信息保护法律法规的情况
annex-e-open-rules = 尚未处理的事项：{ $rules }
annex-e-recipient-measures = 一（二）3 境外接收方的管理和技术措施
annex-e-rights = 第五条第（四）项：泄露等风险及个人维护权益的渠道
annex-e-local-law = 第五条第（五）项：境外接收方所在国家或地区的法律及其影响
annex-e-conclusion = 评估结论
annex-mechanism-on-record = 已记录的通知或许可
annex-more-flows = 及另外 { $count } 项数据流
export-unreadable = 数据流向图无法以可阅读的大小打印：图宽 { $width } × 高 { $height } 地图单位，在 borderflow 所能输出的最长纸张（{ $sheet } 毫米）上，地点卡片只有原大的 { $percent }%，而可阅读的下限为 { $readable }%{ $far }。请把地点移近（“整理版面”，Ctrl+L，可重排整张地图），或把地图拆分为较小的地图。
export-far-sites = ；相距最远的地点为“{ $top }”（y = { $top-y }）及“{ $bottom }”（y = { $bottom-y }）
export-page-too-small = 数据流向图在所选纸张上无法以可阅读的大小打印：地点卡片只有原大的 { $percent }%，而可阅读的下限为 { $readable }%；请由 borderflow 选择纸张。

## 无字体可显示的字符（命令行及编辑器状态栏）
font-missing-heading = 警告：地图中有 { $count } 个字符，borderflow 内附的字体及本机所有字体均无法显示，输出时会变成“?”或空白方框：
font-missing-character = { "  " }{ $character }（{ $code }，{ $script } 文字）见于{ $places }
font-place-map = 地图的 { $field }
font-place-site = 地点“{ $name }”（{ $field }）
font-place-flow = 数据流 { $flow }（{ $field }）
font-place-assessment = 评估的 { $field }
font-missing-blocks = 未写出：{ $language }文件会缺少其本身文字的字符。请安装包含这些字符的字体后再试，或修改有关文字。
font-missing-status = 此地图有 { $count } 个字符无任何字体可显示：{ $characters }

# File formats (io::format)
format-list-or = { $first } 或 { $last }
format-refused-map = { $path }：地图须写成 { $extensions } 文件
format-refused-open = { $path }：borderflow 可打开 { $extensions } 文件
format-refused-bundle = { $path }：申报文件包须写成 { $extensions } 文件
format-refused-diagram = { $path }：图表须导出为 { $extensions } 文件
format-refused-report = { $path }：报告须写成 { $extensions } 文件
format-refused-register = { $path }：登记册须写成 { $extensions } 文件
## The editor window
cli-editor-failed = 无法打开编辑器窗口：{ $error }。{ $remedy }。命令行无须窗口也可写出所有输出（borderflow --help）
cli-editor-remedy-windows = 编辑器以 Direct3D 12、Vulkan 或 OpenGL 3.3 绘图：请从电脑制造商或 Windows Update 更新显卡驱动程序，或以环境变量 WGPU_BACKEND=gl（OpenGL）或 WGPU_BACKEND=dx12 启动；如在没有 3D 的远程桌面或虚拟机，请在电脑本机运行
cli-editor-remedy-macos = 编辑器以 Metal 绘图：请在 macOS 10.13 或以上版本已登录的会话中运行
cli-editor-remedy-linux = 编辑器需要桌面会话（X11 或 Wayland）及 Vulkan 或 OpenGL 驱动程序；在 Debian 或 Ubuntu：apt-get install libxkbcommon-x11-0 mesa-vulkan-drivers libegl1，或以 WGPU_BACKEND=gl 启动以 OpenGL 绘图

## borderflow --version
cli-version-rules = 规则集：{ $packs }
cli-version-commit = 源码版本：{ $commit }
cli-version-commit-unknown = 不详（并非从 git 源码库构建）

## Writing files on Windows
io-reserved-name = “{ $name }”是 Windows 保留给设备的名称（CON、PRN、AUX、NUL、COM1 至 COM9、LPT1 至 LPT9，不论扩展名）：未写入任何内容。请另选名称
io-held-open = “{ $name }”正由另一程序打开，因此无法替换：文件保持原状，未写入任何内容。请在该程序（Word、Excel、PDF 阅读器）中关闭文件后重试（{ $error }）
interchange-guesses = 有 { $count } 项待审核的导入推断（其余均依文件所载）：
interchange-guess-container = 「{ $site }」：置于{ $place }，因其位于「{ $container }」之内
interchange-guess-label = 「{ $site }」：置于{ $place }，依其标签所载地名
interchange-guess-unknown-place = 「{ $site }」：法域未知（并无栏、容器或标签载明其所在地）；在你设定前记作其他地方（OTHER）
interchange-guess-kind = 「{ $site }」：视作{ $kind }
interchange-guess-classes = { $flow }：依其标签读出的资料类别：{ $classes }
interchange-guess-no-classes = { $flow }：其标签「{ $label }」中未能辨认任何资料类别；请在检视面板中勾选
interchange-guess-edge-left-out = 箭头「{ $label }」并未连接两个地点图形；已略去
interchange-error-not-utf8 = 文件不是 UTF-8 文本（{ $detail }）
interchange-error-xml = 文件不是格式正确的 XML：{ $detail }
interchange-error-no-diagram = 找不到 draw.io 图表（文件为 <{ $detail }>，应为 <mxfile>、<mxGraphModel> 或带 content 属性的 SVG）
interchange-error-compressed = 图表中有一页压缩内容无法解压{ $detail }
interchange-error-record = 图表资料中的 borderflow 记录已损坏：{ $detail }
interchange-error-mermaid-header = 不是 Mermaid 流程图：首句为「{ $detail }」，应为 flowchart 或 graph
interchange-error-mermaid-line = 第 { $detail }：并非可读取的节点或连线
interchange-output-not-map = { $path }：导入的输出是地图（.ron）；请给以 .ron 结尾的名称
interchange-dpv-write-only = { $path }：DPV JSON-LD 只由导出写入，不能导入；请导入 .drawio、.drawio.svg、.mmd 或 .csv
discover-error-xlsx = 无法读取工作簿：{ $detail }
discover-error-csv = 无法读取 CSV：{ $detail }
discover-error-profile = 不是导入配置文件（已保存的栏位对应）：{ $detail }
discover-error-column = 栏位对应所指的栏位不在工作表内：{ $detail }
discover-error-no-name = 没有栏位载有应用程序或集成的名称；工作表的栏位为：{ $detail }。请编写栏位对应（--save-mapping 可产生一份供编辑），再以 --mapping 提供
discover-error-queue = 不是探查待审清单：{ $detail }
discover-why-no-classes = 资料权限范围「{ $scopes }」未对应任何资料类别：采纳前请勾选
discover-why-classes = 依资料权限范围「{ $scopes }」读出的资料类别：{ $classes }
discover-why-hosting = 托管于「{ $hosting }」，读作 { $place }
discover-why-hosting-unknown = 法域未知：托管地「{ $hosting }」并无载明地点；在你设定前记作其他地方（OTHER）
discover-why-group-place = 用户群组，其名称表明位于 { $place }
discover-why-group-unknown = 用户群组；法域未知，在你设定前记作其他地方（OTHER）
discover-input-kind = { $path }：探查读取应用程序清单电子表格（.xlsx 或 .csv）或探查待审清单（.json）
discover-queue-summary = 探查待审清单：{ $items } 项建议，{ $proposed } 项待审
discover-mapping-unconfirmed = 上列栏位对应是依标题推断的：采纳前请以 --mapping-ok 确认，或以 --mapping 提供你自己的对应
discover-accept-needs-map = --accept 会加入地图：请以 -m MAP 指定（不存在时会新建）
discover-accepted = { $path }：已采纳 { $count } 项建议；地图现有 { $summary }
discover-mapping-given = 栏位对应（取自导入配置文件）：
discover-mapping-guessed = 依标题推断的栏位对应（以 --mapping-ok 确认，或以 --save-mapping 保存、编辑后以 --mapping 提供）：
discover-mapping-line = { $field } ←「{ $header }」
discover-mapping-none = { $field }：无对应栏位
interchange-cannot-write = { $path }：无法写入文件：{ $error }
discover-error-unknown-item = 探查待审清单中并无建议「{ $id }」
## The regulators' clocks (rules-spec section 7)
clock-heading = 时限
clock-state-ok = 正常
clock-state-due = 即将到期
clock-state-overdue = 已逾期
clock-state-expired = 有效期届满
clock-state-unknown = 未能确定
clock-due-date = 期限日
clock-approximate = 约略日期（该年未有假期表，按星期一至五计算）
clock-start-since = 资料流的开始日期
clock-start-safeguard = { $safeguard }的生效日期
clock-start-sign-off = 签署日期
clock-start-face = 该处理者各人脸信息流的开始日期
clock-why-starts = 自 { $date } 起计：{ $what }
clock-why-missing = 欠缺日期：{ $what }
clock-why-done = 已完成：已记录该保障措施
clock-why-done-ref = 已完成：编号 { $ref }
clock-why-moved = 期间的最后一日是{ $place }的休息日或法定节假日，以其结束的次日为期间的最后一日
clock-why-working-days = 按{ $place }的工作日计算；开始的当日不计入
clock-why-approximate = 所计日子所属年份未有{ $place }的假期表：按星期一至五计算（约略日期）
clock-why-before-start = 须于转移开始前通知
clock-why-stand-in = 以合同生效日期代替备案日期（生效之日起10个工作日内备案）
clock-why-after-contract = 评估日期晚于合同生效日期：评估须在备案前完成
clock-why-backlog = 该处理者于2025年6月1日已存储{ $count }人的人脸信息
clock-why-macau-excused = 豁免上班的日子按工作日计算（尚待确定）
clock-none = 此地图没有时限。
clock-needs-review = 须复核
clock-review-due = 复核期限将至
place-mainland = 内地
place-macau = 澳门
place-hong-kong = 香港

## What changed since the sign-off (diff)
diff-heading = 上次签署后的变更
diff-verdict = 结论
diff-verdict-none = 无变更
diff-verdict-cosmetic = 非实质修改（仅位置、备注或文字）
diff-verdict-resign = 须重新签署（发现事项、跨境情况、机制或资料类别有变）
diff-the-map = 地图
diff-added = 已新增
diff-removed = 已移除
diff-changed = 已修改
diff-appeared = 新出现的发现事项
diff-cleared = 已消除的发现事项
diff-risk-up = 风险上升
diff-risk-down = 风险下降
diff-mechanism = 内地数据出境机制的判断有变
diff-clock-started = 时限开始计算
diff-clock-stopped = 时限停止计算

## portfolio
portfolio-title = 数据地图总览
portfolio-maps = 地图
portfolio-heatmap = 全部地图的风险
portfolio-heatmap-sheet = 风险热图
portfolio-summary = { $maps } 份地图，{ $unreadable } 份无法读取 · 评估日期 { $date } · 未来 { $days } 日内到期或已逾期的时限
portfolio-unreadable = 无法读取此地图：{ $error }
portfolio-yes = 是
portfolio-no = 否
portfolio-not-signed = 未签署
portfolio-col-path = 文件
portfolio-col-organisation = 机构
portfolio-col-title = 地图
portfolio-col-language = 语言
portfolio-col-sites = 地点
portfolio-col-crossing = 跨境数据流
portfolio-col-severity-5 = 严重
portfolio-col-severity-4 = 高
portfolio-col-severity-3 = 中
portfolio-col-severity-2 = 低
portfolio-col-severity-1 = 信息
portfolio-col-residual = 最高剩余风险
portfolio-col-clocks = 未来90日内到期或已逾期的时限
portfolio-col-overdue = 已逾期
portfolio-col-review = 复核
portfolio-col-sign-off = 签署状态
portfolio-col-signed-on = 签署日期
portfolio-col-changed = 签署后有变更
portfolio-col-grid = 风险图
format-refused-portfolio = { $path }：数据地图总览须写成 { $extensions } 文件
cli-portfolio-not-folder = { $path }：不是文件夹；请指定存放地图的文件夹
cli-portfolio-empty = { $path }：此文件夹及其子文件夹内没有地图（.ron）
cli-portfolio-cannot-write = { $path }：无法写入数据地图总览
cli-portfolio-done = { $path }：已写入 { $maps } 份地图的总览（{ $unreadable } 份无法读取）

## register clocks
register-sheet-clocks = 时限
register-clock-approximate = 约略日期
register-clock-reasons = 原因
