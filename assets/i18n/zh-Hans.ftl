# borderflow 简体中文 (report language for Mainland filings).
# Each line is `key = text`; `{ $name }` is filled in by the program. Keep every key and
# placeholder of en.ftl; see assets/i18n/README.md.

## The report's fixed words

report-report = 个人信息保护影响评估报告
report-organisation = 机构
report-evaluated-on = 规则适用日期
report-map-fingerprint = 数据地图指纹
report-labelled = { $label }：{ $value }
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
report-rulebook-line = 规则集：{ $version }。规则适用日期：{ $date }。
report-caveat-general = 本评估按所绘地图应用规则集，并非法律意见；凡法律出处未完全核实者，依赖前请向律师或监管机构确认。
report-unverified = 法律出处未完全核实的发现
report-all-verified = 所用法律出处均已核实。
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
register-col-source-jurisdiction = 来源法域
register-col-destination = 目的地点
register-col-destination-jurisdiction = 目的法域
register-col-destination-city = 目的城市
register-col-recipient = 接收方
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
