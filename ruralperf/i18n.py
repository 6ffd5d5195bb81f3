"""Messages of the core in the user's language (Simplified Chinese first, English).

User-fixable problems are values with a code and parameters; this module words them.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ruralperf.domain.periods import Quarter

DEFAULT_LANG = "zh_CN"

MESSAGES: dict[str, tuple[str, str]] = {
    # import: cells
    "required": ("必填项为空", "required value is empty"),
    "not_a_number": ("不是数字：{value}", "not a number: {value}"),
    "too_many_decimals": ("金额最多两位小数：{value}", "amount has more than two decimals: {value}"),
    "must_be_positive": ("必须大于 0：{value}", "must be greater than 0: {value}"),
    "must_be_nonneg": ("不能为负数：{value}", "must not be negative: {value}"),
    "not_whole": ("必须是整数：{value}", "must be a whole number: {value}"),
    "not_a_date": ("不是日期（应为 YYYY-MM-DD）：{value}", "not a date (expected YYYY-MM-DD): {value}"),
    "date_out_of_range": ("日期超出范围（1900–2100）：{value}", "date out of range (1900–2100): {value}"),
    "not_a_month": ("不是月份（应为 YYYY-MM）：{value}", "not a month (expected YYYY-MM): {value}"),
    "not_a_quarter": ("不是季度（应为如 2025Q3）：{value}", "not a quarter (expected e.g. 2025Q3): {value}"),
    "bad_enum": ("无效取值：{value}（可选：{choices}）", "invalid value: {value} (choose from: {choices})"),
    "bad_fraction": ("比例无效：{value}（应在 0 到 100% 之间）", "invalid share: {value} (must be between 0 and 100%)"),
    "bad_score": ("得分应为 0–100 的整数：{value}", "score must be a whole number 0–100: {value}"),
    "bad_id_number": ("证件号码校验位错误：{value}", "resident ID check digit is wrong: {value}"),
    "bad_id_format": ("证件号码格式错误：{value}", "resident ID has a wrong format: {value}"),
    "formula_no_value": ("公式单元格没有计算结果，请在 Excel 中打开并保存后再导入",
                         "formula cell has no computed value; open and save it in Excel first"),
    "text_too_long": ("文字过长（最多 {max} 个字符）", "text too long (at most {max} characters)"),
    "number_lost_digits": ("该编号是超过 15 位的数字，Excel 已丢失末尾几位：{value}；请把该列设为文本格式后重新输入",
                           "this number has more than 15 digits and Excel lost its last digits: "
                           "{value}; format the column as text and type it again"),
    "unknown_parameter": ("未知参数：{value}", "unknown parameter: {value}"),
    "bad_parameter": ("参数值无效：{value}", "invalid parameter value: {value}"),
    # import: sheet structure
    "missing_column": ("缺少必需的列", "required column is missing"),
    "duplicate_column": ("列重复", "column appears twice"),
    "unknown_column": ("未知列，已忽略", "unknown column, ignored"),
    "unknown_sheet": ("未知工作表，已忽略", "unknown sheet, ignored"),
    "duplicate_sheet": ("工作表重复", "sheet appears twice"),
    "duplicate_key": ("与第 {other} 行重复（{key}）", "duplicate of row {other} ({key})"),
    # import: references and rules
    "unknown_staff": ("工号不存在：{value}", "unknown staff number: {value}"),
    "unknown_household": ("客户号不存在：{value}", "unknown household number: {value}"),
    "unknown_loan": ("合同号不存在：{value}", "unknown contract number: {value}"),
    "maturity_before_disbursed": ("到期日期早于发放日期", "maturity is before disbursement"),
    "increment_required": ("存量扩大贷款须填写扩大新增额（大于 0 且不超过贷款金额）",
                           "an expansion loan needs an increment (> 0 and ≤ the amount)"),
    "increment_too_large": ("扩大新增额不能超过贷款金额", "increment must not exceed the loan amount"),
    "increment_not_allowed": ("只有存量扩大贷款可以填写扩大新增额",
                              "only an expansion loan may have an increment"),
    "credit_self": ("自主开发型贷款须有且只有一名营销人员，比例 100%（合同 {contract}）",
                    "a self-developed loan needs exactly one credit of 100% (contract {contract})"),
    "credit_joint": ("联合型贷款须有两名及以上营销人员，比例合计 100%（合同 {contract}，现合计 {total}）",
                     "a joint loan needs two or more credits summing to 100% (contract {contract}, now {total})"),
    "credit_assist": ("联动型/接管型贷款每人比例须在 {min}–{max} 之间（合同 {contract}）",
                      "each share of a linked/taken-over loan must be within {min}–{max} (contract {contract})"),
    "credit_assist_total": ("联动型/接管型贷款的比例合计不得超过 {max}，其余奖励不发放（合同 {contract}，现合计 {total}）",
                            "the shares of a linked/taken-over loan together must not exceed {max}; "
                            "the rest of the reward is not paid (contract {contract}, now {total})"),
    "no_credits": ("贷款 {contract} 没有营销分成，不计营销奖励", "loan {contract} has no marketing credit; no marketing reward"),
    "card_balance_required": ("银行卡须填写卡内余额", "a bank card row needs the card balance"),
    "card_balance_not_allowed": ("只有银行卡填写卡内余额", "only bank card rows have a card balance"),
    "new_maturity_required": ("展期须填写新到期日", "an extension needs the new maturity date"),
    "new_maturity_not_allowed": ("只有展期填写新到期日", "only an extension has a new maturity date"),
    "event_staff_required": ("该事件须填写工号", "this event needs a staff number"),
    "until_not_allowed": ("只有时效中止和判决生效填写截止日期",
                          "only a suspension or a judgment has an until date"),
    "until_before_date": ("截止日期不能早于事件日期", "the until date cannot be before the event's date"),
    "guarantor_required": ("催收保证人须填写保证人", "a guarantor demand needs the guarantor"),
    "guarantor_not_allowed": ("只有催收保证人填写保证人", "only a guarantor demand names a guarantor"),
    "unknown_guarantor": ("贷款 {contract} 没有保证人“{value}”（担保表中没有）",
                          "loan {contract} has no guarantor \"{value}\" (not in the guarantees sheet)"),
    "guarantee_months_range": ("保证期间月数须为 1–120 的整数", "the guarantee period is a whole number of months from 1 to 120"),
    "empty_workbook": ("工作簿中没有可导入的工作表", "the workbook has no sheet to import"),
    "not_a_workbook": ("无法读取该文件，不是有效的 Excel 工作簿（.xlsx）：{value}",
                       "cannot read the file; it is not a valid Excel workbook (.xlsx): {value}"),
    "file_not_found": ("文件不存在：{value}", "file not found: {value}"),
    "more_problems": ("另有 {n} 处问题未逐条列出（请先改正上面列出的问题）",
                      "{n} more problems not listed one by one (fix the ones above first)"),
    "too_many_rows": ("行数过多（最多 {max} 行）", "too many rows (at most {max})"),
    # import: hostile or hidden content (issue 14)
    "duplicate_part": ("文件结构异常：工作簿中部件 {value} 出现两次，无法确定应读取哪一个；请在 Excel 中另存为新文件后再导入",
                       "malformed file: the part {value} appears twice in the workbook, so which one "
                       "counts is undefined; save it as a new file in Excel and import that"),
    "hidden_sheet": ("工作表“{sheet}”是隐藏的，其中的数据看不见，不予导入；请在 Excel 中取消隐藏并核对后再导入",
                     "the sheet “{sheet}” is hidden, so its data cannot be seen; unhide and check "
                     "it in Excel before importing"),
    "hidden_rows": ("工作表“{sheet}”第 {row} 行（单元格 {ref}）有数据但被隐藏，不予导入；请在 Excel 中取消隐藏行列并核对后再导入",
                    "sheet “{sheet}”, row {row} (cell {ref}) holds data but is hidden; unhide the "
                    "rows and columns in Excel and check them before importing"),
    "sheet_area_too_large": ("工作表“{sheet}”的使用范围达 {rows} 行 × {columns} 列（最远的单元格 {ref}），远超其中实际数据；"
                             "请删除远处多余的单元格（或只复制数据到新工作簿）后再导入",
                             "the sheet “{sheet}” spans {rows} rows × {columns} columns (the "
                             "farthest cell is {ref}), far more than the data it holds; delete "
                             "the stray far cells (or copy just the data into a new workbook)"),
    "text_control_chars": ("含有不可见的控制字符（如 NUL、换页符），请删除后重新输入",
                           "contains invisible control characters (such as NUL); delete them and type the text again"),
    "text_invisible_chars": ("含有零宽或方向控制等不可见字符，容易与其他编号混淆，请删除后重新输入",
                             "contains zero-width or direction-control characters that make it look like "
                             "another value; delete them and type it again"),
    "code_not_plain": ("编号含全角字符或空格：{value}；编号请用半角字母和数字，不会自动转换",
                       "the number contains full-width characters or spaces: {value}; use "
                       "half-width letters and digits (nothing is converted automatically)"),
    "date_before_1900_march": ("日期早于 1900-03-01：{value}（Excel 把不存在的 1900-02-29 算作一天，此前的日期不可靠）",
                               "date before 1900-03-01: {value} (Excel counts a 1900-02-29 that "
                               "never existed, so earlier dates are unreliable)"),
    "month_before_disbursed": ("合同 {contract} 于 {disbursed} 发放，{month} 月末时尚未发放，不能有该月数据",
                               "contract {contract} was disbursed on {disbursed}; it did not exist "
                               "at the end of {month}"),
    "date_before_disbursed": ("日期 {date} 早于合同 {contract} 的发放日期 {disbursed}",
                              "the date {date} is before contract {contract} was disbursed ({disbursed})"),
    "extension_not_later": ("展期后的到期日 {new} 不晚于合同 {contract} 原到期日 {current}，展期不能缩短期限",
                            "the new maturity {new} is not after contract {contract}'s maturity "
                            "{current}; an extension cannot shorten the term"),
    # what-if simulation
    "simulation_bad_draft": ("模拟参数 {key} 无效：{problem}", "draft parameter {key} is invalid: {problem}"),
    "simulation_bad_setting": ("模拟参数应写成 参数键=值：{value}", "a draft parameter is written KEY=VALUE: {value}"),
    # pay run findings
    "targets_missing": ("{staff_no} 缺少 {subject} 的任务目标，核算不能审批",
                        "{staff_no} has no targets for {subject}; the run cannot be approved"),
    "deposit_missing": ("{staff_no} 缺少 {subject} 的存款日均", "{staff_no} has no deposit average for {subject}"),
    "committee": ("客户 {subject} 挽回时效金额 {amount} 元达到 50 万元档，由考核委员会决定奖励，请以调整录入",
                  "household {subject}: restoration of {amount} is in the committee tier; enter the committee's amount as an adjustment"),
    "completion_extreme": ("{indicator}完成率 {completion} 超过预警阈值 {limit}，请核对任务目标",
                           "{indicator} completion {completion} is above the warning threshold "
                           "{limit}; please check the target"),
    "npl_rate_not_configured": ("不良清收奖励比例未设置（npl_recovery.rate = 0）",
                                "NPL recovery rate is not configured (npl_recovery.rate = 0)"),
    "floating_not_configured": ("浮动工资月基数未设置（floating.base_monthly = 0）",
                                "floating wage base is not configured (floating.base_monthly = 0)"),
    "calendar_missing": ("节假日日历缺少 {subject} 年，按仅周末休息计算，请在“考核 › 节假日”中补充",
                         "the holiday calendar lacks {subject}; only weekends were skipped, please add it (Assessment › Holidays)"),
    "holiday_makeup_weekday": ("{day} 是工作日（周一至周五），不能标为调休上班日；调休上班日只能是周六或周日",
                               "{day} is a weekday (Monday to Friday); only a Saturday or Sunday can be a make-up working day"),
    "holiday_locked": ("{day} 在已审批锁定的 {quarter} 或更早的季度内，节假日不能修改；如需更正请管理员先重新打开该季度",
                       "{day} lies in the approved quarter {quarter} or earlier; the calendar cannot change there until an administrator reopens that quarter"),
    "holiday_wrong_year": ("{day} 不属于 {year} 年", "{day} is not in {year}"),
    "holiday_duplicate_day": ("同一天出现了两次", "a day is given twice"),
    "holiday_bad_year": ("年份无效：{value}（须为 {first}–{last}）", "invalid year: {value} ({first}–{last})"),
    "holiday_source_builtin": ("内置日历（国务院已公布年份）", "built-in calendar (the State Council's published years)"),
    "holiday_source_missing": ("尚未录入：按仅周末休息计算", "not entered yet: only weekends are days off"),
    "holiday_source_import": ("由 {user} 于 {at} 从 {file} 导入", "imported from {file} by {user} on {at}"),
    "holiday_source_paste": ("由 {user} 于 {at} 从 {file} 粘贴录入", "pasted from {file} by {user} on {at}"),
    "holiday_source_form": ("由 {user} 于 {at} 录入", "entered by {user} on {at}"),
    "holiday_year": ("{year} 年节假日：{source}", "holidays of {year}: {source}"),
    "holiday_frozen": ("{day} 及以前的日期属于已审批锁定的 {quarter} 或更早的季度，不能修改",
                       "days on or before {day} belong to the approved quarter {quarter} or earlier and cannot change"),
    "holiday_paste_skipped": ("已跳过（不含日期）：{text}", "skipped (no date): {text}"),
    "holiday_moves": ("到期日将变动的贷款：{n} 笔", "loans whose expiry moves: {n}"),
    "holiday_moves_today": ("今日时效清单", "limitation list today"),
    "holiday_dry_run": ("试运行：未保存", "dry run: nothing saved"),
    "holiday_saved": ("{year} 年节假日已保存：新增 {inserted} 天，修改或删除 {updated} 天，未变 {unchanged} 天",
                      "holidays of {year} saved: {inserted} days added, {updated} changed or removed, {unchanged} unchanged"),
    "cannot_read_text": ("无法读取文本文件：{value}", "cannot read the text file: {value}"),
    "paste_unreadable": ("无法识别：“{text}”。请按“2027-02-06 至 2027-02-13 放假，2027-02-14 上班”或国务院通知原文的写法填写",
                         "cannot read \"{text}\"; write e.g. \"2027-02-06 至 2027-02-13 放假, 2027-02-14 上班\" or paste the State Council's wording"),
    "paste_no_month": ("“{text}”没有月份，无法确定是哪一天", "\"{text}\" has no month; which day is meant is unclear"),
    "paste_bad_date": ("“{text}”不是有效日期", "\"{text}\" is not a valid date"),
    "paste_wrong_weekday": ("“{text}”所写的星期与 {day} 不符，请核对日期", "the weekday in \"{text}\" is not that of {day}; check the date"),
    "paste_range_backwards": ("日期范围 {text} 的结束早于开始", "the range {text} ends before it starts"),
    "paste_count_mismatch": ("“{text}”写明共 {n} 天，但列出的放假日是 {listed} 天", "\"{text}\" says {n} days but lists {listed} days off"),
    "paste_no_action": ("“{text}”中的日期没有写明“放假”还是“上班”", "\"{text}\" does not say whether its dates are 放假 (off) or 上班 (worked)"),
    "paste_contradiction": ("{day} 既写了放假又写了上班", "{day} is listed both as a day off and as a working day"),
    "paste_nothing": ("没有找到 {year} 年的放假或上班日期", "no days off or working days of {year} were found"),
    "restorer_not_manager": ("合同 {subject} 的挽回人不是当前管户人员", "the restorer of {subject} is not its current manager"),
    # command line
    "init_done": ("数据库已就绪：{value}", "database ready: {value}"),
    "unknown_branch": ("数据库中没有代码为 {value} 的网点（已有网点：{known}）。请检查 --branch 或 "
                       "RURALPERF_BRANCH；新增网点须由管理员运行 ruralperf init --branch 代码 "
                       "--branch-name 名称",
                       "this database has no branch with code {value} (its branches: {known}). "
                       "Check --branch or RURALPERF_BRANCH; an administrator adds a branch with "
                       "ruralperf init --branch CODE --branch-name NAME"),
    "branch_code_invalid": ("网点代码“{value}”无效：须为 1 至 {n} 个字符",
                            "branch code \"{value}\" is not valid: it needs 1 to {n} characters"),
    "branch_name_too_long": ("网点名称不能超过 {n} 个字符", "a branch name has at most {n} characters"),
    "branch_code_taken": ("网点代码 {value} 已被网点“{name}”使用",
                          "branch code {value} is already used by branch \"{name}\""),
    "branch_added": ("已新增网点：{value} {name}", "branch added: {value} {name}"),
    "branch_name_needs_code": ("--branch-name 须与 --branch 一起使用",
                               "--branch-name needs --branch"),
    "import_rejected": ("导入被拒绝：共 {n} 处错误，数据库未作任何修改",
                        "import rejected: {n} errors; nothing was changed"),
    "import_done": ("导入完成：新增 {inserted} 条，更新 {updated} 条，未变 {unchanged} 条",
                    "import done: {inserted} new, {updated} updated, {unchanged} unchanged"),
    "import_dry_run": ("试导入（未写入）：将新增 {inserted} 条，更新 {updated} 条，未变 {unchanged} 条",
                       "dry run (nothing written): {inserted} new, {updated} updated, {unchanged} unchanged"),
    "import_no_changes": ("没有变化", "no changes"),
    "template_written": ("模板已写入：{value}", "template written: {value}"),
    "file_written": ("已生成：{value}", "written: {value}"),
    "statements_written": ("已生成 {n} 个文件：{value}", "{n} files written to {value}"),
    "system_library_missing": ("本机缺少系统库 {library}（软件包 {package}），图形界面无法启动。"
                               "请让管理员运行：sudo apt-get install -y {package}",
                               "this computer lacks the system library {library} (package "
                               "{package}), so the window cannot open. Ask an administrator to "
                               "run: sudo apt-get install -y {package}"),
    "system_library_missing_unknown": ("本机缺少系统库 {library}，图形界面无法启动。"
                                       "请让管理员安装提供该库的软件包",
                                       "this computer lacks the system library {library}, so "
                                       "the window cannot open. Ask an administrator to install "
                                       "the package that provides it"),
    "internal_error": ("程序内部错误，已记录到日志：{value}", "internal error, written to the log: {value}"),
    # trust: users, workflow, locks, backups
    "access_denied": ("当前用户 {user}（{role}）无权执行此操作：{action}",
                      "user {user} ({role}) is not allowed to: {action}"),
    "login_failed": ("用户名或密码错误", "wrong user name or password"),
    "officer_without_staff": ("客户经理账号 {user} 未关联员工编号，不能录入数据，请管理员在用户管理中填写",
                              "credit officer account {user} has no staff number and cannot enter data; an administrator sets it under user accounts"),
    "not_your_loan": ("贷款 {value} 不由您管户，只能录入您管户的贷款和新贷款",
                      "loan {value} is not managed by you; you may enter only the loans you manage and new ones"),
    "not_your_staff": ("只能录入本人的数据（员工编号 {value} 不是您）",
                       "you may enter only your own figures (staff number {value} is not yours)"),
    "not_your_household": ("借款户 {value} 有其他客户经理管户的贷款，不能修改",
                           "household {value} has loans managed by another officer and cannot be changed by you"),
    "pays_yourself": ("不能录入、修改或确认计入本人（员工编号 {value}）绩效的数据，请由另一名管理员处理",
                      "nobody enters, edits or confirms figures that pay himself (staff number {value}); another administrator must do it"),
    "delete_confirmed_denied": ("已确认的数据只能由管理员删除；客户经理只能删除本人待确认的录入",
                                "confirmed records can be deleted only by an administrator; a credit officer deletes only his own pending entries"),
    "not_pending": ("该条记录不是待确认状态：{value}", "this entry is not pending: {value}"),
    "pending_entry": ("待确认的录入：{subject}（须管理员确认或退回后才能提交审批）",
                      "pending entry: {subject} (an administrator must confirm or send it back before the run can be submitted)"),
    "inputs_changed": ("数据已变化，请重新核算（{quarter} 核算后其依据的数据已被修改）",
                       "the data has changed, please compute again ({quarter}: its inputs changed after it was computed)"),
    "unknown_user": ("没有此用户：{value}", "no such user: {value}"),
    "last_admin": ("至少要保留一名在用的管理员", "at least one active administrator must remain"),
    "login_locked": ("登录失败次数过多，该用户名已锁定 {minutes} 分钟，请稍后再试或请管理员重置密码",
                     "too many failed sign-ins: this user name is locked for {minutes} minutes; try later or ask an administrator to reset the password"),
    "password_changed": ("密码已修改：{value}", "password changed: {value}"),
    "entries_confirmed": ("已确认 {n} 条录入", "{n} entries confirmed"),
    "entry_sent_back": ("已退回：{value}", "sent back: {value}"),
    "restore_refused": ("不能用该文件恢复：{reason}；数据未作任何改动", "this file cannot be restored: {reason}; nothing was changed"),
    "restore_not_ruralperf": ("它不是本软件的数据库或备份", "it is not a database or backup of this application"),
    "restore_other_database": ("它是另一个数据库的备份（审计记录的起点不同）", "it is a backup of another database (its audit trail starts elsewhere)"),
    "restore_without_accounts": ("其中没有用户账号，而本数据库已有账号（恢复后将无需登录）", "it has no user accounts while this database has (it would open without a sign-in)"),
    "restore_other_branch": ("其中没有本网点（{value}）", "it does not hold this branch ({value})"),
    "run_tampered": ("已审批的核算 {label} 与审批时的审计记录不符（{reason}），数据库可能被改动；请核查，软件不会自动修复",
                     "the approved run {label} no longer matches its approval in the audit trail ({reason}); the database may have been edited; check it, nothing is repaired automatically"),
    "tamper_result_changed": ("结果或其内容哈希已被改动", "its result or content hash was edited"),
    "tamper_inputs_changed": ("其依据数据的指纹已被改动", "its input fingerprint was edited"),
    "tamper_approval_missing": ("审计记录中没有它的审批", "the audit trail has no approval of it"),
    "login_required": ("请先登录（--user 与 RURALPERF_PASSWORD）", "please log in first (--user and RURALPERF_PASSWORD)"),
    "user_exists": ("用户已存在：{value}", "user already exists: {value}"),
    "bad_role": ("角色无效：{value}（admin/officer/auditor）", "invalid role: {value} (admin/officer/auditor)"),
    "password_too_short": ("密码至少 6 位", "the password needs at least 6 characters"),
    "quarter_locked": ("{quarter} 已审批锁定，不能修改；如需更正请管理员先重新打开该季度",
                       "{quarter} is approved and locked; an administrator must reopen it first"),
    "record_locked": ("该记录属于已审批锁定的 {quarter}，不能修改；如需更正请管理员先重新打开该季度",
                      "this record belongs to the approved quarter {quarter}; an administrator must reopen it first"),
    "no_pay_run": ("{quarter} 还没有核算结果", "{quarter} has no pay run yet"),
    "wrong_status": ("{quarter} 的核算状态为“{status}”，不能{action}", "the pay run of {quarter} is {status}; cannot {action}"),
    "run_has_errors": ("{quarter} 的核算还有阻断性错误，不能提交或审批", "the pay run of {quarter} has blocking errors"),
    "self_approval_needs_reason": ("审批人与核算人相同：只有一名管理员的网点可自行审批，但须填写理由",
                                   "approver is the one who computed: only a one-administrator branch may, with a written reason"),
    "self_approval_not_allowed": ("审批人须为核算人和提交人以外的另一名管理员", "another administrator than the one who computed or submitted the run must approve"),
    "reason_required": ("请填写理由", "a reason is required"),
    # deferral, clawback, reopened quarters (DOMAIN.md 9)
    "reopen_later_approved": ("{quarter} 之后的 {later} 已审批，不能再重新打开 {quarter}；请在当期以调整录入更正，"
                              "事由中注明原季度",
                              "{later} (after {quarter}) is approved, so {quarter} cannot be reopened; "
                              "enter the correction as an adjustment of the current quarter, naming {quarter} in its reason"),
    "deferral_parts_used": ("{quarter} 原版本的延期支付已被以后季度发放或扣回，不能替换；请先重新打开以后的季度",
                            "later quarters already released or clawed back the deferred pay of {quarter}'s "
                            "earlier version; reopen those quarters first"),
    "deferral_changed": ("核算 {quarter} 之后延期支付台账已变化（其他季度已审批），请重新核算后再审批",
                         "the deferral ledger changed after {quarter} was computed (another quarter was "
                         "approved); compute it again before approving"),
    "deferral_quarter_unapproved": ("{subject} 设有延期支付比例但尚未审批，其延期支付未计入本季（发放、余额、扣回）",
                                    "{subject} has a deferral rate but no approved pay run; its deferrals "
                                    "are not counted here (releases, balance, clawbacks)"),
    "db_damaged": ("数据库文件已损坏，未做任何修改：{path}。最新的完好备份：{backup}",
                   "the database file is damaged and was left untouched: {path}. Newest good backup: {backup}"),
    "db_damaged_no_backup": ("数据库文件已损坏，未做任何修改：{path}。没有找到完好的备份",
                             "the database file is damaged and was left untouched: {path}. No good backup found"),
    "db_checking": ("正在检查数据库完整性，请稍候", "checking the database's integrity, please wait"),
    "db_damaged_read_only": ("数据库文件未通过完整性检查，可能已损坏：{path}。程序没有修改它，现在只能查看、不能修改；"
                             "请退出后从备份恢复",
                             "the database file failed its integrity check and may be damaged: {path}. It was "
                             "left untouched and is open for viewing only; quit and restore a backup"),
    "db_in_use": ("该数据库正由另一个 ruralperf 窗口使用：{path}", "the database is in use by another ruralperf window: {path}"),
    "backup_failed": ("备份失败：{value}", "backup failed: {value}"),
    "backup_check_failed": ("导入前的备份未通过完整性检查，已改名为 {value}；导入的数据不受影响，请尽快另做一次备份",
                            "the backup taken before the import failed its integrity check and was renamed {value}; the imported data is not affected, take another backup soon"),
    "network_share": ("数据库位于网络共享上，可能因网络中断而损坏，建议放在本机磁盘",
                      "the database lies on a network share, where it can be damaged; keep it on a local disk"),
    "audit_ok": ("审计日志完整：已核验 {n} 条", "audit trail intact: {n} entries verified"),
    "audit_broken": ("审计日志未通过核验：第 {seq} 条，{reason}。请管理员核查，软件不会自动修复",
                     "the audit trail failed its check at entry {seq}: {reason}. An administrator must check it; nothing is repaired automatically"),
    "restored": ("已从备份恢复：{value}", "restored from backup: {value}"),
    # printing
    "glyph_missing": ("无法打印：“{text}”中的字符 {chars} 没有可用字体（{codes}），未生成文件",
                      "cannot print: no bundled font has the character {chars} ({codes}) in “{text}”; no file was written"),
    "glyph_missing_person": ("无法打印 {staff_no} {name} 的明细表：字符 {chars} 没有可用字体（{codes}），未生成文件；请核对姓名或联系技术支持",
                             "cannot print the statement of {staff_no} {name}: no bundled font has the character {chars} ({codes}); no file was written; check the name or contact support"),
    "verify_statement": ("校验码 {value}：{quarter} 核算批次 {label}，员工 {staff_no} {name}，实发金额 ¥{net}",
                         "code {value}: pay run {label} of {quarter}, staff {staff_no} {name}, net pay ¥{net}"),
    "verify_summary": ("校验码 {value}：{quarter} 核算批次 {label} 的网点汇总表，{n} 人，实发合计 ¥{net}",
                       "code {value}: branch summary of pay run {label} of {quarter}, {n} staff, net total ¥{net}"),
    "verify_copy_approved": ("此件为审批后打印的正式件", "this copy was printed from the approved run"),
    "verify_copy_draft": ("此件为审批前打印的草稿件，不能作为发放依据", "this copy is a draft printed before approval; it is not a basis for payment"),
    "verify_valid": ("该批次仍是本季度现行的已审批批次：有效", "the run is still the approved run of the quarter: valid"),
    "verify_superseded": ("该批次已被重新打开，本季度现行批次为 {newest}（{status}）：此件已失效",
                          "the run was reopened; the quarter's current run is {newest} ({status}): this copy is no longer valid"),
    "verify_not_approved": ("该批次目前为“{status}”，尚未审批", "the run is {status}, not approved yet"),
    "verify_unknown": ("没有找到校验码 {value}：它不是本数据库中任何核算批次打印的，或已被改动",
                       "code {value} not found: no pay run of this database printed it, or it was altered"),
    # general
    "bad_quarter": ("季度格式错误：{value}", "bad quarter: {value}"),
    "bad_date": ("日期格式错误：{value}", "bad date: {value}"),
    "db_locked": ("数据库正被其他程序使用，请稍后再试", "the database is in use by another program; try again later"),
    "db_error": ("无法打开数据库：{value}", "cannot open the database: {value}"),
    "cannot_write": ("无法写入文件：{value}", "cannot write the file: {value}"),
}


from ruralperf.i18n_trust import TRUST_MESSAGES, access_words  # noqa: E402

MESSAGES.update(TRUST_MESSAGES)


def current_lang() -> str:
    return os.environ.get("RURALPERF_LANG", DEFAULT_LANG)


def tr(code: str, lang: str | None = None, **params) -> str:
    """The message for `code` in `lang` ("zh_CN" or "en"), with its parameters filled in."""
    lang = lang or current_lang()
    zh, en = MESSAGES.get(code, (code, code))
    template = en if lang.startswith("en") else zh
    if code == "access_denied":
        params = access_words(params, lang, tr)
    try:
        return template.format(**{k: v for k, v in params.items()})
    except (KeyError, IndexError):
        return template


def finding_text(finding, lang: str | None = None) -> str:
    """Words for a pay-run or limitation Finding."""
    params = dict(finding.params)
    params.setdefault("subject", finding.subject)
    params.setdefault("staff_no", "")
    if finding.code == "completion_extreme":  # the subject is an indicator key
        from ruralperf.reports.labels import INDICATORS

        names = INDICATORS.get(finding.subject, (finding.subject, finding.subject))
        params["indicator"] = names[1] if (lang or current_lang()).startswith("en") else names[0]
    return tr(finding.code, lang, **params)


def quarter_text(quarter: Quarter, lang: str | None) -> str:
    """A quarter for display: '2025年第3季度' (English '2025 Q3'; no language: Chinese)."""
    return (f"{quarter.year} Q{quarter.q}" if lang and lang.startswith("en")
            else f"{quarter.year}年第{quarter.q}季度")
