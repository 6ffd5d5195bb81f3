<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>CheckPage</name>
    <message>
      <location filename="../../ui/workflow/import_wizard.py" line="+63" />
      <source>检查</source>
      <translation>Check</translation>
    </message>
    <message>
      <location line="+2" />
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <location line="+17" />
      <source>正在检查 %1 …</source>
      <translation>Checking %1 …</translation>
    </message>
    <message>
      <location line="+18" />
      <source>检查通过，可以导入。</source>
      <translation>No errors: ready to import.</translation>
    </message>
    <message>
      <location line="+5" />
      <source>发现 %1 处错误，数据库不会被修改。请修正工作簿后返回重新选择。</source>
      <translation>%1 errors found; the database will not be changed. Correct the workbook, then go back and choose it again.</translation>
    </message>
    <message>
      <location line="+2" />
      <source>可将问题清单导出为 Excel，逐条修正。</source>
      <translation>Export the list to Excel to work through it.</translation>
    </message>
  </context>
  <context>
    <name>CompletenessCard</name>
    <message>
      <location filename="../../ui/workflow/home_cards.py" line="+50" />
      <source>月末台账（笔）</source>
      <translation>Month-end ledgers (loans)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>利息收入（条）</source>
      <translation>Interest income (rows)</translation>
    </message>
    <message>
      <location line="+1" />
      <source>存款日均（人）</source>
      <translation>Deposit averages (staff)</translation>
    </message>
    <message>
      <location line="+6" />
      <source>红色：核算必需但缺失；黄色：本季度没有记录；灰色：核算不需要。</source>
      <translation>Red: required by the pay run but missing; yellow: no rows this quarter; grey: not needed by the pay run.</translation>
    </message>
    <message>
      <location line="+14" />
      <source>数据完整性 · %1（含上季度存款与基期台账）</source>
      <translation>Data completeness · %1 (with last quarter's deposits and the base-date ledger)</translation>
    </message>
    <message>
      <location line="+10" />
      <source>缺：</source>
      <translation>Missing: </translation>
    </message>
    <message>
      <location line="+6" />
      <source>任务目标：%1/%2 名员工已录入；缺 %3</source>
      <translation>Targets: %1 of %2 staff entered; missing %3</translation>
    </message>
    <message>
      <location line="+5" />
      <source>任务目标：%1 名员工全部已录入</source>
      <translation>Targets: entered for all %1 staff</translation>
    </message>
    <message>
      <location line="+2" />
      <source>本季度：贷款 %1 笔，中间业务 %2 条，不良清收 %3 条，调整 %4 条</source>
      <translation>This quarter: %1 loans, %2 intermediate items, %3 NPL recoveries, %4 adjustments</translation>
    </message>
  </context>
  <context>
    <name>CreditRow</name>
    <message>
      <location filename="../../ui/records/forms/loan_form.py" line="+26" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
  </context>
  <context>
    <name>DetailTable</name>
    <message>
      <location filename="../../ui/records/detail_table.py" line="+42" />
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <location line="+1" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
  </context>
  <context>
    <name>Explanation</name>
    <message>
      <location filename="../../ui/workflow/explain.py" line="+57" />
      <source>规则</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location line="+1" />
      <source>公式</source>
      <translation>Formula</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+23" />
      <source>金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location line="-22" />
      <source>输入</source>
      <translation>Inputs</translation>
    </message>
    <message>
      <location line="+1" />
      <source>参数</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <location line="+17" />
      <source>时效处罚合计</source>
      <translation>Limitation penalty</translation>
    </message>
    <message>
      <location line="+5" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location line="+3" />
      <source>调整合计</source>
      <translation>Adjustments</translation>
    </message>
    <message>
      <location line="+9" />
      <source>基数（明细合计）</source>
      <translation>Base (sum of the lines)</translation>
    </message>
    <message>
      <location line="+4" />
      <source>× 完成率 min(p, 上限)</source>
      <translation>× completion min(p, cap)</translation>
    </message>
    <message>
      <location line="+3" />
      <source>× 综合任务完成率 p</source>
      <translation>× composite completion p</translation>
    </message>
    <message>
      <location line="+2" />
      <source>考核后金额</source>
      <translation>Assessed amount</translation>
    </message>
    <message>
      <location line="+3" />
      <source>本季度没有该项明细。</source>
      <translation>No lines this quarter.</translation>
    </message>
    <message>
      <location line="+5" />
      <source>指标</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location line="+1" />
      <source>目标</source>
      <translation>Target</translation>
    </message>
    <message>
      <location line="+1" />
      <source>实际</source>
      <translation>Actual</translation>
    </message>
    <message>
      <location line="+1" />
      <source>完成率</source>
      <translation>Completion</translation>
    </message>
    <message>
      <location line="+1" />
      <source>权重</source>
      <translation>Weight</translation>
    </message>
    <message>
      <location line="+8" />
      <source>p = Σ 权重 × 完成率</source>
      <translation>p = Σ weight × completion</translation>
    </message>
    <message>
      <location line="+3" />
      <source>没有本季度的任务目标，p 记为 0。</source>
      <translation>No targets for this quarter: p is 0.</translation>
    </message>
    <message>
      <location line="+8" />
      <source>考核后各项合计</source>
      <translation>Sum of assessed components</translation>
    </message>
    <message>
      <location line="+1" />
      <source>− 限额扣减</source>
      <translation>− cap reduction</translation>
    </message>
    <message>
      <location line="+1" />
      <source>= 应发合计</source>
      <translation>= gross</translation>
    </message>
    <message>
      <location line="+1" />
      <source>− 时效处罚</source>
      <translation>− limitation penalty</translation>
    </message>
    <message>
      <location line="+1" />
      <source>− 上季结转扣回</source>
      <translation>− carried in from last quarter</translation>
    </message>
    <message>
      <location line="+1" />
      <source>+ 调整</source>
      <translation>+ adjustments</translation>
    </message>
    <message>
      <location line="+1" />
      <source>= 实发</source>
      <translation>= net pay</translation>
    </message>
    <message>
      <location line="+1" />
      <source>结转下季扣回</source>
      <translation>Carried to next quarter</translation>
    </message>
    <message>
      <location line="+3" />
      <source>岗位最高限额 {cap}（银行卡、POS 奖励不计入限额）。</source>
      <translation>Position cap {cap} (bank card and POS rewards are outside the cap).</translation>
    </message>
  </context>
  <context>
    <name>ExplanationDialog</name>
    <message>
      <location filename="../../ui/workflow/explanation_dialog.py" line="+21" />
      <source>计算过程</source>
      <translation>How it was computed</translation>
    </message>
  </context>
  <context>
    <name>ExportAction</name>
    <message>
      <location filename="../../ui/records/export_action.py" line="+24" />
      <source>导出当前视图</source>
      <translation>Export this view</translation>
    </message>
    <message>
      <location line="+2" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location line="+24" />
      <source>正在导出……</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location line="+5" />
      <source>正在导出：{0} / {1} 行</source>
      <translation>Exporting: {0} / {1} rows</translation>
    </message>
    <message>
      <location line="+5" />
      <source>已导出 {0} 行：{1}</source>
      <translation>Exported {0} rows: {1}</translation>
    </message>
    <message>
      <location line="+6" />
      <source>导出已取消</source>
      <translation>Export cancelled</translation>
    </message>
    <message>
      <location line="+2" />
      <source>无法写入文件：{0}</source>
      <translation>Cannot write the file: {0}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>导出失败：{0}</source>
      <translation>Export failed: {0}</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../ui/workflow/import_wizard.py" line="-79" />
      <location line="+15" />
      <source>选择工作簿</source>
      <translation>Choose the workbook</translation>
    </message>
    <message>
      <location line="-14" />
      <source>选择按导入模板填写的 Excel 工作簿（.xlsx）。下一步先检查，不写入数据库。</source>
      <translation>Choose an Excel workbook (.xlsx) filled in the import template's layout. The next step checks it without writing anything.</translation>
    </message>
    <message>
      <location line="+2" />
      <source>工作簿路径</source>
      <translation>Workbook path</translation>
    </message>
    <message>
      <location line="+2" />
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location line="+11" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>FindingList</name>
    <message>
      <location filename="../../ui/widgets/finding_list.py" line="+31" />
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location line="+0" />
      <source>员工</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location line="+0" />
      <source>说明</source>
      <translation>Message</translation>
    </message>
    <message>
      <location line="+1" />
      <source>处理</source>
      <translation>Fix</translation>
    </message>
    <message>
      <location line="+14" />
      <source>错误</source>
      <translation>Error</translation>
    </message>
    <message>
      <location line="+0" />
      <source>提示</source>
      <translation>Warning</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../ui/workflow/home_page.py" line="+77" />
      <source>数据库中还没有数据。可以导入月末台账工作簿，或先载入一套演示数据熟悉程序。</source>
      <translation>The database is empty. Import a month-end workbook, or load demo data to get to know the program.</translation>
    </message>
    <message>
      <location line="+3" />
      <source>载入演示数据</source>
      <translation>Load demo data</translation>
    </message>
    <message>
      <location line="+4" />
      <source>此版本没有演示数据生成器。</source>
      <translation>This version has no demo data generator.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>导入工作簿…</source>
      <translation>Import workbook…</translation>
    </message>
    <message>
      <location line="+13" />
      <source>首页</source>
      <translation>Home</translation>
    </message>
    <message>
      <location line="+6" />
      <source>%1 季度概览</source>
      <translation>Overview of %1</translation>
    </message>
    <message>
      <location line="+33" />
      <source>正在生成演示数据…</source>
      <translation>Generating demo data…</translation>
    </message>
    <message>
      <location line="+7" />
      <source>演示数据导入失败，详见日志。</source>
      <translation>The demo data could not be loaded; see the log.</translation>
    </message>
  </context>
  <context>
    <name>ImportCounts</name>
    <message>
      <location filename="../../ui/workflow/import_counts.py" line="+16" />
      <source>工作表</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location line="+0" />
      <source>新增</source>
      <translation>Added</translation>
    </message>
    <message>
      <location line="+0" />
      <source>更新</source>
      <translation>Updated</translation>
    </message>
    <message>
      <location line="+1" />
      <source>未变</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <location line="+13" />
      <source>合计</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <location filename="../../ui/workflow/import_page.py" line="+27" />
      <source>&lt;p&gt;月末由管理员导入台账工作簿（员工、借款户、贷款、营销分成、管户变更、月末台账、利息收入、存款日均、中间业务、不良清收、时效事件、任务目标、调整、参数）。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;选择工作簿；&lt;/li&gt;&lt;li&gt;程序先检查每一行，列出全部错误（工作表、行、列、说明），可导出为 Excel；&lt;/li&gt;&lt;li&gt;没有错误时确认导入：全部写入，或者什么都不改。已有记录按编号更新。&lt;/li&gt;&lt;/ol&gt;</source>
      <translation>&lt;p&gt;At month end the administrator imports the ledger workbook (staff, households, loans, marketing credits, reassignments, month-end ledgers, interest income, deposit averages, intermediate items, NPL recoveries, limitation events, targets, adjustments, parameters).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Choose the workbook.&lt;/li&gt;&lt;li&gt;The program checks every row first and lists every error (sheet, row, column, message); the list can be exported to Excel.&lt;/li&gt;&lt;li&gt;When there are no errors, confirm the import: everything is written, or nothing is changed. Existing records are updated by their numbers.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
      <location line="+8" />
      <source>选择工作簿并导入…</source>
      <translation>Choose a workbook and import…</translation>
    </message>
    <message>
      <location line="+2" />
      <source>保存空白导入模板…</source>
      <translation>Save a blank import template…</translation>
    </message>
    <message>
      <location line="+6" />
      <source>本次运行尚未导入。</source>
      <translation>Nothing imported in this session.</translation>
    </message>
    <message>
      <location line="+6" />
      <source>最近一次导入</source>
      <translation>Last import</translation>
    </message>
    <message>
      <location line="+12" />
      <location line="+49" />
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <location line="-16" />
      <source>导入模板</source>
      <translation>Import template</translation>
    </message>
    <message>
      <location line="+0" />
      <source>此版本暂不提供模板。</source>
      <translation>This version has no template.</translation>
    </message>
    <message>
      <location line="+2" />
      <source>保存空白导入模板</source>
      <translation>Save a blank import template</translation>
    </message>
    <message>
      <location line="+1" />
      <source>导入模板.xlsx</source>
      <translation>import-template.xlsx</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../ui/workflow/import_wizard.py" line="+143" />
      <source>导入工作簿</source>
      <translation>Import workbook</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../ui/workflow/labels.py" line="+18" />
      <source>浮动工资</source>
      <translation>Floating wage</translation>
    </message>
    <message>
      <location line="+1" />
      <source>客户维护费</source>
      <translation>Customer maintenance fee</translation>
    </message>
    <message>
      <location line="+1" />
      <source>利息收入奖励</source>
      <translation>Interest income reward</translation>
    </message>
    <message>
      <location line="+1" />
      <source>贷款营销奖励</source>
      <translation>Loan marketing reward</translation>
    </message>
    <message>
      <location line="+1" />
      <source>存款营销奖励</source>
      <translation>Deposit marketing reward</translation>
    </message>
    <message>
      <location line="+1" />
      <source>银行卡营销奖励</source>
      <translation>Bank card reward</translation>
    </message>
    <message>
      <location line="+1" />
      <source>POS 营销奖励</source>
      <translation>POS reward</translation>
    </message>
    <message>
      <location line="+1" />
      <source>代收代付营销奖励</source>
      <translation>Agency items reward</translation>
    </message>
    <message>
      <location line="+1" />
      <source>不良贷款清收奖励</source>
      <translation>NPL recovery reward</translation>
    </message>
    <message>
      <location line="+1" />
      <source>挽回时效奖励</source>
      <translation>Limitation restoration reward</translation>
    </message>
    <message>
      <location line="+1" />
      <source>限额扣减</source>
      <translation>Cap reduction</translation>
    </message>
    <message>
      <location line="+1" />
      <source>应发合计</source>
      <translation>Gross</translation>
    </message>
    <message>
      <location line="+1" />
      <source>时效处罚</source>
      <translation>Limitation penalty</translation>
    </message>
    <message>
      <location line="+1" />
      <source>上季结转扣回</source>
      <translation>Carried in from last quarter</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+83" />
      <source>调整</source>
      <translation>Adjustments</translation>
    </message>
    <message>
      <location line="-82" />
      <source>实发</source>
      <translation>Net pay</translation>
    </message>
    <message>
      <location line="+1" />
      <source>结转下季</source>
      <translation>Carry to next quarter</translation>
    </message>
    <message>
      <location line="+1" />
      <source>综合任务完成率</source>
      <translation>Composite completion p</translation>
    </message>
    <message>
      <location line="+10" />
      <source>贷款收息</source>
      <translation>Interest collected</translation>
    </message>
    <message>
      <location line="+1" />
      <source>存款</source>
      <translation>Deposits</translation>
    </message>
    <message>
      <location line="+1" />
      <source>不良压降</source>
      <translation>NPL reduction</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+63" />
      <source>中间业务</source>
      <translation>Intermediate business</translation>
    </message>
    <message>
      <location line="-62" />
      <source>工作质量</source>
      <translation>Work quality</translation>
    </message>
    <message>
      <location line="+9" />
      <source>正常计时</source>
      <translation>Running</translation>
    </message>
    <message>
      <location line="+1" />
      <source>临近到期</source>
      <translation>Expiring soon</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已失时效</source>
      <translation>Lapsed</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已挽回</source>
      <translation>Restored</translation>
    </message>
    <message>
      <location line="+1" />
      <source>诉讼中</source>
      <translation>In litigation</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已结清</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location line="+1" />
      <source>追责</source>
      <translation>Accountability</translation>
    </message>
    <message>
      <location line="+1" />
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <location line="+9" />
      <source>尚未核算</source>
      <translation>Not computed</translation>
    </message>
    <message>
      <location line="+1" />
      <source>草稿</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已提交</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已审批</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已作废</source>
      <translation>Superseded</translation>
    </message>
    <message>
      <location line="+9" />
      <source>读取并检查单元格</source>
      <translation>Reading and checking cells</translation>
    </message>
    <message>
      <location line="+1" />
      <source>核对引用关系</source>
      <translation>Checking references</translation>
    </message>
    <message>
      <location line="+1" />
      <source>写入数据库</source>
      <translation>Writing to the database</translation>
    </message>
    <message>
      <location line="+1" />
      <source>完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <location line="+1" />
      <source>计算中</source>
      <translation>Computing</translation>
    </message>
    <message>
      <location line="+1" />
      <source>加载中</source>
      <translation>Loading</translation>
    </message>
    <message>
      <location line="+10" />
      <source>参数</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <location line="+1" />
      <source>员工</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location line="+1" />
      <source>借款户</source>
      <translation>Households</translation>
    </message>
    <message>
      <location line="+1" />
      <source>贷款</source>
      <translation>Loans</translation>
    </message>
    <message>
      <location line="+1" />
      <source>营销分成</source>
      <translation>Marketing credits</translation>
    </message>
    <message>
      <location line="+1" />
      <source>管户变更</source>
      <translation>Reassignments</translation>
    </message>
    <message>
      <location line="+1" />
      <source>月末台账</source>
      <translation>Month-end ledgers</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+21" />
      <source>利息收入</source>
      <translation>Interest income</translation>
    </message>
    <message>
      <location line="-20" />
      <source>存款日均</source>
      <translation>Deposit averages</translation>
    </message>
    <message>
      <location line="+2" />
      <source>不良清收</source>
      <translation>NPL recoveries</translation>
    </message>
    <message>
      <location line="+1" />
      <source>时效事件</source>
      <translation>Limitation events</translation>
    </message>
    <message>
      <location line="+1" />
      <source>任务目标</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location line="+10" />
      <source>岗位系数</source>
      <translation>Coefficient</translation>
    </message>
    <message>
      <location line="+1" />
      <source>基期户数</source>
      <translation>Households at base date</translation>
    </message>
    <message>
      <location line="+1" />
      <source>期末户数</source>
      <translation>Households at end date</translation>
    </message>
    <message>
      <location line="+1" />
      <source>基期户</source>
      <translation>Base households</translation>
    </message>
    <message>
      <location line="+1" />
      <source>期末户</source>
      <translation>End households</translation>
    </message>
    <message>
      <location line="+1" />
      <source>月份</source>
      <translation>Month</translation>
    </message>
    <message>
      <location line="+2" />
      <source>合同号</source>
      <translation>Contract</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+1" />
      <source>客户号</source>
      <translation>Household</translation>
    </message>
    <message>
      <location line="+1" />
      <source>贷款性质</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location line="+1" />
      <source>客户类型</source>
      <translation>Customer type</translation>
    </message>
    <message>
      <location line="+1" />
      <source>金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location line="+1" />
      <source>扩大新增额</source>
      <translation>Increment</translation>
    </message>
    <message>
      <location line="+1" />
      <source>发放日期</source>
      <translation>Disbursed on</translation>
    </message>
    <message>
      <location line="+1" />
      <source>分成比例</source>
      <translation>Share</translation>
    </message>
    <message>
      <location line="+1" />
      <source>本季日均</source>
      <translation>Quarter average</translation>
    </message>
    <message>
      <location line="+1" />
      <source>上季日均</source>
      <translation>Previous quarter average</translation>
    </message>
    <message>
      <location line="+1" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location line="+1" />
      <source>数量</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location line="+1" />
      <source>计件数量</source>
      <translation>Qualifying</translation>
    </message>
    <message>
      <location line="+1" />
      <source>卡内余额</source>
      <translation>Card balance</translation>
    </message>
    <message>
      <location line="+1" />
      <source>合同</source>
      <translation>Contracts</translation>
    </message>
    <message>
      <location line="+1" />
      <source>挽回金额合计</source>
      <translation>Group amount</translation>
    </message>
    <message>
      <location line="+1" />
      <source>挽回人</source>
      <translation>Restorer</translation>
    </message>
    <message>
      <location line="+1" />
      <source>责任人</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location line="+1" />
      <source>历史遗留</source>
      <translation>Legacy</translation>
    </message>
    <message>
      <location line="+1" />
      <source>失时效日</source>
      <translation>Lapse dates</translation>
    </message>
    <message>
      <location line="+1" />
      <source>挽回日期</source>
      <translation>Restoration dates</translation>
    </message>
    <message>
      <location line="+1" />
      <source>工号</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>清收金额</source>
      <translation>Recovered</translation>
    </message>
    <message>
      <location line="+10" />
      <source>是</source>
      <translation>yes</translation>
    </message>
    <message>
      <location line="+1" />
      <source>否</source>
      <translation>no</translation>
    </message>
    <message>
      <location line="+1" />
      <source>新增</source>
      <translation>new</translation>
    </message>
    <message>
      <location line="+1" />
      <source>存量扩大</source>
      <translation>expansion</translation>
    </message>
    <message>
      <location line="+1" />
      <source>借新还旧</source>
      <translation>refinance</translation>
    </message>
    <message>
      <location line="+1" />
      <source>重组</source>
      <translation>restructure</translation>
    </message>
    <message>
      <location line="+1" />
      <source>自主开发型</source>
      <translation>self-developed</translation>
    </message>
    <message>
      <location line="+1" />
      <source>联合型</source>
      <translation>joint</translation>
    </message>
    <message>
      <location line="+1" />
      <source>联动型</source>
      <translation>linked</translation>
    </message>
    <message>
      <location line="+1" />
      <source>接管型</source>
      <translation>taken over</translation>
    </message>
  </context>
  <context>
    <name>LimitationCard</name>
    <message>
      <location filename="../../ui/workflow/home_cards.py" line="+62" />
      <source>30 天内到期</source>
      <translation>Expiring in 30 days</translation>
    </message>
    <message>
      <location line="+0" />
      <source>31–60 天到期</source>
      <translation>In 31–60 days</translation>
    </message>
    <message>
      <location line="+0" />
      <source>61–90 天到期</source>
      <translation>In 61–90 days</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已失时效待挽回</source>
      <translation>Lapsed, to restore</translation>
    </message>
    <message>
      <location line="+0" />
      <source>追责</source>
      <translation>Accountability</translation>
    </message>
    <message>
      <location line="+0" />
      <source>诉讼中</source>
      <translation>In litigation</translation>
    </message>
    <message>
      <location line="+11" />
      <source>合同号</source>
      <translation>Contract</translation>
    </message>
    <message>
      <location line="+0" />
      <source>管户人员</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location line="+0" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location line="+1" />
      <source>时效到期日</source>
      <translation>Limitation expiry</translation>
    </message>
    <message>
      <location line="+0" />
      <source>剩余天数</source>
      <translation>Days left</translation>
    </message>
    <message>
      <location line="+13" />
      <source>打开时效管理</source>
      <translation>Open limitation management</translation>
    </message>
    <message>
      <location line="+3" />
      <source>诉讼时效 · 截至 %1</source>
      <translation>Statute of limitations · as of %1</translation>
    </message>
  </context>
  <context>
    <name>LimitationModel</name>
    <message>
      <location filename="../../ui/workflow/limitation_model.py" line="+15" />
      <source>合同号</source>
      <translation>Contract</translation>
    </message>
    <message>
      <location line="+1" />
      <source>客户号</source>
      <translation>Household</translation>
    </message>
    <message>
      <location line="+1" />
      <source>管户人员</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location line="+1" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location line="+1" />
      <source>到期日</source>
      <translation>Maturity</translation>
    </message>
    <message>
      <location line="+1" />
      <source>时效到期日</source>
      <translation>Limitation expiry</translation>
    </message>
    <message>
      <location line="+1" />
      <source>剩余天数</source>
      <translation>Days left</translation>
    </message>
    <message>
      <location line="+1" />
      <source>失时效日</source>
      <translation>Lapse date</translation>
    </message>
    <message>
      <location line="+1" />
      <source>责任人</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <location line="+1" />
      <source>挽回次数</source>
      <translation>Restorations</translation>
    </message>
    <message>
      <location line="+1" />
      <source>余额</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location line="+64" />
      <source>双击打开该笔贷款</source>
      <translation>Double-click to open the loan</translation>
    </message>
    <message>
      <location line="+8" />
      <source>（追责）</source>
      <translation> (accountability)</translation>
    </message>
  </context>
  <context>
    <name>LimitationPage</name>
    <message>
      <location filename="../../ui/workflow/limitation_page.py" line="+34" />
      <source>全部管户人员</source>
      <translation>All managers</translation>
    </message>
    <message>
      <location line="+6" />
      <source>截至日期</source>
      <translation>As of</translation>
    </message>
    <message>
      <location line="+3" />
      <source>管户人员</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location line="+35" />
      <source>时效管理</source>
      <translation>Limitation</translation>
    </message>
  </context>
  <context>
    <name>LoanDetailPane</name>
    <message>
      <location filename="../../ui/records/loan_detail_pane.py" line="+65" />
      <source>管户历史</source>
      <translation>Manager history</translation>
    </message>
    <message>
      <location line="+5" />
      <source>选择一笔贷款，查看其营销分成、管户历史、月末台账、利息和时效事件。</source>
      <translation>Select a loan to see its marketing credits, manager history, month-end ledgers, interest and limitation events.</translation>
    </message>
    <message>
      <location line="+7" />
      <source>合同 {0}　{1}（{2}）　贷款金额 {3}　{4} 至 {5}</source>
      <translation>Contract {0}   {1} ({2})   amount {3}   {4} to {5}</translation>
    </message>
    <message>
      <location line="+7" />
      <source>发放（原管户）</source>
      <translation>Disbursed (first manager)</translation>
    </message>
    <message>
      <location line="+0" />
      <source>管户变更</source>
      <translation>Reassignment</translation>
    </message>
    <message>
      <location line="+16" />
      <source>诉讼时效（截至 {0}）：</source>
      <translation>Statute of limitations (as of {0}): </translation>
    </message>
    <message>
      <location line="+6" />
      <source>到期日 {0}，时效至 {1}</source>
      <translation>matures {0}, limitation until {1}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>时效至 {0}，剩余 {1} 天</source>
      <translation>limitation until {0}, {1} days left</translation>
    </message>
    <message>
      <location line="+2" />
      <source>{0} 失时效，责任人 {1}</source>
      <translation>lapsed on {0}, responsible {1}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>；已列入追责</source>
      <translation>; listed for accountability</translation>
    </message>
    <message>
      <location line="+2" />
      <source>已挽回 {0} 次，时效至 {1}</source>
      <translation>restored {0} times, limitation until {1}</translation>
    </message>
  </context>
  <context>
    <name>LoanDialog</name>
    <message>
      <location filename="../../ui/records/forms/loan_form.py" line="+29" />
      <source>营销分成（工号、计奖比例）</source>
      <translation>Marketing credits (staff no., share)</translation>
    </message>
    <message>
      <location line="+5" />
      <source>添加营销人员</source>
      <translation>Add a marketer</translation>
    </message>
    <message>
      <location line="+53" />
      <source>合计 {0}</source>
      <translation>Total {0}</translation>
    </message>
  </context>
  <context>
    <name>LoansPage</name>
    <message>
      <location filename="../../ui/records/loans_page.py" line="+57" />
      <source>读取贷款明细失败：{0}</source>
      <translation>Could not read the loan's details: {0}</translation>
    </message>
    <message>
      <location line="+21" />
      <source>该贷款已不存在，请刷新</source>
      <translation>This loan no longer exists; please refresh</translation>
    </message>
    <message>
      <location line="+11" />
      <source>贷款 {0}（{1}）</source>
      <translation>Loan {0} ({1})</translation>
    </message>
    <message>
      <location line="+9" />
      <source>删除所选{0}记录？此操作不能撤销。</source>
      <translation>Delete the selected {0} record? This cannot be undone.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="+34" />
      <source>农信社绩效考核与诉讼时效管理</source>
      <translation>Rural credit cooperative performance pay and limitation tracking</translation>
    </message>
    <message>
      <location line="+55" />
      <source>考核季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location line="+22" />
      <source>数据库：%1</source>
      <translation>Database: %1</translation>
    </message>
    <message>
      <location line="+15" />
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location line="+1" />
      <source>导入工作簿…</source>
      <translation>Import workbook…</translation>
    </message>
    <message>
      <location line="+5" />
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location line="+4" />
      <source>设置(&amp;S)</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location line="+1" />
      <source>语言与设置…</source>
      <translation>Language and settings…</translation>
    </message>
    <message>
      <location line="+3" />
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+80" />
      <source>关于</source>
      <translation>About</translation>
    </message>
    <message>
      <location line="-30" />
      <source>当前季度：%1</source>
      <translation>Current quarter: %1</translation>
    </message>
    <message>
      <location line="+31" />
      <source>&lt;b&gt;农信社绩效考核与诉讼时效管理&lt;/b&gt;&lt;br&gt;版本 %1&lt;br&gt;&lt;br&gt;客户经理季度绩效工资核算、诉讼时效跟踪。</source>
      <translation>&lt;b&gt;Rural credit cooperative performance pay and limitation tracking&lt;/b&gt;&lt;br&gt;Version %1&lt;br&gt;&lt;br&gt;Quarterly performance pay of credit officers; statute-of-limitations tracking.</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <location filename="../../ui/navigation.py" line="+37" />
      <source>首页</source>
      <translation>Home</translation>
    </message>
    <message>
      <location line="+1" />
      <source>数据</source>
      <translation>Data</translation>
    </message>
    <message>
      <location line="+1" />
      <source>员工</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location line="+1" />
      <source>借款户</source>
      <translation>Households</translation>
    </message>
    <message>
      <location line="+1" />
      <source>贷款</source>
      <translation>Loans</translation>
    </message>
    <message>
      <location line="+1" />
      <source>月末台账</source>
      <translation>Month-end ledgers</translation>
    </message>
    <message>
      <location line="+1" />
      <source>存款</source>
      <translation>Deposits</translation>
    </message>
    <message>
      <location line="+1" />
      <source>中间业务</source>
      <translation>Intermediate items</translation>
    </message>
    <message>
      <location line="+1" />
      <source>不良清收</source>
      <translation>NPL recoveries</translation>
    </message>
    <message>
      <location line="+1" />
      <source>时效管理</source>
      <translation>Limitation</translation>
    </message>
    <message>
      <location line="+1" />
      <source>考核</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <location line="+1" />
      <source>任务目标</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location line="+1" />
      <source>调整</source>
      <translation>Adjustments</translation>
    </message>
    <message>
      <location line="+1" />
      <source>方案参数</source>
      <translation>Scheme parameters</translation>
    </message>
    <message>
      <location line="+1" />
      <source>绩效核算</source>
      <translation>Pay run</translation>
    </message>
    <message>
      <location line="+1" />
      <source>导入</source>
      <translation>Import</translation>
    </message>
  </context>
  <context>
    <name>ParametersPage</name>
    <message>
      <location filename="../../ui/records/parameters_page.py" line="+37" />
      <source>生效日期</source>
      <translation>Effective from</translation>
    </message>
    <message>
      <location line="+0" />
      <source>值</source>
      <translation>Value</translation>
    </message>
    <message>
      <location line="+0" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location line="+5" />
      <source>从某日起新增取值</source>
      <translation>New value from a date</translation>
    </message>
    <message>
      <location line="+2" />
      <source>其他参数（如岗位限额）…</source>
      <translation>Other parameter (e.g. a position cap)…</translation>
    </message>
    <message>
      <location line="+2" />
      <source>删除所选取值</source>
      <translation>Delete the selected value</translation>
    </message>
    <message>
      <location line="+18" />
      <source>每个参数是一段带生效日期的取值历史；核算某季度时使用季度末日有效的取值。</source>
      <translation>Each parameter is a history of dated values; a quarter's pay run uses the values in force on its last day.</translation>
    </message>
    <message>
      <location line="+34" />
      <source>读取数据失败：{0}</source>
      <translation>Could not read the data: {0}</translation>
    </message>
    <message>
      <location line="+20" />
      <location line="+31" />
      <source>内置默认</source>
      <translation>Built-in default</translation>
    </message>
    <message>
      <location line="-30" />
      <location line="+31" />
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location line="-25" />
      <source>共 {0} 个参数</source>
      <translation>{0} parameters</translation>
    </message>
    <message>
      <location line="+24" />
      <source>录入</source>
      <translation>Entered</translation>
    </message>
    <message>
      <location line="+17" />
      <source>如 cap.个人客户经理（岗位限额，空值表示不设限额）</source>
      <translation>e.g. cap.个人客户经理 (a position's cap; empty means no cap)</translation>
    </message>
    <message>
      <location line="+3" />
      <source>{0}：当前值 {1}</source>
      <translation>{0}: current value {1}</translation>
    </message>
    <message>
      <location line="+11" />
      <source>删除 {0} 起的取值 {1}？</source>
      <translation>Delete the value {1} effective from {0}?</translation>
    </message>
  </context>
  <context>
    <name>PayRunCard</name>
    <message>
      <location filename="../../ui/workflow/home_cards.py" line="-66" />
      <source>打开绩效核算</source>
      <translation>Open the pay run</translation>
    </message>
    <message>
      <location line="+7" />
      <source>绩效核算 · %1</source>
      <translation>Pay run · %1</translation>
    </message>
    <message>
      <location line="+2" />
      <source>本季度尚未核算。</source>
      <translation>This quarter has not been computed yet.</translation>
    </message>
    <message>
      <location line="+2" />
      <source>状态：%1（第 %2 版），计算于 %3；阻断错误 %4 条，提示 %5 条</source>
      <translation>Status: %1 (version %2), computed %3; %4 blocking errors, %5 warnings</translation>
    </message>
  </context>
  <context>
    <name>PayRunModel</name>
    <message>
      <location filename="../../ui/workflow/payrun_model.py" line="+23" />
      <source>工号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location line="+1" />
      <source>完成率</source>
      <translation>p</translation>
    </message>
    <message>
      <location line="+1" />
      <source>浮动工资</source>
      <translation>Floating</translation>
    </message>
    <message>
      <location line="+1" />
      <source>维护费</source>
      <translation>Maint.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>利息奖励</source>
      <translation>Interest</translation>
    </message>
    <message>
      <location line="+1" />
      <source>贷款营销</source>
      <translation>Loan mkt.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>存款营销</source>
      <translation>Dep. mkt.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>银行卡</source>
      <translation>Bank card</translation>
    </message>
    <message>
      <location line="+1" />
      <source>POS</source>
      <translation>POS</translation>
    </message>
    <message>
      <location line="+1" />
      <source>代收代付</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location line="+1" />
      <source>不良清收</source>
      <translation>NPL rec.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>挽回时效</source>
      <translation>Restor.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>限额扣减</source>
      <translation>Cap cut</translation>
    </message>
    <message>
      <location line="+1" />
      <source>时效处罚</source>
      <translation>Penalty</translation>
    </message>
    <message>
      <location line="+1" />
      <source>上季扣回</source>
      <translation>Carr. in</translation>
    </message>
    <message>
      <location line="+1" />
      <source>调整</source>
      <translation>Adj.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>实发</source>
      <translation>Net</translation>
    </message>
    <message>
      <location line="+1" />
      <source>结转下季</source>
      <translation>Carry</translation>
    </message>
    <message>
      <location line="+89" />
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <location line="+23" />
      <source>双击查看计算过程</source>
      <translation>Double-click to see how it was computed</translation>
    </message>
  </context>
  <context>
    <name>PayRunPage</name>
    <message>
      <location filename="../../ui/workflow/payrun_page.py" line="+39" />
      <source>计算本季度</source>
      <translation>Compute quarter</translation>
    </message>
    <message>
      <location line="+6" />
      <source>季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location line="+21" />
      <source>双击金额查看计算过程（规则、公式、输入与参数）。</source>
      <translation>Double-click an amount to see how it was computed (rule, formula, inputs, parameters).</translation>
    </message>
    <message>
      <location line="+14" />
      <location line="+57" />
      <source>绩效核算</source>
      <translation>Pay run</translation>
    </message>
    <message>
      <location line="-36" />
      <source>%1 尚未核算。点击“计算本季度”。</source>
      <translation>%1 has not been computed. Click “Compute quarter”.</translation>
    </message>
    <message>
      <location line="+4" />
      <source>已保存 %1（%2），计算于 %3，操作人 %4</source>
      <translation>Saved %1 (%2), computed %3 by %4</translation>
    </message>
    <message>
      <location line="+22" />
      <source>已计算 %1（草稿已保存）</source>
      <translation>Computed %1 (draft saved)</translation>
    </message>
  </context>
  <context>
    <name>PickerField</name>
    <message>
      <location filename="../../ui/records/forms/picker.py" line="+32" />
      <source>编号、名称或拼音首字母</source>
      <translation>Number, name or pinyin initials</translation>
    </message>
    <message>
      <location line="+98" />
      <source>未找到</source>
      <translation>Not found</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderPage</name>
    <message>
      <location filename="../../ui/workflow/placeholder.py" line="+16" />
      <source>“%1”页面暂不可用。</source>
      <translation>The page “%1” is not available yet.</translation>
    </message>
  </context>
  <context>
    <name>ProblemModel</name>
    <message>
      <location filename="../../ui/widgets/problem_table.py" line="+22" />
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location line="+0" />
      <source>工作表</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location line="+0" />
      <source>行</source>
      <translation>Row</translation>
    </message>
    <message>
      <location line="+0" />
      <source>列</source>
      <translation>Column</translation>
    </message>
    <message>
      <location line="+1" />
      <source>说明</source>
      <translation>Message</translation>
    </message>
    <message>
      <location line="+27" />
      <source>提示</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location line="+0" />
      <source>错误</source>
      <translation>Error</translation>
    </message>
  </context>
  <context>
    <name>ProblemTable</name>
    <message>
      <location line="+28" />
      <source>导出为 Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location line="+15" />
      <source>错误 %1 处，提示 %2 处</source>
      <translation>%1 errors, %2 warnings</translation>
    </message>
    <message>
      <location line="+5" />
      <source>导出问题清单</source>
      <translation>Export the problems</translation>
    </message>
    <message>
      <location line="+1" />
      <source>导入问题清单.xlsx</source>
      <translation>import-problems.xlsx</translation>
    </message>
    <message>
      <location line="+1" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location line="+19" />
      <source>导出失败</source>
      <translation>Export failed</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../../ui/records/forms/record_form.py" line="+65" />
      <source>编辑{0}</source>
      <translation>Edit {0}</translation>
    </message>
    <message>
      <location line="+0" />
      <source>新增{0}</source>
      <translation>New {0}</translation>
    </message>
    <message>
      <location line="+17" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location line="+1" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location line="+165" />
      <source>保存失败：{0}</source>
      <translation>Could not save: {0}</translation>
    </message>
    <message>
      <location line="+3" />
      <source>放弃未保存的修改？</source>
      <translation>Discard the unsaved changes?</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <location filename="../../ui/records/labels.py" line="+16" />
      <source>员工</source>
      <translation>Staff</translation>
    </message>
    <message>
      <location line="+1" />
      <source>借款户</source>
      <translation>Households</translation>
    </message>
    <message>
      <location line="+1" />
      <source>贷款</source>
      <translation>Loans</translation>
    </message>
    <message>
      <location line="+1" />
      <source>营销分成</source>
      <translation>Marketing credits</translation>
    </message>
    <message>
      <location line="+1" />
      <source>管户变更</source>
      <translation>Reassignments</translation>
    </message>
    <message>
      <location line="+1" />
      <source>月末台账</source>
      <translation>Month-end ledgers</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+24" />
      <source>利息收入</source>
      <translation>Interest income</translation>
    </message>
    <message>
      <location line="-23" />
      <source>存款日均</source>
      <translation>Deposit averages</translation>
    </message>
    <message>
      <location line="+1" />
      <source>中间业务</source>
      <translation>Intermediate items</translation>
    </message>
    <message>
      <location line="+1" />
      <source>不良清收</source>
      <translation>NPL recoveries</translation>
    </message>
    <message>
      <location line="+1" />
      <source>时效事件</source>
      <translation>Limitation events</translation>
    </message>
    <message>
      <location line="+1" />
      <source>任务目标</source>
      <translation>Targets</translation>
    </message>
    <message>
      <location line="+1" />
      <source>调整</source>
      <translation>Adjustments</translation>
    </message>
    <message>
      <location line="+1" />
      <source>方案参数</source>
      <translation>Scheme parameters</translation>
    </message>
    <message>
      <location line="+4" />
      <source>工号</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+21" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location line="-20" />
      <location line="+8" />
      <source>户名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location line="-7" />
      <source>岗位</source>
      <translation>Position</translation>
    </message>
    <message>
      <location line="+1" />
      <source>岗位系数</source>
      <translation>Coefficient</translation>
    </message>
    <message>
      <location line="+1" />
      <source>客户号</source>
      <translation>Household</translation>
    </message>
    <message>
      <location line="+1" />
      <source>证件号码</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location line="+1" />
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location line="+1" />
      <source>事件</source>
      <translation>Event</translation>
    </message>
    <message>
      <location line="+1" />
      <source>合同号</source>
      <translation>Contract</translation>
    </message>
    <message>
      <location line="+2" />
      <source>金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location line="+1" />
      <source>贷款金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location line="+2" />
      <source>收回金额</source>
      <translation>Recovered</translation>
    </message>
    <message>
      <location line="+1" />
      <source>发放日期</source>
      <translation>Disbursed on</translation>
    </message>
    <message>
      <location line="+1" />
      <source>到期日期</source>
      <translation>Maturity</translation>
    </message>
    <message>
      <location line="+1" />
      <source>贷款性质</source>
      <translation>Nature</translation>
    </message>
    <message>
      <location line="+1" />
      <source>扩大新增额</source>
      <translation>Increment</translation>
    </message>
    <message>
      <location line="+1" />
      <source>客户类型</source>
      <translation>Customer type</translation>
    </message>
    <message>
      <location line="+1" />
      <source>管户工号</source>
      <translation>Manager no.</translation>
    </message>
    <message>
      <location line="+1" />
      <source>管户人员</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location line="+2" />
      <source>计奖比例</source>
      <translation>Share</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+22" />
      <source>生效日期</source>
      <translation>Effective from</translation>
    </message>
    <message>
      <location line="-21" />
      <source>月份</source>
      <translation>Month</translation>
    </message>
    <message>
      <location line="+1" />
      <source>贷款余额</source>
      <translation>Balance</translation>
    </message>
    <message>
      <location line="+1" />
      <source>逾期天数</source>
      <translation>Days overdue</translation>
    </message>
    <message>
      <location line="+1" />
      <source>欠息月数</source>
      <translation>Months of unpaid interest</translation>
    </message>
    <message>
      <location line="+1" />
      <source>五级分类</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location line="+1" />
      <source>日均余额</source>
      <translation>Daily average</translation>
    </message>
    <message>
      <location line="+1" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location line="+1" />
      <source>项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <location line="+1" />
      <source>数量</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location line="+1" />
      <source>卡内余额</source>
      <translation>Card balance</translation>
    </message>
    <message>
      <location line="+1" />
      <source>新到期日</source>
      <translation>New maturity</translation>
    </message>
    <message>
      <location line="+1" />
      <source>季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location line="+1" />
      <source>收息任务</source>
      <translation>Interest target</translation>
    </message>
    <message>
      <location line="+1" />
      <source>存款任务</source>
      <translation>Deposit target</translation>
    </message>
    <message>
      <location line="+1" />
      <source>不良压降任务</source>
      <translation>NPL target</translation>
    </message>
    <message>
      <location line="+1" />
      <source>中间业务任务</source>
      <translation>Items target</translation>
    </message>
    <message>
      <location line="+1" />
      <source>工作质量得分</source>
      <translation>Quality score</translation>
    </message>
    <message>
      <location line="+1" />
      <source>事由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location line="+1" />
      <source>参数</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <location line="+1" />
      <source>值</source>
      <translation>Value</translation>
    </message>
    <message>
      <location line="+1" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location line="+2" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location line="+4" />
      <source>新增</source>
      <translation>New</translation>
    </message>
    <message>
      <location line="+1" />
      <source>存量扩大</source>
      <translation>Expansion</translation>
    </message>
    <message>
      <location line="+1" />
      <source>借新还旧</source>
      <translation>Refinance</translation>
    </message>
    <message>
      <location line="+1" />
      <source>重组</source>
      <translation>Restructure</translation>
    </message>
    <message>
      <location line="+1" />
      <source>自主开发型</source>
      <translation>Self-developed</translation>
    </message>
    <message>
      <location line="+1" />
      <source>联合型</source>
      <translation>Joint</translation>
    </message>
    <message>
      <location line="+1" />
      <source>联动型</source>
      <translation>Linked</translation>
    </message>
    <message>
      <location line="+1" />
      <source>接管型</source>
      <translation>Taken over</translation>
    </message>
    <message>
      <location line="+1" />
      <source>正常</source>
      <translation>Normal</translation>
    </message>
    <message>
      <location line="+1" />
      <source>关注</source>
      <translation>Special mention</translation>
    </message>
    <message>
      <location line="+1" />
      <source>次级</source>
      <translation>Substandard</translation>
    </message>
    <message>
      <location line="+1" />
      <source>可疑</source>
      <translation>Doubtful</translation>
    </message>
    <message>
      <location line="+1" />
      <source>损失</source>
      <translation>Loss</translation>
    </message>
    <message>
      <location line="+1" />
      <source>银行卡</source>
      <translation>Bank card</translation>
    </message>
    <message>
      <location line="+1" />
      <source>POS</source>
      <translation>POS</translation>
    </message>
    <message>
      <location line="+1" />
      <source>代收代付</source>
      <translation>Agency</translation>
    </message>
    <message>
      <location line="+1" />
      <source>催收签收</source>
      <translation>Demand signed</translation>
    </message>
    <message>
      <location line="+1" />
      <source>部分还款</source>
      <translation>Partial repayment</translation>
    </message>
    <message>
      <location line="+1" />
      <source>债务确认</source>
      <translation>Acknowledgement</translation>
    </message>
    <message>
      <location line="+1" />
      <source>起诉</source>
      <translation>Lawsuit</translation>
    </message>
    <message>
      <location line="+1" />
      <source>展期</source>
      <translation>Extension</translation>
    </message>
    <message>
      <location line="+1" />
      <source>失时效登记</source>
      <translation>Lapse registered</translation>
    </message>
    <message>
      <location line="+1" />
      <source>农户</source>
      <translation>Farm household</translation>
    </message>
    <message>
      <location line="+1" />
      <source>个体工商户</source>
      <translation>Individual business</translation>
    </message>
    <message>
      <location line="+1" />
      <source>企业</source>
      <translation>Enterprise</translation>
    </message>
    <message>
      <location line="+1" />
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <location line="+4" />
      <source>正常计时</source>
      <translation>Running</translation>
    </message>
    <message>
      <location line="+1" />
      <source>临近到期</source>
      <translation>Expiring soon</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已失时效</source>
      <translation>Lapsed</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已挽回</source>
      <translation>Restored</translation>
    </message>
    <message>
      <location line="+1" />
      <source>诉讼中</source>
      <translation>In litigation</translation>
    </message>
    <message>
      <location line="+1" />
      <source>已结清</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location line="+1" />
      <source>未到期</source>
      <translation>Not yet due</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../../ui/workflow/import_wizard.py" line="-58" />
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <location line="+18" />
      <source>正在导入 %1 …</source>
      <translation>Importing %1 …</translation>
    </message>
    <message>
      <location line="+10" />
      <source>导入完成。</source>
      <translation>Import done.</translation>
    </message>
    <message>
      <location line="+6" />
      <source>导入被拒绝，数据库未作任何修改。</source>
      <translation>Import rejected; nothing was changed.</translation>
    </message>
    <message>
      <location line="+11" />
      <source>导入失败。</source>
      <translation>Import failed.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/workflow/settings_dialog.py" line="+17" />
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location line="+6" />
      <source>更改语言后，需要重新启动程序才能生效。</source>
      <translation>A change of language takes effect when the program is started again.</translation>
    </message>
    <message>
      <location line="+4" />
      <source>界面语言</source>
      <translation>Language</translation>
    </message>
  </context>
  <context>
    <name>TablePage</name>
    <message>
      <location filename="../../ui/records/table_page.py" line="+52" />
      <source>读取数据失败：{0}</source>
      <translation>Could not read the data: {0}</translation>
    </message>
    <message>
      <location line="+4" />
      <source>搜索：编号、名称或拼音首字母</source>
      <translation>Search: number, name or pinyin initials</translation>
    </message>
    <message>
      <location line="+13" />
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <location line="+1" />
      <source>编辑</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location line="+1" />
      <location line="+169" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location line="-167" />
      <source>导出当前视图</source>
      <translation>Export this view</translation>
    </message>
    <message>
      <location line="+49" />
      <source>全部{0}</source>
      <translation>All {0}</translation>
    </message>
    <message>
      <location line="+60" />
      <source>共 {0} 条，已显示 {1} 条</source>
      <translation>{0} rows, {1} shown</translation>
    </message>
    <message>
      <location line="+57" />
      <source>删除所选{0}记录？此操作不能撤销。</source>
      <translation>Delete the selected {0} record? This cannot be undone.</translation>
    </message>
    <message>
      <location line="+11" />
      <source>删除失败：{0}</source>
      <translation>Could not delete: {0}</translation>
    </message>
  </context>
  <context>
    <name>TargetsPage</name>
    <message>
      <location filename="../../ui/records/targets_page.py" line="+37" />
      <source>复制上季度目标</source>
      <translation>Copy last quarter's targets</translation>
    </message>
    <message>
      <location line="+2" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location line="+2" />
      <source>放弃修改</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <location line="+3" />
      <source>季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <location line="+41" />
      <source>读取数据失败：{0}</source>
      <translation>Could not read the data: {0}</translation>
    </message>
    <message>
      <location line="+37" />
      <source>{0}：{1} 名员工，已录入 {2} 名</source>
      <translation>{0}: {1} staff, {2} entered</translation>
    </message>
    <message>
      <location line="+22" />
      <source>放弃未保存的修改？</source>
      <translation>Discard the unsaved changes?</translation>
    </message>
    <message>
      <location line="+31" />
      <source>已复制上季度 {0} 名员工的目标，核对后请保存</source>
      <translation>Copied last quarter's targets of {0} staff; check them, then save</translation>
    </message>
    <message>
      <location line="+30" />
      <source>未保存：请改正标红的单元格（鼠标停留可见原因）</source>
      <translation>Not saved: correct the cells marked red (hover to see why)</translation>
    </message>
    <message>
      <location line="+8" />
      <source>保存失败：{0}</source>
      <translation>Could not save: {0}</translation>
    </message>
  </context>
  <context>
    <name>TextField</name>
    <message>
      <location filename="../../ui/records/forms/fields.py" line="+59" />
      <source>如 60 或 60%</source>
      <translation>e.g. 60 or 60%</translation>
    </message>
  </context>
</TS>
