<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name />
    <message>
      <source>浮动工资</source>
      <translation>Floating wage</translation>
    </message>
    <message>
      <source>客户维护费</source>
      <translation>Customer maintenance</translation>
    </message>
    <message>
      <source>利息收入奖励</source>
      <translation>Interest income reward</translation>
    </message>
    <message>
      <source>贷款营销奖励</source>
      <translation>Loan marketing reward</translation>
    </message>
    <message>
      <source>存款营销奖励</source>
      <translation>Deposit marketing reward</translation>
    </message>
    <message>
      <source>银行卡营销奖励</source>
      <translation>Bank card reward</translation>
    </message>
    <message>
      <source>POS 营销奖励</source>
      <translation>POS reward</translation>
    </message>
    <message>
      <source>代收代付营销奖励</source>
      <translation>Agency items reward</translation>
    </message>
    <message>
      <source>不良贷款清收奖励</source>
      <translation>NPL recovery reward</translation>
    </message>
    <message>
      <source>挽回时效奖励</source>
      <translation>Restoration reward</translation>
    </message>
    <message>
      <source>应发合计</source>
      <translation>Net pay</translation>
    </message>
    <message>
      <source>实发合计</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>综合任务完成率</source>
      <translation>Composite completion</translation>
    </message>
    <message>
      <source>未分配</source>
      <translation>Unassigned</translation>
    </message>
    <message>
      <source>保存为图片…</source>
      <translation>Save as picture…</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>保存为图片</source>
      <translation>Save as picture</translation>
    </message>
    <message>
      <source>已保存：{0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <source>保存失败</source>
      <translation>Could not save</translation>
    </message>
    <message>
      <source>{0} 图表</source>
      <translation>{0} charts</translation>
    </message>
    <message>
      <source>应发构成</source>
      <translation>Pay by component</translation>
    </message>
    <message>
      <source>{0} 每人应发构成（元）</source>
      <translation>{0}: each person's pay by component (yuan)</translation>
    </message>
    <message>
      <source>完成率</source>
      <translation>Completion</translation>
    </message>
    <message>
      <source>{0} 综合任务完成率（红线为 100%）</source>
      <translation>{0}: composite completion (red line: 100%)</translation>
    </message>
    <message>
      <source>近五个季度应发</source>
      <translation>Net pay, last five quarters</translation>
    </message>
    <message>
      <source>正在读取…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>近五个季度</source>
      <translation>Last five quarters</translation>
    </message>
    <message>
      <source>全行应发合计（柱）与实发合计（◆），元</source>
      <translation>Branch net pay (bars) and paid (◆), yuan</translation>
    </message>
    <message>
      <source>读取失败：{0}</source>
      <translation>Could not load: {0}</translation>
    </message>
    <message>
      <source>未来十二个月到期</source>
      <translation>Expiries in the next twelve months</translation>
    </message>
    <message>
      <source>到期时间轴</source>
      <translation>Expiry timeline</translation>
    </message>
    <message>
      <source>未来十二个月到期的贷款和保证（笔），按管户信贷员</source>
      <translation>Loans and guarantees expiring in the next twelve months, by officer</translation>
    </message>
    <message>
      <source>本季与前四个季度的应发合计</source>
      <translation>Net pay this quarter and the four before</translation>
    </message>
    <message>
      <source>近五个季度应发.png</source>
      <translation>net-pay-five-quarters.png</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>关于</source>
      <translation>About</translation>
    </message>
    <message>
      <source>农信社绩效考核与诉讼时效管理</source>
      <translation>Rural credit cooperative performance pay and limitation tracking</translation>
    </message>
    <message>
      <source>客户经理季度绩效工资核算、诉讼时效跟踪。离线使用，数据只保存在本机。</source>
      <translation>Quarterly performance pay of credit officers; statute-of-limitations tracking. Works offline; the data stays on this computer.</translation>
    </message>
    <message>
      <source>版本</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <source>备份文件夹</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <source>日志文件</source>
      <translation>Log file</translation>
    </message>
    <message>
      <source>Qt</source>
      <translation>Qt</translation>
    </message>
    <message>
      <source>Python</source>
      <translation>Python</translation>
    </message>
    <message>
      <source>打开数据库文件夹</source>
      <translation>Open database folder</translation>
    </message>
    <message>
      <source>打开备份文件夹</source>
      <translation>Open backup folder</translation>
    </message>
    <message>
      <source>打开日志文件夹</source>
      <translation>Open log folder</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>AdminPage</name>
    <message>
      <source>管理员账户</source>
      <translation>Administrator account</translation>
    </message>
    <message>
      <source>管理员可以做所有的事：导入、核算、审批、管理用户和设置。请牢记密码。</source>
      <translation>The administrator can do everything: import, compute, approve, manage users and settings. Keep the password safe.</translation>
    </message>
    <message>
      <source>创建管理员</source>
      <translation>Create administrator</translation>
    </message>
    <message>
      <source>如：张会计</source>
      <translation>e.g. Accountant Zhang</translation>
    </message>
    <message>
      <source>密码至少 %1 位。</source>
      <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>确认密码</source>
      <translation>Confirm password</translation>
    </message>
    <message>
      <source>请输入用户名</source>
      <translation>enter a user name</translation>
    </message>
    <message>
      <source>密码至少 %1 位</source>
      <translation>the password needs at least %1 characters</translation>
    </message>
    <message>
      <source>请在“确认密码”中再输入一次相同的密码</source>
      <translation>type the same password again under "Confirm password"</translation>
    </message>
    <message>
      <source>两次输入的密码不一致</source>
      <translation>the two passwords differ</translation>
    </message>
    <message>
      <source>“创建管理员”尚不可用：%1。</source>
      <translation>"Create administrator" is not available yet: %1.</translation>
    </message>
    <message>
      <source>请输入用户名。</source>
      <translation>Please enter a user name.</translation>
    </message>
    <message>
      <source>两次输入的密码不一致。</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <source>正在创建管理员…</source>
      <translation>Creating the administrator…</translation>
    </message>
  </context>
  <context>
    <name>AdoptDialog</name>
    <message>
      <source>采用为新参数</source>
      <translation>Adopt as new parameters</translation>
    </message>
    <message>
      <source>以下参数将按生效日期新增一条记录（原有记录保留，可在审计日志中查到）：
{0}
全行应发合计将由 {1} 变为 {2}。</source>
      <translation>Each of these parameters gets a new dated value (the earlier values are kept and the change is in the audit trail):
{0}
The branch's total net pay goes from {1} to {2}.</translation>
    </message>
    <message>
      <source>生效日期</source>
      <translation>Effective from</translation>
    </message>
    <message>
      <source>确认采用</source>
      <translation>Adopt</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>请输入生效日期</source>
      <translation>Enter the effective date</translation>
    </message>
  </context>
  <context>
    <name>ApprovalNotes</name>
    <message>
      <source>须由考核委员会决定的事项（%1 项），审批前请确认已按委员会的决定录入调整：</source>
      <translation>Items the committee decides (%1); before approving, make sure their amounts are entered as adjustments:</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>表</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>记录</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>原值</source>
      <translation>Old values</translation>
    </message>
    <message>
      <source>新值</source>
      <translation>New values</translation>
    </message>
    <message>
      <source>新增</source>
      <translation>Insert</translation>
    </message>
    <message>
      <source>批量新增</source>
      <translation>Added in bulk</translation>
    </message>
    <message>
      <source>修改</source>
      <translation>Update</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>核算</source>
      <translation>Pay run</translation>
    </message>
    <message>
      <source>提交审批</source>
      <translation>Submit</translation>
    </message>
    <message>
      <source>审批</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>重新打开</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>登录</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>退出登录</source>
      <translation>Sign out</translation>
    </message>
    <message>
      <source>登录失败</source>
      <translation>Failed sign-in</translation>
    </message>
    <message>
      <source>恢复备份</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>启用密钥校验</source>
      <translation>Keyed check started</translation>
    </message>
    <message>
      <source>接受审计日志现状</source>
      <translation>Audit trail accepted as it is</translation>
    </message>
    <message>
      <source>修改密码</source>
      <translation>Password changed</translation>
    </message>
    <message>
      <source>重置密码</source>
      <translation>Password reset</translation>
    </message>
    <message>
      <source>绩效核算</source>
      <translation>Pay run</translation>
    </message>
    <message>
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>网点</source>
      <translation>Branch</translation>
    </message>
    <message>
      <source>节假日年度</source>
      <translation>Holiday calendar year</translation>
    </message>
    <message>
      <source>审计日志</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>实发合计</source>
      <translation>Net total</translation>
    </message>
    <message>
      <source>内容哈希</source>
      <translation>Content hash</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>休息日天数</source>
      <translation>Rest days</translation>
    </message>
    <message>
      <source>调休上班日天数</source>
      <translation>Make-up working days</translation>
    </message>
    <message>
      <source>校验算法</source>
      <translation>Algorithm</translation>
    </message>
    <message>
      <source>密钥编号</source>
      <translation>Key id</translation>
    </message>
    <message>
      <source>原密钥编号</source>
      <translation>Previous key id</translation>
    </message>
    <message>
      <source>密码指纹</source>
      <translation>Password fingerprint</translation>
    </message>
    <message>
      <source>校验值</source>
      <translation>Check value</translation>
    </message>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>录入</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>审批流程</source>
      <translation>Workflow</translation>
    </message>
    <message>
      <source>用户管理</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>演示数据</source>
      <translation>Demo data</translation>
    </message>
    <message>
      <source>粘贴录入</source>
      <translation>Pasted</translation>
    </message>
    <message>
      <source>完整性检查</source>
      <translation>Integrity check</translation>
    </message>
    <message>
      <source>%1：%2</source>
      <translation>%1: %2</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>全部用户</source>
      <translation>All users</translation>
    </message>
    <message>
      <source>全部表</source>
      <translation>All tables</translation>
    </message>
    <message>
      <source>全部操作</source>
      <translation>All actions</translation>
    </message>
    <message>
      <source>从</source>
      <translation>From</translation>
    </message>
    <message>
      <source>至</source>
      <translation>To</translation>
    </message>
    <message>
      <source>搜索记录或来源（如合同号、工号、文件名）</source>
      <translation>Search records or sources (contract, staff no., file name)</translation>
    </message>
    <message>
      <source>清除筛选</source>
      <translation>Clear filters</translation>
    </message>
    <message>
      <source>校验完整性</source>
      <translation>Verify</translation>
    </message>
    <message>
      <source>检查审计日志的哈希链：任何一条被修改或删除都会被发现</source>
      <translation>Checks the audit trail's hash chain: any entry changed or deleted is found</translation>
    </message>
    <message>
      <source>导出 .xlsx…</source>
      <translation>Export .xlsx…</translation>
    </message>
    <message>
      <source>导出符合当前筛选条件的全部记录</source>
      <translation>Export every entry matching the filters</translation>
    </message>
    <message>
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <source>表</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>当前用户无权查看审计日志（仅管理员和审计员可查看）。</source>
      <translation>The current user may not read the audit trail (administrators and auditors only).</translation>
    </message>
    <message>
      <source>审计日志</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>加载中……</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>共 %1 条，已显示 %2 条（最新的在前；向下滚动加载更多）</source>
      <translation>%1 entries, %2 shown (newest first; scroll down for more)</translation>
    </message>
    <message>
      <source>导出审计日志</source>
      <translation>Export the audit trail</translation>
    </message>
    <message>
      <source>正在导出</source>
      <translation>Exporting</translation>
    </message>
    <message>
      <source>已导出 %1 条：%2</source>
      <translation>%1 entries exported: %2</translation>
    </message>
    <message>
      <source>正在校验</source>
      <translation>Verifying</translation>
    </message>
  </context>
  <context>
    <name>BackupWatch</name>
    <message>
      <source>备份检查未通过</source>
      <translation>Backup check failed</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <source>手动备份</source>
      <translation>Manual backup</translation>
    </message>
    <message>
      <source>导入前自动备份</source>
      <translation>Before an import</translation>
    </message>
    <message>
      <source>审批前自动备份</source>
      <translation>Before an approval</translation>
    </message>
    <message>
      <source>程序升级前自动备份</source>
      <translation>Before an upgrade</translation>
    </message>
    <message>
      <source>恢复前自动备份</source>
      <translation>Before a restore</translation>
    </message>
    <message>
      <source>退出时自动备份</source>
      <translation>On exit</translation>
    </message>
    <message>
      <source>备份时间</source>
      <translation>Taken at</translation>
    </message>
    <message>
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>文件</source>
      <translation>File</translation>
    </message>
  </context>
  <context>
    <name>BackupsPage</name>
    <message>
      <source>立即备份</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <source>从所选备份恢复…</source>
      <translation>Restore the selected backup…</translation>
    </message>
    <message>
      <source>打开备份文件夹</source>
      <translation>Open the backup folder</translation>
    </message>
    <message>
      <source>数据备份</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>当前数据库不是本机上的文件，请使用数据库服务器的备份功能。</source>
      <translation>This database is not a file on this computer; use the database server's backups.</translation>
    </message>
    <message>
      <source>备份保存在 %1。导入、审批和程序升级前会自动备份；保留最近 %2 份、最近 %3 天每天一份、最近 %4 个月每月一份。恢复前会先备份当前数据，因此恢复也可以撤销。</source>
      <translation>Backups are kept in %1. A backup is taken before every import, approval and upgrade; the newest %2, one a day for %3 days and one a month for %4 months are kept. A restore first backs up the current data, so it can be undone.</translation>
    </message>
    <message>
      <source>加载中</source>
      <translation>Loading</translation>
    </message>
    <message>
      <source>还没有备份。</source>
      <translation>No backups yet.</translation>
    </message>
    <message>
      <source>正在备份</source>
      <translation>Backing up</translation>
    </message>
    <message>
      <source>已备份：%1</source>
      <translation>Backed up: %1</translation>
    </message>
    <message>
      <source>从备份恢复</source>
      <translation>Restore from a backup</translation>
    </message>
    <message>
      <source>用 %1 的备份（%2）替换当前的全部数据？

恢复前会先把当前数据另存为一份备份（恢复前自动备份），如有需要可以再恢复回来。恢复后各页面重新载入数据。</source>
      <translation>Replace all current data with the backup of %1 (%2)?

The current data is first saved as a backup ("before a restore"), so you can go back to it. The pages then reload the restored data.</translation>
    </message>
    <message>
      <source>恢复</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>正在恢复</source>
      <translation>Restoring</translation>
    </message>
    <message>
      <source>恢复失败，数据未改变：%1</source>
      <translation>The restore failed; the data is unchanged: %1</translation>
    </message>
    <message>
      <source>已恢复。恢复的数据中没有当前用户（或其角色不同），请重新登录。</source>
      <translation>Restored. The restored data does not have the current user (or gives them another role): please sign in again.</translation>
    </message>
    <message>
      <source>已从备份恢复。恢复前的数据已另存为备份：%1</source>
      <translation>Restored from the backup. The data as it was is kept as the backup %1</translation>
    </message>
    <message>
      <source>恢复后无法重新打开数据库：%1
请重新启动程序。</source>
      <translation>The database could not be opened again after the restore: %1
Please restart the program.</translation>
    </message>
  </context>
  <context>
    <name>BranchPage</name>
    <message>
      <source>网点</source>
      <translation>Branch</translation>
    </message>
    <message>
      <source>欢迎使用。请先填写本网点的名称和机构代码，它们会出现在报表和工资单上。</source>
      <translation>Welcome. First enter the branch's name and code; they appear on reports and pay statements.</translation>
    </message>
    <message>
      <source>如：青山信用社营业部</source>
      <translation>e.g. Qingshan Credit Cooperative, head office</translation>
    </message>
    <message>
      <source>如：0001</source>
      <translation>e.g. 0001</translation>
    </message>
    <message>
      <source>机构代码只用字母、数字、“-”和“_”，最多 20 位。</source>
      <translation>The code uses letters, digits, "-" and "_" only, at most 20 characters.</translation>
    </message>
    <message>
      <source>网点名称</source>
      <translation>Branch name</translation>
    </message>
    <message>
      <source>机构代码</source>
      <translation>Branch code</translation>
    </message>
    <message>
      <source>请填写网点名称</source>
      <translation>enter the branch name</translation>
    </message>
    <message>
      <source>请填写机构代码</source>
      <translation>enter the branch code</translation>
    </message>
    <message>
      <source>“下一步”尚不可用：%1。</source>
      <translation>"Next" is not available yet: %1.</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <source>检查</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>正在检查 %1 …</source>
      <translation>Checking %1 …</translation>
    </message>
    <message>
      <source>检查通过，可以导入。</source>
      <translation>No errors: ready to import.</translation>
    </message>
    <message>
      <source>发现 %1 处错误，数据库不会被修改。请修正工作簿后返回重新选择。</source>
      <translation>%1 errors found; the database will not be changed. Correct the workbook, then go back and choose it again.</translation>
    </message>
    <message>
      <source>可将问题清单导出为 Excel，逐条修正。</source>
      <translation>Export the list to Excel to work through it.</translation>
    </message>
  </context>
  <context>
    <name>ClawbacksPage</name>
    <message>
      <source>读取不良贷款失败：{0}</source>
      <translation>Could not read the NPL loans: {0}</translation>
    </message>
  </context>
  <context>
    <name>CompletenessCard</name>
    <message>
      <source>月末台账（笔）</source>
      <translation>Month-end ledgers (loans)</translation>
    </message>
    <message>
      <source>利息收入（条）</source>
      <translation>Interest income (rows)</translation>
    </message>
    <message>
      <source>存款日均（人）</source>
      <translation>Deposit averages (staff)</translation>
    </message>
    <message>
      <source>红色：核算必需但缺失；黄色：本季度没有记录；灰色：核算不需要。</source>
      <translation>Red: required by the pay run but missing; yellow: no rows this quarter; grey: not needed by the pay run.</translation>
    </message>
    <message>
      <source>数据完整性 · %1（含上季度存款与基期台账）</source>
      <translation>Data completeness · %1 (with last quarter's deposits and the base-date ledger)</translation>
    </message>
    <message>
      <source>缺：</source>
      <translation>Missing: </translation>
    </message>
    <message>
      <source>任务目标：%1/%2 名员工已录入；缺 %3</source>
      <translation>Targets: %1 of %2 staff entered; missing %3</translation>
    </message>
    <message>
      <source>任务目标：%1 名员工全部已录入</source>
      <translation>Targets: entered for all %1 staff</translation>
    </message>
    <message>
      <source>本季度：贷款 %1 笔，中间业务 %2 条，不良清收 %3 条，调整 %4 条</source>
      <translation>This quarter: %1 loans, %2 intermediate items, %3 NPL recoveries, %4 adjustments</translation>
    </message>
  </context>
  <context>
    <name>ConflictBox</name>
    <message>
      <source>记录已被他人修改</source>
      <translation>Record changed by someone else</translation>
    </message>
    <message>
      <source>这条{0}记录在显示之后已被其他用户修改。为免误删，没有删除。</source>
      <translation>Someone else changed this record ({0}) after it was shown. To be safe, it was not deleted.</translation>
    </message>
    <message>
      <source>选择“重新载入”显示当前数据，核对后可再次删除。</source>
      <translation>"Reload" shows the current values; check them, then delete again if you still want to.</translation>
    </message>
    <message>
      <source>重新载入</source>
      <translation>Reload</translation>
    </message>
    <message>
      <source>在本页载入之后，其他用户修改、新增或删除了其中的{0}记录。您的修改没有保存，数据库中保留的是对方的修改。</source>
      <translation>Someone else changed, added or deleted records ({0}) shown on this page after it loaded them. Your changes were not saved; the database keeps theirs.</translation>
    </message>
    <message>
      <source>选择“重新载入”将显示当前数据，您在本页输入的内容会被放弃；选择“保留输入”可先复制您的输入。</source>
      <translation>"Reload" shows the current values and discards what you typed on this page; "Keep input" lets you copy your input first.</translation>
    </message>
    <message>
      <source>保留输入</source>
      <translation>Keep input</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>记录已被他人删除</source>
      <translation>Record deleted by someone else</translation>
    </message>
    <message>
      <source>在您打开此表单之后，这条{0}记录已被其他用户删除或替换，现已不存在。您的修改没有保存。</source>
      <translation>Someone else deleted or replaced this record ({0}) after you opened this form; it no longer exists. Your changes were not saved.</translation>
    </message>
    <message>
      <source>选择“关闭表单”将放弃您输入的内容；选择“保留表单”可先复制您的输入。</source>
      <translation>"Close form" discards what you typed; "Keep form" lets you copy your input first.</translation>
    </message>
    <message>
      <source>关闭表单</source>
      <translation>Close form</translation>
    </message>
    <message>
      <source>保留表单</source>
      <translation>Keep form</translation>
    </message>
    <message>
      <source>在您打开此表单之后，其他用户修改了这条{0}记录。您的修改没有保存，数据库中保留的是对方的修改。</source>
      <translation>Someone else changed this record ({0}) after you opened this form. Your changes were not saved; the database keeps theirs.</translation>
    </message>
    <message>
      <source>选择“重新载入”将显示当前数据，您在表单中输入的内容会被放弃；选择“保留表单”可先复制您的输入。</source>
      <translation>"Reload" shows the current values and discards what you typed in the form; "Keep form" lets you copy your input first.</translation>
    </message>
  </context>
  <context>
    <name>ConflictHandling</name>
    <message>
      <source>此记录已被其他用户删除或替换，您的修改没有保存。</source>
      <translation>Someone else deleted or replaced this record; your changes were not saved.</translation>
    </message>
    <message>
      <source>此记录已被其他用户修改，您的修改没有保存。复制您的输入后，可点“重新载入”显示当前数据。</source>
      <translation>Someone else changed this record; your changes were not saved. Copy your input, then press "Reload" to show the current values.</translation>
    </message>
    <message>
      <source>放弃您在表单中输入的内容，载入当前数据？</source>
      <translation>Discard what you typed in the form and load the current values?</translation>
    </message>
    <message>
      <source>重新载入失败：{0}</source>
      <translation>Could not reload: {0}</translation>
    </message>
  </context>
  <context>
    <name>CreditRow</name>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
  </context>
  <context>
    <name>DataPage</name>
    <message>
      <source>数据</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>可以先用演示数据熟悉程序，也可以从空白开始，用导入模板填入本网点的数据。</source>
      <translation>Get to know the program with demo data, or start empty and fill in the branch's data with the import template.</translation>
    </message>
    <message>
      <source>继续</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>使用演示数据开始</source>
      <translation>Start with demo data</translation>
    </message>
    <message>
      <source>载入一个虚构网点：十余名员工、约 2000 笔贷款、两年的月末台账和时效案例。演示数据只用于熟悉程序，不要与真实数据混在一起。</source>
      <translation>Loads a made-up branch: a dozen staff, about 2,000 loans, two years of month-end ledgers and limitation cases. Demo data is for getting to know the program; do not mix it with real data.</translation>
    </message>
    <message>
      <source>从空白开始并导入模板</source>
      <translation>Start empty and import the template</translation>
    </message>
    <message>
      <source>先保存空白导入模板，在 Excel 中填好后，用“导入”页导入。</source>
      <translation>Save the blank import template, fill it in with Excel, then import it on the Import page.</translation>
    </message>
    <message>
      <source>导入模板.xlsx</source>
      <translation>import-template.xlsx</translation>
    </message>
    <message>
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>完成向导后打开导入向导</source>
      <translation>Open the import wizard when done</translation>
    </message>
    <message>
      <source>模板保存到</source>
      <translation>Save template to</translation>
    </message>
    <message>
      <source>数据库中已经有数据，不能再载入演示数据。</source>
      <translation>The database already holds data: the demo data cannot be added to it.</translation>
    </message>
    <message>
      <source>保存空白导入模板</source>
      <translation>Save blank import template</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>正在载入演示数据…</source>
      <translation>Loading the demo data…</translation>
    </message>
    <message>
      <source>请选择模板的保存位置。</source>
      <translation>Please choose where to save the template.</translation>
    </message>
    <message>
      <source>正在保存模板…</source>
      <translation>Saving the template…</translation>
    </message>
    <message>
      <source>演示数据未能载入：</source>
      <translation>The demo data could not be loaded:</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <source>如 2025-08</source>
      <translation>e.g. 2025-08</translation>
    </message>
    <message>
      <source>如 2025-08-01</source>
      <translation>e.g. 2025-08-01</translation>
    </message>
    <message>
      <source>可输入 2025-08，2025/8，202508 或 2025年8月</source>
      <translation>Type 2025-08, 2025/8 or 202508</translation>
    </message>
    <message>
      <source>可输入 2025-08-01，2025/08/01，20250801 或 2025年8月1日</source>
      <translation>Type 2025-08-01, 2025/08/01 or 20250801</translation>
    </message>
    <message>
      <source>选择日期（Alt+↓）</source>
      <translation>Pick a date (Alt+Down)</translation>
    </message>
    <message>
      <source>无法识别的月份“{0}”：请输入如 2025-08 或 2025年8月</source>
      <translation>Cannot read the month "{0}": type e.g. 2025-08</translation>
    </message>
    <message>
      <source>无法识别的日期“{0}”：请输入如 2025-08-01、20250801 或 2025年8月1日</source>
      <translation>Cannot read the date "{0}": type e.g. 2025-08-01 or 20250801</translation>
    </message>
    <message>
      <source>无法识别</source>
      <translation>Not a date</translation>
    </message>
    <message>
      <source>{0}年{1}月</source>
      <translation>{0}-{1:02d}</translation>
    </message>
    <message>
      <source>{0}年{1}月{2}日</source>
      <translation>{0}-{1:02d}-{2:02d}</translation>
    </message>
  </context>
  <context>
    <name>DeferralLedgerPage</name>
    <message>
      <source>打印本人台账…</source>
      <translation>Print this ledger…</translation>
    </message>
    <message>
      <source>打印全部台账…</source>
      <translation>Print every ledger…</translation>
    </message>
    <message>
      <source>员工</source>
      <translation>Staff member</translation>
    </message>
    <message>
      <source>延期季度</source>
      <translation>Deferred in</translation>
    </message>
    <message>
      <source>应发季度</source>
      <translation>Due in</translation>
    </message>
    <message>
      <source>延期金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>已发放</source>
      <translation>Released</translation>
    </message>
    <message>
      <source>已追索扣回</source>
      <translation>Clawed back</translation>
    </message>
    <message>
      <source>余额</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>延期支付台账</source>
      <translation>Deferred pay ledger</translation>
    </message>
    <message>
      <source>正在读取……</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>读取延期支付台账失败：{0}</source>
      <translation>Could not read the deferred pay ledger: {0}</translation>
    </message>
    <message>
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>没有延期支付记录（方案未设延期支付比例，或尚无已审批的核算）</source>
      <translation>No deferred pay (the scheme sets no deferral rate, or no pay run is approved yet)</translation>
    </message>
    <message>
      <source>与已审批的绩效核算核对一致：延期 {0}，发放 {1}，从延期扣回 {2}，余额 {3}</source>
      <translation>Agrees with the approved pay runs: deferred {0}, released {1}, clawed back from deferral {2}, balance {3}</translation>
    </message>
    <message>
      <source>与已审批的绩效核算不一致（核算：延期 {0}，发放 {1}，扣回 {2}，余额 {3}），请核查</source>
      <translation>Does NOT agree with the approved pay runs (runs: deferred {0}, released {1}, clawed back {2}, balance {3}); check it</translation>
    </message>
    <message>
      <source>生成台账失败：{0}</source>
      <translation>Could not make the ledger: {0}</translation>
    </message>
  </context>
  <context>
    <name>Desk</name>
    <message>
      <source>找不到数据库文件：
%1

它可能已被移动、改名或删除（例如所在的 U 盘或网络盘没有连接）。已从“最近打开的数据库”中移除；仍在使用当前的数据库。</source>
      <translation>Database file not found:
%1

It may have been moved, renamed or deleted (or the USB stick or network drive it is on is not connected). It was removed from "Recent databases"; the current database stays open.</translation>
    </message>
    <message>
      <source>找不到数据库文件</source>
      <translation>Database file not found</translation>
    </message>
    <message>
      <source>打开数据库</source>
      <translation>Open database</translation>
    </message>
    <message>
      <source>这个数据库已经打开：
%1</source>
      <translation>This database is already open:
%1</translation>
    </message>
    <message>
      <source>确定</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>DetailTable</name>
    <message>
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
  </context>
  <context>
    <name>DraftRecovery</name>
    <message>
      <source>恢复未保存的录入</source>
      <translation>Restore unsaved input</translation>
    </message>
    <message>
      <source>上次关闭程序时，以下表单中的录入尚未保存：
{0}

恢复后请检查并保存；选择“放弃”将删除这些录入。</source>
      <translation>When the application last closed, the input of these forms had not been saved:
{0}

After restoring, check and save it; “Discard” deletes this input.</translation>
    </message>
    <message>
      <source>恢复</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>放弃</source>
      <translation>Discard</translation>
    </message>
  </context>
  <context>
    <name>EvidencePane</name>
    <message>
      <source>合同号</source>
      <translation>Contract</translation>
    </message>
    <message>
      <source>户名</source>
      <translation>Borrower</translation>
    </message>
    <message>
      <source>关系</source>
      <translation>Relation</translation>
    </message>
    <message>
      <source>首次不良月份</source>
      <translation>First NPL month</translation>
    </message>
    <message>
      <source>五级分类</source>
      <translation>Grade</translation>
    </message>
    <message>
      <source>当时余额</source>
      <translation>Balance then</translation>
    </message>
    <message>
      <source>营销</source>
      <translation>marketed</translation>
    </message>
    <message>
      <source>管户</source>
      <translation>managed</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>选择一条追索扣回，查看该员工在延期支付期内形成不良的贷款</source>
      <translation>Select a clawback to see the staff member's loans that became NPL within the deferral window</translation>
    </message>
    <message>
      <source>{0} 在延期支付期内没有营销或管户的贷款形成不良</source>
      <translation>{0}: no marketed or managed loan became NPL within the deferral window</translation>
    </message>
    <message>
      <source>{0} 在延期支付期内形成不良的营销、管户贷款：{1} 笔</source>
      <translation>{0}: {1} marketed or managed loans became NPL within the deferral window</translation>
    </message>
  </context>
  <context>
    <name>Explanation</name>
    <message>
      <source>规则</source>
      <translation>Rule</translation>
    </message>
    <message>
      <source>公式</source>
      <translation>Formula</translation>
    </message>
    <message>
      <source>金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>输入</source>
      <translation>Inputs</translation>
    </message>
    <message>
      <source>参数</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <source>时效处罚合计</source>
      <translation>Limitation penalty</translation>
    </message>
    <message>
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>调整合计</source>
      <translation>Adjustments</translation>
    </message>
    <message>
      <source>基数（明细合计）</source>
      <translation>Base (sum of the lines)</translation>
    </message>
    <message>
      <source>× 综合任务完成率 p</source>
      <translation>× composite completion p</translation>
    </message>
    <message>
      <source>考核后金额</source>
      <translation>Assessed amount</translation>
    </message>
    <message>
      <source>本季度没有该项明细。</source>
      <translation>No lines this quarter.</translation>
    </message>
    <message>
      <source>指标</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <source>目标</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>实际</source>
      <translation>Actual</translation>
    </message>
    <message>
      <source>完成率</source>
      <translation>Completion</translation>
    </message>
    <message>
      <source>权重</source>
      <translation>Weight</translation>
    </message>
    <message>
      <source>× 完成率（超过上限 {0} 按上限计）</source>
      <translation>× completion (at most {0})</translation>
    </message>
    <message>
      <source>综合任务完成率（各项完成率按权重合计）</source>
      <translation>Composite completion (completions weighted and added)</translation>
    </message>
    <message>
      <source>没有本季度的任务目标，p 记为 0。</source>
      <translation>No targets for this quarter: p is 0.</translation>
    </message>
    <message>
      <source>考核后各项合计</source>
      <translation>Sum of assessed components</translation>
    </message>
    <message>
      <source>− 限额扣减</source>
      <translation>− cap reduction</translation>
    </message>
    <message>
      <source>= 应发合计</source>
      <translation>= gross</translation>
    </message>
    <message>
      <source>− 时效处罚</source>
      <translation>− limitation penalty</translation>
    </message>
    <message>
      <source>− 上季结转扣回</source>
      <translation>− carried in from last quarter</translation>
    </message>
    <message>
      <source>+ 调整</source>
      <translation>+ adjustments</translation>
    </message>
    <message>
      <source>− 追索扣回（从本季绩效扣减）</source>
      <translation>− clawback from this quarter's pay</translation>
    </message>
    <message>
      <source>= 本季绩效</source>
      <translation>= net pay</translation>
    </message>
    <message>
      <source>− 本季延期支付</source>
      <translation>− deferred this quarter</translation>
    </message>
    <message>
      <source>+ 到期发放的延期支付</source>
      <translation>+ deferred pay released</translation>
    </message>
    <message>
      <source>= 实发</source>
      <translation>= net pay</translation>
    </message>
    <message>
      <source>延期支付余额</source>
      <translation>Deferred balance</translation>
    </message>
    <message>
      <source>结转下季扣回</source>
      <translation>Carried to next quarter</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>追索扣回</source>
      <translation>Clawback</translation>
    </message>
    <message>
      <source>从延期支付扣回</source>
      <translation>From the deferred balance</translation>
    </message>
    <message>
      <source>从本季绩效扣减</source>
      <translation>From this quarter's pay</translation>
    </message>
    <message>
      <source>事由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>岗位每月最高限额 {cap}，本季度 {months} 个月共 {quarter_cap}（银行卡、POS 奖励不计入限额）。</source>
      <translation>Monthly cap of the position {cap}; {quarter_cap} for the quarter's {months} months (bank card and POS rewards are outside the cap).</translation>
    </message>
  </context>
  <context>
    <name>ExplanationDialog</name>
    <message>
      <source>计算过程</source>
      <translation>How it was computed</translation>
    </message>
  </context>
  <context>
    <name>ExportAction</name>
    <message>
      <source>导出当前视图</source>
      <translation>Export this view</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>正在导出……</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>正在导出：{0} / {1} 行</source>
      <translation>Exporting: {0} / {1} rows</translation>
    </message>
    <message>
      <source>已导出 {0} 行：{1}</source>
      <translation>Exported {0} rows: {1}</translation>
    </message>
    <message>
      <source>导出已取消</source>
      <translation>Export cancelled</translation>
    </message>
    <message>
      <source>无法写入文件：{0}</source>
      <translation>Cannot write the file: {0}</translation>
    </message>
    <message>
      <source>导出失败：{0}</source>
      <translation>Export failed: {0}</translation>
    </message>
  </context>
  <context>
    <name>FileCheckWatch</name>
    <message>
      <source>正在检查数据库完整性…（完成前不能修改数据）</source>
      <translation>Checking the database's integrity… (no changes until it is done)</translation>
    </message>
    <message>
      <source>数据库未通过完整性检查：只能查看，不能修改</source>
      <translation>The database failed its integrity check: view only, no changes</translation>
    </message>
    <message>
      <source>（只读）</source>
      <translation> (read-only)</translation>
    </message>
    <message>
      <source>数据库完整性检查未通过</source>
      <translation>Database integrity check failed</translation>
    </message>
    <message>
      <source>知道了</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>选择工作簿</source>
      <translation>Choose the workbook</translation>
    </message>
    <message>
      <source>选择按导入模板填写的 Excel 工作簿（.xlsx）。下一步先检查，不写入数据库。</source>
      <translation>Choose an Excel workbook (.xlsx) filled in the import template's layout. The next step checks it without writing anything.</translation>
    </message>
    <message>
      <source>工作簿路径</source>
      <translation>Workbook path</translation>
    </message>
    <message>
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>FindingList</name>
    <message>
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>员工</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>说明</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>处理</source>
      <translation>Fix</translation>
    </message>
    <message>
      <source>错误</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>提示</source>
      <translation>Warning</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <source>首次使用向导</source>
      <translation>First start</translation>
    </message>
    <message>
      <source>下一步</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>上一步</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>完成</source>
      <translation>Finish</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>HolidaysPage</name>
    <message>
      <source>周一</source>
      <translation>Mon</translation>
    </message>
    <message>
      <source>周二</source>
      <translation>Tue</translation>
    </message>
    <message>
      <source>周三</source>
      <translation>Wed</translation>
    </message>
    <message>
      <source>周四</source>
      <translation>Thu</translation>
    </message>
    <message>
      <source>周五</source>
      <translation>Fri</translation>
    </message>
    <message>
      <source>周六</source>
      <translation>Sat</translation>
    </message>
    <message>
      <source>周日</source>
      <translation>Sun</translation>
    </message>
    <message>
      <source>如 春节</source>
      <translation>e.g. 春节 (Spring Festival)</translation>
    </message>
    <message>
      <source>粘贴国务院通知原文，或如：2027-02-06 至 2027-02-13 放假，2027-02-14 上班</source>
      <translation>Paste the State Council's notice, or e.g. 2027-02-06 至 2027-02-13 放假, 2027-02-14 上班</translation>
    </message>
    <message>
      <source>识别粘贴的通知</source>
      <translation>Read the pasted notice</translation>
    </message>
    <message>
      <source>保存…</source>
      <translation>Save…</translation>
    </message>
    <message>
      <source>放弃修改</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>年份</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>&lt;span style="background:#f8d7d3"&gt;&amp;nbsp;休息日&amp;nbsp;&lt;/span&gt; &lt;span style="background:#d6e9c6"&gt;&amp;nbsp;调休上班日&amp;nbsp;&lt;/span&gt; &lt;span style="background:#eef1f5"&gt;&amp;nbsp;周末&amp;nbsp;&lt;/span&gt; &lt;span style="color:#98a2b3"&gt;灰字：已审批季度内，不能修改&lt;/span&gt;</source>
      <translation>&lt;span style="background:#f8d7d3"&gt;&amp;nbsp;rest day&amp;nbsp;&lt;/span&gt; &lt;span style="background:#d6e9c6"&gt;&amp;nbsp;make-up working day&amp;nbsp;&lt;/span&gt; &lt;span style="background:#eef1f5"&gt;&amp;nbsp;weekend&amp;nbsp;&lt;/span&gt; &lt;span style="color:#98a2b3"&gt;grey: in an approved quarter, cannot change&lt;/span&gt;</translation>
    </message>
    <message>
      <source>单击日期（或按空格）切换：工作日 → 休息日；周末 → 调休上班日 → 休息日 → 周末</source>
      <translation>Click a day (or press Space): working day → rest day; weekend → make-up working day → rest day → weekend</translation>
    </message>
    <message>
      <source>新标记日期的说明</source>
      <translation>Note for the days you mark</translation>
    </message>
    <message>
      <source>待保存的修改</source>
      <translation>Changes to save</translation>
    </message>
    <message>
      <source>放弃 %1 年未保存的修改？</source>
      <translation>Discard the unsaved changes to %1?</translation>
    </message>
    <message>
      <source>%1 及以前的日期属于已审批锁定的 %2 或更早的季度，不能修改；如需修改请先重新打开该季度。</source>
      <translation>Days on or before %1 belong to the approved quarter %2 or earlier and cannot change; reopen that quarter first.</translation>
    </message>
    <message>
      <source>只读：只有管理员可以修改节假日。</source>
      <translation>Read only: only an administrator can change the holiday calendar.</translation>
    </message>
    <message>
      <source>来源：内置日历（国务院已公布年份）</source>
      <translation>Source: the built-in calendar (the State Council's published years)</translation>
    </message>
    <message>
      <source>尚未录入：该年按仅周末休息计算，请录入或粘贴国务院通知</source>
      <translation>Not entered yet: only weekends count as days off this year; enter it or paste the State Council's notice</translation>
    </message>
    <message>
      <source>来源：由 %1 于 %2 从 %3 导入</source>
      <translation>Source: imported from %3 by %1 on %2</translation>
    </message>
    <message>
      <source>来源：由 %1 于 %2 从 %3 粘贴录入</source>
      <translation>Source: pasted from %3 by %1 on %2</translation>
    </message>
    <message>
      <source>来源：由 %1 于 %2 录入</source>
      <translation>Source: entered by %1 on %2</translation>
    </message>
    <message>
      <source>操作失败：%1</source>
      <translation>Failed: %1</translation>
    </message>
    <message>
      <source>周末</source>
      <translation>weekend</translation>
    </message>
    <message>
      <source>工作日</source>
      <translation>working day</translation>
    </message>
    <message>
      <source>%1 属于已审批锁定的 %2 或更早的季度，不能修改；如需修改请先重新打开该季度。</source>
      <translation>%1 belongs to the approved quarter %2 or earlier and cannot change; reopen that quarter first.</translation>
    </message>
    <message>
      <source>已识别 %1 天，替换该年日历；请核对右侧修改后保存。</source>
      <translation>%1 days read; they replace the year's calendar. Check the changes on the right, then save.</translation>
    </message>
    <message>
      <source>正在计算受影响的时效到期日…</source>
      <translation>Finding the limitation expiries this moves…</translation>
    </message>
    <message>
      <source>%1 年节假日已保存。</source>
      <translation>The holidays of %1 are saved.</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>数据库中还没有数据。可以导入月末台账工作簿，或先载入一套演示数据熟悉程序。</source>
      <translation>The database is empty. Import a month-end workbook, or load demo data to get to know the program.</translation>
    </message>
    <message>
      <source>载入演示数据</source>
      <translation>Load demo data</translation>
    </message>
    <message>
      <source>此版本没有演示数据生成器。</source>
      <translation>This version has no demo data generator.</translation>
    </message>
    <message>
      <source>导入工作簿…</source>
      <translation>Import workbook…</translation>
    </message>
    <message>
      <source>首页</source>
      <translation>Home</translation>
    </message>
    <message>
      <source>%1 季度概览</source>
      <translation>Overview of %1</translation>
    </message>
    <message>
      <source>正在生成演示数据…</source>
      <translation>Generating demo data…</translation>
    </message>
    <message>
      <source>演示数据导入失败，详见日志。</source>
      <translation>The demo data could not be loaded; see the log.</translation>
    </message>
  </context>
  <context>
    <name>ImportCounts</name>
    <message>
      <source>工作表</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>新增</source>
      <translation>Added</translation>
    </message>
    <message>
      <source>更新</source>
      <translation>Updated</translation>
    </message>
    <message>
      <source>未变</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <source>合计</source>
      <translation>Total</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <source>&lt;p&gt;月末由管理员导入台账工作簿（员工、借款户、贷款、营销分成、管户变更、月末台账、利息收入、存款日均、中间业务、不良清收、时效事件、任务目标、调整、参数）。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;选择工作簿；&lt;/li&gt;&lt;li&gt;程序先检查每一行，列出全部错误（工作表、行、列、说明），可导出为 Excel；&lt;/li&gt;&lt;li&gt;没有错误时确认导入：全部写入，或者什么都不改。已有记录按编号更新。&lt;/li&gt;&lt;/ol&gt;</source>
      <translation>&lt;p&gt;At month end the administrator imports the ledger workbook (staff, households, loans, marketing credits, reassignments, month-end ledgers, interest income, deposit averages, intermediate items, NPL recoveries, limitation events, targets, adjustments, parameters).&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Choose the workbook.&lt;/li&gt;&lt;li&gt;The program checks every row first and lists every error (sheet, row, column, message); the list can be exported to Excel.&lt;/li&gt;&lt;li&gt;When there are no errors, confirm the import: everything is written, or nothing is changed. Existing records are updated by their numbers.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
      <source>选择工作簿并导入…</source>
      <translation>Choose a workbook and import…</translation>
    </message>
    <message>
      <source>保存空白导入模板…</source>
      <translation>Save a blank import template…</translation>
    </message>
    <message>
      <source>本次运行尚未导入。</source>
      <translation>Nothing imported in this session.</translation>
    </message>
    <message>
      <source>最近一次导入</source>
      <translation>Last import</translation>
    </message>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>{0}：新增 {1} 条，更新 {2} 条，未变 {3} 条</source>
      <translation>{0}: {1} new, {2} updated, {3} unchanged</translation>
    </message>
    <message>
      <source>保存空白导入模板</source>
      <translation>Save a blank import template</translation>
    </message>
    <message>
      <source>导入模板.xlsx</source>
      <translation>import-template.xlsx</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>导入工作簿</source>
      <translation>Import workbook</translation>
    </message>
  </context>
  <context>
    <name>IntegrityWatch</name>
    <message>
      <source>数据库完整性检查发现以下问题。软件不会自动修复，请管理员核查（必要时从备份恢复）：</source>
      <translation>The database integrity check found the problems below. Nothing is repaired automatically; an administrator must check them (restoring a backup if need be):</translation>
    </message>
    <message>
      <source>数据完整性检查</source>
      <translation>Data integrity check</translation>
    </message>
    <message>
      <source>知道了</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>浮动工资</source>
      <translation>Floating wage</translation>
    </message>
    <message>
      <source>客户维护费</source>
      <translation>Customer maintenance fee</translation>
    </message>
    <message>
      <source>利息收入奖励</source>
      <translation>Interest income reward</translation>
    </message>
    <message>
      <source>贷款营销奖励</source>
      <translation>Loan marketing reward</translation>
    </message>
    <message>
      <source>存款营销奖励</source>
      <translation>Deposit marketing reward</translation>
    </message>
    <message>
      <source>银行卡营销奖励</source>
      <translation>Bank card reward</translation>
    </message>
    <message>
      <source>POS 营销奖励</source>
      <translation>POS reward</translation>
    </message>
    <message>
      <source>代收代付营销奖励</source>
      <translation>Agency items reward</translation>
    </message>
    <message>
      <source>不良贷款清收奖励</source>
      <translation>NPL recovery reward</translation>
    </message>
    <message>
      <source>挽回时效奖励</source>
      <translation>Limitation restoration reward</translation>
    </message>
    <message>
      <source>限额扣减</source>
      <translation>Cap reduction</translation>
    </message>
    <message>
      <source>应发合计</source>
      <translation>Gross</translation>
    </message>
    <message>
      <source>时效处罚</source>
      <translation>Limitation penalty</translation>
    </message>
    <message>
      <source>上季结转扣回</source>
      <translation>Carried in from last quarter</translation>
    </message>
    <message>
      <source>调整</source>
      <translation>Adjustments</translation>
    </message>
    <message>
      <source>实发</source>
      <translation>Net pay</translation>
    </message>
    <message>
      <source>结转下季</source>
      <translation>Carry to next quarter</translation>
    </message>
    <message>
      <source>本季延期支付</source>
      <translation>Deferred this quarter</translation>
    </message>
    <message>
      <source>到期发放的延期支付</source>
      <translation>Deferred pay released</translation>
    </message>
    <message>
      <source>实发合计</source>
      <translation>Paid out</translation>
    </message>
    <message>
      <source>延期支付余额</source>
      <translation>Deferred balance</translation>
    </message>
    <message>
      <source>综合任务完成率</source>
      <translation>Composite completion p</translation>
    </message>
    <message>
      <source>贷款收息</source>
      <translation>Interest collected</translation>
    </message>
    <message>
      <source>存款</source>
      <translation>Deposits</translation>
    </message>
    <message>
      <source>不良压降</source>
      <translation>NPL reduction</translation>
    </message>
    <message>
      <source>中间业务</source>
      <translation>Intermediate business</translation>
    </message>
    <message>
      <source>工作质量</source>
      <translation>Work quality</translation>
    </message>
    <message>
      <source>追责</source>
      <translation>Accountability</translation>
    </message>
    <message>
      <source>须签收</source>
      <translation>To be signed</translation>
    </message>
    <message>
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <source>尚未核算</source>
      <translation>Not computed</translation>
    </message>
    <message>
      <source>已作废</source>
      <translation>Superseded</translation>
    </message>
    <message>
      <source>读取并检查单元格</source>
      <translation>Reading and checking cells</translation>
    </message>
    <message>
      <source>核对引用关系</source>
      <translation>Checking references</translation>
    </message>
    <message>
      <source>写入数据库</source>
      <translation>Writing to the database</translation>
    </message>
    <message>
      <source>完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>计算中</source>
      <translation>Computing</translation>
    </message>
    <message>
      <source>加载中</source>
      <translation>Loading</translation>
    </message>
    <message>
      <source>利息收入</source>
      <translation>Interest income</translation>
    </message>
    <message>
      <source>无</source>
      <translation>none</translation>
    </message>
    <message>
      <source>追索扣回</source>
      <translation>Clawbacks</translation>
    </message>
    <message>
      <source>岗位系数</source>
      <translation>Coefficient</translation>
    </message>
    <message>
      <source>基期户数</source>
      <translation>Households at base date</translation>
    </message>
    <message>
      <source>期末户数</source>
      <translation>Households at end date</translation>
    </message>
    <message>
      <source>基期户</source>
      <translation>Base households</translation>
    </message>
    <message>
      <source>期末户</source>
      <translation>End households</translation>
    </message>
    <message>
      <source>月份</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>合同号</source>
      <translation>Contract</translation>
    </message>
    <message>
      <source>客户号</source>
      <translation>Household</translation>
    </message>
    <message>
      <source>贷款性质</source>
      <translation>Nature</translation>
    </message>
    <message>
      <source>客户类型</source>
      <translation>Customer type</translation>
    </message>
    <message>
      <source>金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>扩大新增额</source>
      <translation>Increment</translation>
    </message>
    <message>
      <source>发放日期</source>
      <translation>Disbursed on</translation>
    </message>
    <message>
      <source>分成比例</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>本季日均</source>
      <translation>Quarter average</translation>
    </message>
    <message>
      <source>上季日均</source>
      <translation>Previous quarter average</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>数量</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <source>计件数量</source>
      <translation>Qualifying</translation>
    </message>
    <message>
      <source>卡内余额</source>
      <translation>Card balance</translation>
    </message>
    <message>
      <source>合同</source>
      <translation>Contracts</translation>
    </message>
    <message>
      <source>挽回金额合计</source>
      <translation>Group amount</translation>
    </message>
    <message>
      <source>挽回人</source>
      <translation>Restorer</translation>
    </message>
    <message>
      <source>责任人</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>历史遗留</source>
      <translation>Legacy</translation>
    </message>
    <message>
      <source>失时效日</source>
      <translation>Lapse dates</translation>
    </message>
    <message>
      <source>挽回日期</source>
      <translation>Restoration dates</translation>
    </message>
    <message>
      <source>工号</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>本季移交的贷款（合同 原管户→现管户 生效日）</source>
      <translation>Loans handed over in the quarter (contract from→to, effective date)</translation>
    </message>
    <message>
      <source>基期随贷款移交</source>
      <translation>Base moves with the loan</translation>
    </message>
    <message>
      <source>基期不良余额</source>
      <translation>NPL balance on the base date</translation>
    </message>
    <message>
      <source>期末不良余额</source>
      <translation>NPL balance on the end date</translation>
    </message>
    <message>
      <source>清收金额</source>
      <translation>Recovered</translation>
    </message>
    <message>
      <source>是</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>否</source>
      <translation>no</translation>
    </message>
  </context>
  <context>
    <name>LimitationActions</name>
    <message>
      <source>打印催收通知书…</source>
      <translation>Print demand notices…</translation>
    </message>
    <message>
      <source>所选贷款（未选时为全部须签收的贷款和保证人）的催收通知书，附回执</source>
      <translation>Demand notices with receipts for the selected loans (none selected: every loan and guarantor to be signed)</translation>
    </message>
    <message>
      <source>登记回执…</source>
      <translation>Record receipt…</translation>
    </message>
    <message>
      <source>登记所选贷款收回的签字回执</source>
      <translation>Record the signed receipt returned for the selected loan</translation>
    </message>
    <message>
      <source>须签收清单…</source>
      <translation>To-sign list…</translation>
    </message>
    <message>
      <source>按信贷员打印须签收的贷款和保证人（所选管户人员，未选时为全部），每人一页起</source>
      <translation>Print the loans and guarantors to be signed, per officer (the chosen manager, or every one), each officer from a new page</translation>
    </message>
    <message>
      <source>须签收：无（没有临近到期的贷款或保证期间）</source>
      <translation>To be signed: nothing (no limitation or guarantee period ends soon)</translation>
    </message>
    <message>
      <source>须签收：{0} 笔贷款、{1} 名保证人；最急：合同 {2}{3}，{4} 前（剩 {5} 天），信贷员 {6}</source>
      <translation>To be signed: {0} loans, {1} guarantors; most urgent: contract {2}{3}, by {4} ({5} days left), officer {6}</translation>
    </message>
    <message>
      <source>（保证人 {0}）</source>
      <translation> (guarantor {0})</translation>
    </message>
    <message>
      <source>没有需要打印催收通知书的贷款</source>
      <translation>No loan needs a demand notice</translation>
    </message>
    <message>
      <source>催收通知书 {0}</source>
      <translation>Demand notices {0}</translation>
    </message>
    <message>
      <source>须签收清单 {0}</source>
      <translation>To-sign list {0}</translation>
    </message>
  </context>
  <context>
    <name>LimitationCard</name>
    <message>
      <source>30 天内到期</source>
      <translation>Expiring in 30 days</translation>
    </message>
    <message>
      <source>31–60 天到期</source>
      <translation>In 31–60 days</translation>
    </message>
    <message>
      <source>61–90 天到期</source>
      <translation>In 61–90 days</translation>
    </message>
    <message>
      <source>已失时效待挽回</source>
      <translation>Lapsed, to restore</translation>
    </message>
    <message>
      <source>追责</source>
      <translation>Accountability</translation>
    </message>
    <message>
      <source>合同号</source>
      <translation>Contract</translation>
    </message>
    <message>
      <source>管户人员</source>
      <translation>Manager</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>时效到期日</source>
      <translation>Limitation expiry</translation>
    </message>
    <message>
      <source>剩余天数</source>
      <translation>Days left</translation>
    </message>
    <message>
      <source>打开时效管理</source>
      <translation>Open limitation management</translation>
    </message>
    <message>
      <source>诉讼时效</source>
      <translation>Statute of limitations</translation>
    </message>
    <message>
      <source>正在计算诉讼时效…</source>
      <translation>Computing the limitation status…</translation>
    </message>
    <message>
      <source>诉讼时效 · 截至 %1</source>
      <translation>Statute of limitations · as of %1</translation>
    </message>
    <message>
      <source>须签收：{0} 笔贷款、{1} 名保证人（按剩余天数排列）</source>
      <translation>To be signed: {0} loans, {1} guarantors (by days left)</translation>
    </message>
    <message>
      <source>须签收：无</source>
      <translation>To be signed: nothing</translation>
    </message>
    <message>
      <source>{0} · 保证人 {1}</source>
      <translation>{0} · guarantor {1}</translation>
    </message>
    <message>
      <source>另有 {0} 项，见时效管理</source>
      <translation>{0} more items: see Limitation</translation>
    </message>
    <message>
      <source>去录入</source>
      <translation>Enter it</translation>
    </message>
  </context>
  <context>
    <name>LimitationModel</name>
    <message>
      <source>合同号</source>
      <translation>Contract</translation>
    </message>
    <message>
      <source>客户号</source>
      <translation>Household</translation>
    </message>
    <message>
      <source>管户人员</source>
      <translation>Manager</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>到期日</source>
      <translation>Maturity</translation>
    </message>
    <message>
      <source>时效到期日</source>
      <translation>Limitation expiry</translation>
    </message>
    <message>
      <source>剩余天数</source>
      <translation>Days left</translation>
    </message>
    <message>
      <source>失时效日</source>
      <translation>Lapse date</translation>
    </message>
    <message>
      <source>责任人</source>
      <translation>Responsible</translation>
    </message>
    <message>
      <source>挽回次数</source>
      <translation>Restorations</translation>
    </message>
    <message>
      <source>余额</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>担保</source>
      <translation>Guarantees</translation>
    </message>
    <message>
      <source>应办事项及期限</source>
      <translation>To do, by when</translation>
    </message>
    <message>
      <source>双击打开该笔贷款</source>
      <translation>Double-click to open the loan</translation>
    </message>
    <message>
      <source>（追责）</source>
      <translation> (accountability)</translation>
    </message>
    <message>
      <source>（待确认）</source>
      <translation> (pending confirmation)</translation>
    </message>
    <message>
      <source>{0}（保证人 {1}）</source>
      <translation>{0} (guarantor {1})</translation>
    </message>
    <message>
      <source>催收签收，须在 {0} 前；逾期自 {1} 起追责</source>
      <translation>Get a signed demand before {0}; accountability applies from {1}</translation>
    </message>
    <message>
      <source>已失时效，追究责任人 {0} 的责任</source>
      <translation>Lapsed: hold {0} accountable</translation>
    </message>
    <message>
      <source>已失时效：设法取得还款或书面确认以挽回</source>
      <translation>Lapsed: obtain a repayment or written acknowledgement to restore it</translation>
    </message>
    <message>
      <source>申请强制执行，须在 {0} 前</source>
      <translation>Apply for enforcement before {0}</translation>
    </message>
    <message>
      <source>跟进诉讼</source>
      <translation>Follow the lawsuit</translation>
    </message>
    <message>
      <source>时效至 {0}</source>
      <translation>Runs until {0}</translation>
    </message>
    <message>
      <source>{0} · {1}：{2}</source>
      <translation>{0} · {1}: {2}</translation>
    </message>
    <message>
      <source>（剩 {0} 天）</source>
      <translation> ({0} days left)</translation>
    </message>
  </context>
  <context>
    <name>LimitationOutput</name>
    <message>
      <source>打印预览</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>临近到期预警清单</source>
      <translation>Warning list (due soon)</translation>
    </message>
    <message>
      <source>追责清单</source>
      <translation>Accountability list</translation>
    </message>
    <message>
      <source>导出清单…</source>
      <translation>Export lists…</translation>
    </message>
    <message>
      <source>预警清单和追责清单（PDF）及 Excel 工作簿，保存到文件夹</source>
      <translation>The warning and accountability lists (PDF) and an Excel workbook, saved to a folder</translation>
    </message>
    <message>
      <source>正在生成</source>
      <translation>Making</translation>
    </message>
    <message>
      <source>临近到期预警清单 %1</source>
      <translation>Warning list %1</translation>
    </message>
    <message>
      <source>追责清单 %1</source>
      <translation>Accountability list %1</translation>
    </message>
    <message>
      <source>导出时效清单到文件夹</source>
      <translation>Export the limitation lists to a folder</translation>
    </message>
    <message>
      <source>已保存 %1 个文件到：
%2</source>
      <translation>%1 files saved to:
%2</translation>
    </message>
  </context>
  <context>
    <name>LimitationPage</name>
    <message>
      <source>全部管户人员</source>
      <translation>All managers</translation>
    </message>
    <message>
      <source>截至日期</source>
      <translation>As of</translation>
    </message>
    <message>
      <source>管户人员</source>
      <translation>Manager</translation>
    </message>
    <message>
      <source>到期时间轴…</source>
      <translation>Expiry timeline…</translation>
    </message>
    <message>
      <source>未来十二个月到期的贷款和保证，按管户信贷员</source>
      <translation>Loans and guarantees expiring in the next twelve months, by officer</translation>
    </message>
    <message>
      <source>时效管理</source>
      <translation>Limitation</translation>
    </message>
    <message>
      <source>须签收：已列出 {0} 项，其余贷款正在计算…</source>
      <translation>To be signed: {0} items listed so far; the other loans are being computed…</translation>
    </message>
    <message>
      <source>去录入</source>
      <translation>Enter it</translation>
    </message>
  </context>
  <context>
    <name>LimitationProgress</name>
    <message>
      <source>正在计算诉讼时效：{0} / {1} 笔</source>
      <translation>Computing the limitation status: {0} of {1} loans</translation>
    </message>
  </context>
  <context>
    <name>LoanDetailPane</name>
    <message>
      <source>管户历史</source>
      <translation>Manager history</translation>
    </message>
    <message>
      <source>选择一笔贷款，查看其营销分成、管户历史、月末台账、利息和时效事件。</source>
      <translation>Select a loan to see its marketing credits, manager history, month-end ledgers, interest and limitation events.</translation>
    </message>
    <message>
      <source>合同 {0}　{1}（{2}）　贷款金额 {3}　{4} 至 {5}</source>
      <translation>Contract {0}   {1} ({2})   amount {3}   {4} to {5}</translation>
    </message>
    <message>
      <source>　现管户：{0}（{1}）</source>
      <translation>  Manager today: {0} ({1})</translation>
    </message>
    <message>
      <source>发放（原管户）</source>
      <translation>Disbursed (first manager)</translation>
    </message>
    <message>
      <source>管户变更</source>
      <translation>Reassignment</translation>
    </message>
    <message>
      <source>诉讼时效（截至 {0}）：</source>
      <translation>Statute of limitations (as of {0}): </translation>
    </message>
    <message>
      <source>到期日 {0}，时效至 {1}</source>
      <translation>matures {0}, limitation until {1}</translation>
    </message>
    <message>
      <source>时效至 {0}，剩余 {1} 天</source>
      <translation>limitation until {0}, {1} days left</translation>
    </message>
    <message>
      <source>{0} 失时效，责任人 {1}</source>
      <translation>lapsed on {0}, responsible {1}</translation>
    </message>
    <message>
      <source>；已列入追责</source>
      <translation>; listed for accountability</translation>
    </message>
    <message>
      <source>已挽回 {0} 次，时效至 {1}</source>
      <translation>restored {0} times, limitation until {1}</translation>
    </message>
    <message>
      <source>须于 {0} 前申请执行，剩余 {1} 天</source>
      <translation>Apply for execution by {0}, {1} days left</translation>
    </message>
    <message>
      <source>{0} 起已过申请执行期，责任人 {1}；已列入追责</source>
      <translation>Execution period lapsed from {0}, responsible {1}; listed for accountability</translation>
    </message>
    <message>
      <source>最长保护期 {0} 届满</source>
      <translation>Maximum period ended on {0}</translation>
    </message>
    <message>
      <source>担保 {0} 人，最差：{1}</source>
      <translation>{0} guarantor(s), worst: {1}</translation>
    </message>
    <message>
      <source>；保证人 {0}：{1}</source>
      <translation>; guarantor {0}: {1}</translation>
    </message>
    <message>
      <source>（保证期间至 {0}）</source>
      <translation> (guarantee period until {0})</translation>
    </message>
  </context>
  <context>
    <name>LoanDialog</name>
    <message>
      <source>营销分成（工号、计奖比例）</source>
      <translation>Marketing credits (staff no., share)</translation>
    </message>
    <message>
      <source>添加营销人员</source>
      <translation>Add a marketer</translation>
    </message>
    <message>
      <source>合计 {0}</source>
      <translation>Total {0}</translation>
    </message>
  </context>
  <context>
    <name>LoansPage</name>
    <message>
      <source>读取贷款明细失败：{0}</source>
      <translation>Could not read the loan's details: {0}</translation>
    </message>
    <message>
      <source>该贷款已不存在，请刷新</source>
      <translation>This loan no longer exists; please refresh</translation>
    </message>
    <message>
      <source>贷款 {0}（{1}）</source>
      <translation>Loan {0} ({1})</translation>
    </message>
    <message>
      <source>删除所选{0}记录？此操作不能撤销。</source>
      <translation>Delete the selected {0} record? This cannot be undone.</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>删除失败：{0}</source>
      <translation>Could not delete: {0}</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>已锁定</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>屏幕已锁定</source>
      <translation>Screen locked</translation>
    </message>
    <message>
      <source>当前用户：%1（%2）。请输入密码解锁。</source>
      <translation>Current user: %1 (%2). Enter the password to unlock.</translation>
    </message>
    <message>
      <source>解锁</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <source>退出程序</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>切换用户</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <source>切换用户：请输入另一位用户的用户名和密码。</source>
      <translation>Switch user: enter another user's name and password.</translation>
    </message>
    <message>
      <source>登录</source>
      <translation>Log in</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>登录</source>
      <translation>Log in</translation>
    </message>
    <message>
      <source>农信社绩效考核与诉讼时效管理</source>
      <translation>Rural credit cooperative performance pay and limitation tracking</translation>
    </message>
    <message>
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>网点：%1（%2）</source>
      <translation>Branch: %1 (%2)</translation>
    </message>
    <message>
      <source>请输入用户名和密码。</source>
      <translation>Please enter the user name and password.</translation>
    </message>
    <message>
      <source>正在验证…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>用户名或密码错误。</source>
      <translation>Wrong user name or password. </translation>
    </message>
    <message>
      <source>已连续 %1 次失败，请等待 %2 秒后再试。</source>
      <translation>%1 failures in a row: please wait %2 seconds before trying again.</translation>
    </message>
    <message>
      <source>请重新输入密码。</source>
      <translation>Please enter the password again.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>农信社绩效考核与诉讼时效管理</source>
      <translation>Rural credit cooperative performance pay and limitation tracking</translation>
    </message>
    <message>
      <source>考核季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <source>数据库：%1</source>
      <translation>Database: %1</translation>
    </message>
    <message>
      <source>用户：%1（%2）</source>
      <translation>User: %1 (%2)</translation>
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>导入工作簿…</source>
      <translation>Import workbook…</translation>
    </message>
    <message>
      <source>打开数据库…</source>
      <translation>Open database…</translation>
    </message>
    <message>
      <source>最近打开的数据库</source>
      <translation>Recent databases</translation>
    </message>
    <message>
      <source>锁定屏幕</source>
      <translation>Lock screen</translation>
    </message>
    <message>
      <source>切换用户…</source>
      <translation>Switch user…</translation>
    </message>
    <message>
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>设置(&amp;S)</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <source>语言与设置…</source>
      <translation>Language and settings…</translation>
    </message>
    <message>
      <source>用户管理…</source>
      <translation>Users…</translation>
    </message>
    <message>
      <source>修改密码…</source>
      <translation>Change password…</translation>
    </message>
    <message>
      <source>待确认录入…</source>
      <translation>Pending entries…</translation>
    </message>
    <message>
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>关于</source>
      <translation>About</translation>
    </message>
    <message>
      <source>打开数据库</source>
      <translation>Open database</translation>
    </message>
    <message>
      <source>ruralperf 数据库 (*.db *.sqlite);;所有文件 (*)</source>
      <translation>ruralperf databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>当前季度：%1</source>
      <translation>Current quarter: %1</translation>
    </message>
  </context>
  <context>
    <name>MonthGrid</name>
    <message>
      <source>一</source>
      <translation>Mo</translation>
    </message>
    <message>
      <source>二</source>
      <translation>Tu</translation>
    </message>
    <message>
      <source>三</source>
      <translation>We</translation>
    </message>
    <message>
      <source>四</source>
      <translation>Th</translation>
    </message>
    <message>
      <source>五</source>
      <translation>Fr</translation>
    </message>
    <message>
      <source>六</source>
      <translation>Sa</translation>
    </message>
    <message>
      <source>日</source>
      <translation>Su</translation>
    </message>
  </context>
  <context>
    <name>MovesDialog</name>
    <message>
      <source>保存 %1 年节假日</source>
      <translation>Save the holidays of %1</translation>
    </message>
    <message>
      <source>保存后，以下 %1 笔贷款的诉讼时效到期日（或状态）将变化：</source>
      <translation>Saving changes the limitation expiry (or status) of %1 loans:</translation>
    </message>
    <message>
      <source>保存后没有贷款的诉讼时效到期日发生变化。</source>
      <translation>Saving moves no loan's limitation expiry.</translation>
    </message>
    <message>
      <source>范围</source>
      <translation>Where</translation>
    </message>
    <message>
      <source>合同号</source>
      <translation>Contract</translation>
    </message>
    <message>
      <source>管户人员</source>
      <translation>Manager</translation>
    </message>
    <message>
      <source>原到期日</source>
      <translation>Expiry now</translation>
    </message>
    <message>
      <source>新到期日</source>
      <translation>Expiry after</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>今日时效清单</source>
      <translation>Limitation list today</translation>
    </message>
    <message>
      <source>%1 草稿核算</source>
      <translation>%1 draft pay run</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <source>首页</source>
      <translation>Home</translation>
    </message>
    <message>
      <source>数据</source>
      <translation>Data</translation>
    </message>
    <message>
      <source>存款</source>
      <translation>Deposits</translation>
    </message>
    <message>
      <source>时效管理</source>
      <translation>Limitation</translation>
    </message>
    <message>
      <source>考核</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <source>延期支付台账</source>
      <translation>Deferred pay ledger</translation>
    </message>
    <message>
      <source>绩效核算</source>
      <translation>Pay run</translation>
    </message>
    <message>
      <source>模拟测算</source>
      <translation>What-if</translation>
    </message>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>系统</source>
      <translation>System</translation>
    </message>
    <message>
      <source>审计日志</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>数据备份</source>
      <translation>Backups</translation>
    </message>
  </context>
  <context>
    <name>ParametersPage</name>
    <message>
      <source>生效日期</source>
      <translation>Effective from</translation>
    </message>
    <message>
      <source>值</source>
      <translation>Value</translation>
    </message>
    <message>
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>从某日起新增取值</source>
      <translation>New value from a date</translation>
    </message>
    <message>
      <source>其他参数（如岗位限额）…</source>
      <translation>Other parameter (e.g. a position cap)…</translation>
    </message>
    <message>
      <source>删除所选取值</source>
      <translation>Delete the selected value</translation>
    </message>
    <message>
      <source>每个参数是一段带生效日期的取值历史；核算某季度时使用季度末日有效的取值。</source>
      <translation>Each parameter is a history of dated values; a quarter's pay run uses the values in force on its last day.</translation>
    </message>
    <message>
      <source>读取数据失败：{0}</source>
      <translation>Could not read the data: {0}</translation>
    </message>
    <message>
      <source>内置默认</source>
      <translation>Built-in default</translation>
    </message>
    <message>
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>共 {0} 个参数</source>
      <translation>{0} parameters</translation>
    </message>
    <message>
      <source>录入</source>
      <translation>Entered</translation>
    </message>
    <message>
      <source>如 cap.个人客户经理（岗位每月最高限额，季度按 3 倍计；空值表示不设限额）</source>
      <translation>e.g. cap.个人客户经理 (a position's monthly cap; the quarter's is three times it; empty means no cap)</translation>
    </message>
    <message>
      <source>{0}：当前值 {1}</source>
      <translation>{0}: current value {1}</translation>
    </message>
    <message>
      <source>删除 {0} 起的取值 {1}？</source>
      <translation>Delete the value {1} effective from {0}?</translation>
    </message>
    <message>
      <source>删除失败：{0}</source>
      <translation>Could not delete: {0}</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <source>修改密码</source>
      <translation>Change password</translation>
    </message>
    <message>
      <source>重置密码：%1</source>
      <translation>Reset password: %1</translation>
    </message>
    <message>
      <source>原密码</source>
      <translation>Current password</translation>
    </message>
    <message>
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <source>确认新密码</source>
      <translation>New password again</translation>
    </message>
    <message>
      <source>确定</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>密码至少 %1 位。</source>
      <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
      <source>两次输入的密码不一致。</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <source>原密码不正确。</source>
      <translation>The current password is wrong.</translation>
    </message>
  </context>
  <context>
    <name>PayRunCard</name>
    <message>
      <source>打开绩效核算</source>
      <translation>Open the pay run</translation>
    </message>
    <message>
      <source>绩效核算 · %1</source>
      <translation>Pay run · %1</translation>
    </message>
    <message>
      <source>本季度尚未核算。</source>
      <translation>This quarter has not been computed yet.</translation>
    </message>
    <message>
      <source>状态：%1（第 %2 版），计算于 %3；阻断错误 %4 条，提示 %5 条</source>
      <translation>Status: %1 (version %2), computed %3; %4 blocking errors, %5 warnings</translation>
    </message>
  </context>
  <context>
    <name>PayRunModel</name>
    <message>
      <source>工号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>完成率</source>
      <translation>p</translation>
    </message>
    <message>
      <source>浮动工资</source>
      <translation>Floating</translation>
    </message>
    <message>
      <source>维护费</source>
      <translation>Maint.</translation>
    </message>
    <message>
      <source>利息奖励</source>
      <translation>Interest</translation>
    </message>
    <message>
      <source>贷款营销</source>
      <translation>Loan mkt.</translation>
    </message>
    <message>
      <source>存款营销</source>
      <translation>Dep. mkt.</translation>
    </message>
    <message>
      <source>银行卡</source>
      <translation>Bank card</translation>
    </message>
    <message>
      <source>POS</source>
      <translation>POS</translation>
    </message>
    <message>
      <source>代收代付</source>
      <translation>Agency</translation>
    </message>
    <message>
      <source>不良清收</source>
      <translation>NPL rec.</translation>
    </message>
    <message>
      <source>挽回时效</source>
      <translation>Restor.</translation>
    </message>
    <message>
      <source>限额扣减</source>
      <translation>Cap cut</translation>
    </message>
    <message>
      <source>时效处罚</source>
      <translation>Penalty</translation>
    </message>
    <message>
      <source>上季扣回</source>
      <translation>Carr. in</translation>
    </message>
    <message>
      <source>调整</source>
      <translation>Adj.</translation>
    </message>
    <message>
      <source>实发</source>
      <translation>Net</translation>
    </message>
    <message>
      <source>结转下季</source>
      <translation>Carry</translation>
    </message>
    <message>
      <source>追索扣回</source>
      <translation>Clawback</translation>
    </message>
    <message>
      <source>本季延期</source>
      <translation>Deferred</translation>
    </message>
    <message>
      <source>到期发放</source>
      <translation>Released</translation>
    </message>
    <message>
      <source>实发合计</source>
      <translation>Paid</translation>
    </message>
    <message>
      <source>延期余额</source>
      <translation>Def. balance</translation>
    </message>
    <message>
      <source>本季绩效</source>
      <translation>Net</translation>
    </message>
    <message>
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>双击查看计算过程</source>
      <translation>Double-click to see how it was computed</translation>
    </message>
  </context>
  <context>
    <name>PayRunOutput</name>
    <message>
      <source>打印预览</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>所选员工的工资条</source>
      <translation>Statements of the selected staff</translation>
    </message>
    <message>
      <source>全部工资条</source>
      <translation>All statements</translation>
    </message>
    <message>
      <source>绩效工资汇总表</source>
      <translation>Branch summary</translation>
    </message>
    <message>
      <source>保存全部工资条为 PDF…</source>
      <translation>Save all statements as PDF…</translation>
    </message>
    <message>
      <source>导出汇总表</source>
      <translation>Export summary</translation>
    </message>
    <message>
      <source>Excel 工作簿 (.xlsx)…</source>
      <translation>Excel workbook (.xlsx)…</translation>
    </message>
    <message>
      <source>PDF 文件 (.pdf)…</source>
      <translation>PDF file (.pdf)…</translation>
    </message>
    <message>
      <source>校验码查询…</source>
      <translation>Check a code…</translation>
    </message>
    <message>
      <source>我的工资条</source>
      <translation>My statement</translation>
    </message>
    <message>
      <source>绩效工资汇总表 %1</source>
      <translation>Branch summary %1</translation>
    </message>
    <message>
      <source>工资条 %1</source>
      <translation>Statements %1</translation>
    </message>
    <message>
      <source>正在生成 PDF</source>
      <translation>Making the PDF</translation>
    </message>
    <message>
      <source>已发送 %1 页到打印机</source>
      <translation>%1 pages sent to the printer</translation>
    </message>
    <message>
      <source>保存全部工资条到文件夹</source>
      <translation>Save all statements to a folder</translation>
    </message>
    <message>
      <source>正在保存工资条</source>
      <translation>Saving statements</translation>
    </message>
    <message>
      <source>已保存 %1 份工资条和汇总表（共 %2 个文件）到：
%3</source>
      <translation>%1 statements and the summary (%2 files) saved to:
%3</translation>
    </message>
    <message>
      <source>正在导出</source>
      <translation>Exporting</translation>
    </message>
    <message>
      <source>已导出：%1</source>
      <translation>Exported: %1</translation>
    </message>
    <message>
      <source>已导出：
%1</source>
      <translation>Exported:
%1</translation>
    </message>
  </context>
  <context>
    <name>PayRunPage</name>
    <message>
      <source>本季度的核算版本：重新打开后，已审批的版本保留为历史版本</source>
      <translation>The quarter's pay-run versions: after a reopen the approved version is kept</translation>
    </message>
    <message>
      <source>计算本季度</source>
      <translation>Compute quarter</translation>
    </message>
    <message>
      <source>季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <source>版本</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>图表…</source>
      <translation>Charts…</translation>
    </message>
    <message>
      <source>每人应发构成、综合任务完成率</source>
      <translation>Pay by component and completion for each person</translation>
    </message>
    <message>
      <source>双击金额查看计算过程（规则、公式、输入与参数）。</source>
      <translation>Double-click an amount to see how it was computed (rule, formula, inputs, parameters).</translation>
    </message>
    <message>
      <source>绩效核算</source>
      <translation>Pay run</translation>
    </message>
    <message>
      <source>%1 尚未核算。点击“计算本季度”。</source>
      <translation>%1 has not been computed. Click “Compute quarter”.</translation>
    </message>
    <message>
      <source>已保存 %1（%2），计算于 %3，操作人 %4</source>
      <translation>Saved %1 (%2), computed %3 by %4</translation>
    </message>
    <message>
      <source>；审批人 %1，%2</source>
      <translation>; approved by %1, %2</translation>
    </message>
    <message>
      <source>（理由：%1）</source>
      <translation> (reason: %1)</translation>
    </message>
    <message>
      <source>。这是历史版本，当前版本为 %1</source>
      <translation>. This is an earlier version; the current one is %1</translation>
    </message>
    <message>
      <source>。仅显示本人的核算结果</source>
      <translation>. Only your own pay is shown</translation>
    </message>
    <message>
      <source>已计算 %1（草稿已保存）</source>
      <translation>Computed %1 (draft saved)</translation>
    </message>
  </context>
  <context>
    <name>PayRunWorkflow</name>
    <message>
      <source>提交审批</source>
      <translation>Submit</translation>
    </message>
    <message>
      <source>审批…</source>
      <translation>Approve…</translation>
    </message>
    <message>
      <source>重新打开…</source>
      <translation>Reopen…</translation>
    </message>
    <message>
      <source>本季度已审批并锁定；如需更正，请由管理员重新打开</source>
      <translation>The quarter is approved and locked; an administrator must reopen it for corrections</translation>
    </message>
    <message>
      <source>本季度核算有阻断性错误，请先修正数据并重新计算</source>
      <translation>The pay run has blocking errors: correct the data and compute again</translation>
    </message>
    <message>
      <source>核算后数据已有修改，请先重新计算</source>
      <translation>The data changed after the computation; recompute first</translation>
    </message>
    <message>
      <source>只有草稿可以提交审批</source>
      <translation>Only a draft can be submitted</translation>
    </message>
    <message>
      <source>没有待审批的核算</source>
      <translation>Nothing to approve</translation>
    </message>
    <message>
      <source>审批人须为核算人和提交人以外的另一名管理员</source>
      <translation>Another administrator than the one who computed or submitted the run must approve</translation>
    </message>
    <message>
      <source>请先提交审批，再由核算人和提交人以外的另一名管理员审批</source>
      <translation>Submit first; then another administrator than the one who computed or submitted it approves</translation>
    </message>
    <message>
      <source>只有已审批的季度可以重新打开</source>
      <translation>Only an approved quarter can be reopened</translation>
    </message>
    <message>
      <source>已提交审批：%1</source>
      <translation>Submitted: %1</translation>
    </message>
    <message>
      <source>审批后本季度锁定：影响本季度的数据不能再修改，工资条不再带“草稿”水印并注明版本 %1。审批前自动备份数据库。</source>
      <translation>Approval locks the quarter: data that affects it can no longer change, and the statements lose the "draft" watermark and name version %1. The database is backed up first.</translation>
    </message>
    <message>
      <source>您是本次核算（%1）的计算人。本网点只有一名管理员，可以自行审批，但必须写明理由；理由与审批一起记入审计日志。</source>
      <translation>You computed this pay run (%1). A branch with one administrator may approve its own run with a written reason, which the audit trail records with the approval.</translation>
    </message>
    <message>
      <source>审批 %1 的核算结果（计算人：%2）。</source>
      <translation>Approve the pay run %1 (computed by %2).</translation>
    </message>
    <message>
      <source>审批绩效核算</source>
      <translation>Approve the pay run</translation>
    </message>
    <message>
      <source>审批</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>已审批：%1</source>
      <translation>Approved: %1</translation>
    </message>
    <message>
      <source>重新打开 %1 后，已审批的版本 %2 保留为历史版本，本季度按当前数据重新计算为新版本（草稿），更正后需要再次审批。</source>
      <translation>Reopening %1 keeps the approved version %2 and computes the quarter again from the current data as a new version (a draft), to be approved again after the corrections.</translation>
    </message>
    <message>
      <source>重新打开已审批的季度</source>
      <translation>Reopen an approved quarter</translation>
    </message>
    <message>
      <source>重新打开</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>%1 已重新打开并重新计算为新版本</source>
      <translation>%1 reopened and computed again as a new version</translation>
    </message>
    <message>
      <source>处理中</source>
      <translation>Working</translation>
    </message>
  </context>
  <context>
    <name>PendingDialog</name>
    <message>
      <source>待确认录入</source>
      <translation>Pending entries</translation>
    </message>
    <message>
      <source>客户经理录入的数据须经管理员确认后才计入绩效；退回后该条记录恢复为上次确认的内容（新录入的则删除）。</source>
      <translation>Entries made by credit officers count for pay only after an administrator confirms them; an entry sent back returns to its last confirmed values (a new one is removed).</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>记录</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <source>确认</source>
      <translation>Confirm</translation>
    </message>
    <message>
      <source>退回</source>
      <translation>Send back</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>第 %1 条</source>
      <translation>No. %1</translation>
    </message>
    <message>
      <source>没有待确认的录入。</source>
      <translation>No pending entries.</translation>
    </message>
    <message>
      <source>请先选择要确认的录入。</source>
      <translation>Select the entries to confirm first.</translation>
    </message>
    <message>
      <source>已确认 %1 条录入。</source>
      <translation>%1 entries confirmed.</translation>
    </message>
    <message>
      <source>请先选择要退回的录入。</source>
      <translation>Select the entries to send back first.</translation>
    </message>
    <message>
      <source>已退回 %1 条录入。</source>
      <translation>%1 entries sent back.</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <source>当前用户无权执行此操作</source>
      <translation>The current user may not do this</translation>
    </message>
  </context>
  <context>
    <name>PickerField</name>
    <message>
      <source>编号、名称或拼音首字母</source>
      <translation>Number, name or pinyin initials</translation>
    </message>
    <message>
      <source>未找到</source>
      <translation>Not found</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderPage</name>
    <message>
      <source>“%1”页面暂不可用。</source>
      <translation>The page “%1” is not available yet.</translation>
    </message>
  </context>
  <context>
    <name>PrintOptionsDialog</name>
    <message>
      <source>打印选项</source>
      <translation>Print options</translation>
    </message>
    <message>
      <source>双面打印（每人的工资条从新的一张纸开始）</source>
      <translation>Two-sided (each person's statement starts on a new sheet)</translation>
    </message>
    <message>
      <source> 份</source>
      <translation> copies</translation>
    </message>
    <message>
      <source>双面打印时，页数为单数的工资条后面补一张空白页。</source>
      <translation>When printing two-sided, a statement with an odd number of pages is followed by a blank page.</translation>
    </message>
    <message>
      <source>每人份数</source>
      <translation>Copies per person</translation>
    </message>
    <message>
      <source>下一步</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>打印机未能开始打印（请检查打印机或输出文件）</source>
      <translation>The printer did not start (check the printer or the output file)</translation>
    </message>
    <message>
      <source>打印机不接受新的一页</source>
      <translation>The printer refused a new page</translation>
    </message>
    <message>
      <source>正在生成打印页面……</source>
      <translation>Making the pages…</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>打印失败：%1</source>
      <translation>Printing failed: %1</translation>
    </message>
    <message>
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <source>打印预览</source>
      <translation>Print preview</translation>
    </message>
  </context>
  <context>
    <name>ProblemModel</name>
    <message>
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>工作表</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>行</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>列</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>说明</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>提示</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>错误</source>
      <translation>Error</translation>
    </message>
  </context>
  <context>
    <name>ProblemTable</name>
    <message>
      <source>导出为 Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <source>错误 %1 处，提示 %2 处</source>
      <translation>%1 errors, %2 warnings</translation>
    </message>
    <message>
      <source>导出问题清单</source>
      <translation>Export the problems</translation>
    </message>
    <message>
      <source>导入问题清单.xlsx</source>
      <translation>import-problems.xlsx</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>导出失败</source>
      <translation>Export failed</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <source>理由（必填，记入审计日志）</source>
      <translation>Reason (required; recorded in the audit trail)</translation>
    </message>
    <message>
      <source>审批意见（可不填，记入审计日志）</source>
      <translation>Remarks (optional; recorded in the audit trail)</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ReceiptDialog</name>
    <message>
      <source>登记回执 · 合同 {0}</source>
      <translation>Record receipt · contract {0}</translation>
    </message>
    <message>
      <source>借款人（催收签收）</source>
      <translation>Borrower (demand signed)</translation>
    </message>
    <message>
      <source>保证人 {0}（催收保证人）</source>
      <translation>Guarantor {0} (guarantor demanded)</translation>
    </message>
    <message>
      <source>回执上签字的人</source>
      <translation>Who signed the receipt</translation>
    </message>
    <message>
      <source>可选：回执扫描件</source>
      <translation>Optional: scanned receipt</translation>
    </message>
    <message>
      <source>选择文件…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <source>签收日期</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <source>签收对象</source>
      <translation>Signed for</translation>
    </message>
    <message>
      <source>签收人</source>
      <translation>Signed by</translation>
    </message>
    <message>
      <source>扫描件</source>
      <translation>Scan</translation>
    </message>
    <message>
      <source>登记</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>登记后，该笔贷款的时效状态立即更新。</source>
      <translation>Once recorded, the loan's limitation status is updated at once.</translation>
    </message>
    <message>
      <source>选择回执扫描件</source>
      <translation>Choose the scanned receipt</translation>
    </message>
    <message>
      <source>图片或 PDF (*.png *.jpg *.jpeg *.pdf)</source>
      <translation>Images or PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
      <source>请填写签收日期</source>
      <translation>Enter the signing date</translation>
    </message>
    <message>
      <source>请填写签收人</source>
      <translation>Enter who signed</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>编辑{0}</source>
      <translation>Edit {0}</translation>
    </message>
    <message>
      <source>新增{0}</source>
      <translation>New {0}</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>重新载入</source>
      <translation>Reload</translation>
    </message>
    <message>
      <source>查看{0}（只读）</source>
      <translation>View {0} (read-only)</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>保存失败：{0}</source>
      <translation>Could not save: {0}</translation>
    </message>
    <message>
      <source>放弃未保存的修改？</source>
      <translation>Discard the unsaved changes?</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>{0} · {1}：{2}</source>
      <translation>{0} · {1}: {2}</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
  </context>
  <context>
    <name>ReportFiles</name>
    <message>
      <source>PDF 文件 (*.pdf)</source>
      <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <source>已保存</source>
      <translation>Saved</translation>
    </message>
    <message>
      <source>打开文件夹</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>正在导入 %1 …</source>
      <translation>Importing %1 …</translation>
    </message>
    <message>
      <source>导入完成。</source>
      <translation>Import done.</translation>
    </message>
    <message>
      <source>导入被拒绝，数据库未作任何修改。</source>
      <translation>Import rejected; nothing was changed.</translation>
    </message>
    <message>
      <source>导入失败。</source>
      <translation>Import failed.</translation>
    </message>
  </context>
  <context>
    <name>SchemePage</name>
    <message>
      <source>绩效方案</source>
      <translation>Pay scheme</translation>
    </message>
    <message>
      <source>程序带有一套默认方案。发放第一次绩效工资前，管理员必须设置下面两项（为 0 时核算会提示“未设置”）。也可以以后在“方案参数”页设置。</source>
      <translation>The program comes with a default scheme. Before the first pay run an administrator must set the two values below (at 0 the pay run reports them as not configured). They can also be set later on the Scheme parameters page.</translation>
    </message>
    <message>
      <source>发放第一次绩效工资前须设置</source>
      <translation>To set before the first pay run</translation>
    </message>
    <message>
      <source>浮动工资月基数（元）</source>
      <translation>Floating wage monthly base (yuan)</translation>
    </message>
    <message>
      <source>不良清收奖励比例</source>
      <translation>NPL recovery reward rate</translation>
    </message>
    <message>
      <source>生效日期</source>
      <translation>Effective from</translation>
    </message>
    <message>
      <source>金额精确到分，比例按百分数填写（如 2.5 表示 2.5%）；留空表示保持当前值。</source>
      <translation>Amounts to the fen; the rate as a percentage (2.5 means 2.5%). Leave a field empty to keep the current value.</translation>
    </message>
    <message>
      <source>参数</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <source>当前值</source>
      <translation>Current value</translation>
    </message>
    <message>
      <source>当前方案（其他参数可以以后在“方案参数”页修改）</source>
      <translation>Current scheme (the other parameters can be changed later on the Scheme parameters page)</translation>
    </message>
    <message>
      <source>未设置</source>
      <translation>not set</translation>
    </message>
    <message>
      <source>当前：%1</source>
      <translation>Current: %1</translation>
    </message>
    <message>
      <source>浮动工资月基数应为不小于 0 的金额，最多两位小数：%1</source>
      <translation>The floating-wage monthly base must be an amount of at least 0 with at most two decimals: %1</translation>
    </message>
    <message>
      <source>不良清收奖励比例应为 0 到 100 之间的百分数，最多四位小数：%1</source>
      <translation>The NPL recovery rate must be a percentage from 0 to 100 with at most four decimals: %1</translation>
    </message>
    <message>
      <source>请填写生效日期。</source>
      <translation>Please enter the date from which it applies.</translation>
    </message>
    <message>
      <source>正在保存方案参数…</source>
      <translation>Saving the scheme values…</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <source>关闭时备份失败</source>
      <translation>Backup on close failed</translation>
    </message>
    <message>
      <source>关闭时未能备份数据库：%1
数据库本身没有受影响。请检查备份文件夹所在磁盘的空间和权限，下次关闭时会再试。</source>
      <translation>The database could not be backed up on close: %1
The database itself is not affected. Please check the free space and permissions of the backup folder's disk; the next close tries again.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>更改语言后，需要重新启动程序才能生效。</source>
      <translation>A change of language takes effect when the program is started again.</translation>
    </message>
    <message>
      <source>界面语言</source>
      <translation>Language</translation>
    </message>
    <message>
      <source> 分钟</source>
      <translation> min</translation>
    </message>
    <message>
      <source>不锁定</source>
      <translation>Never</translation>
    </message>
    <message>
      <source>无人操作这么久后锁定屏幕，需要输入密码才能继续；0 表示不锁定。</source>
      <translation>The screen locks after this long without input; the password is needed to go on. 0 means never.</translation>
    </message>
    <message>
      <source>只有管理员可以更改。</source>
      <translation>Only an administrator can change this.</translation>
    </message>
    <message>
      <source>自动锁定</source>
      <translation>Lock after</translation>
    </message>
  </context>
  <context>
    <name>SimulationPage</name>
    <message>
      <source>保存草稿…</source>
      <translation>Save draft…</translation>
    </message>
    <message>
      <source>删除草稿</source>
      <translation>Delete draft</translation>
    </message>
    <message>
      <source>运行测算 (F5)</source>
      <translation>Run (F5)</translation>
    </message>
    <message>
      <source>季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <source>方案草稿</source>
      <translation>Draft</translation>
    </message>
    <message>
      <source>对比</source>
      <translation>Compare with</translation>
    </message>
    <message>
      <source>参数</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <source>现行值</source>
      <translation>In force</translation>
    </message>
    <message>
      <source>模拟值</source>
      <translation>Draft value</translation>
    </message>
    <message>
      <source>导出 Excel</source>
      <translation>Export Excel</translation>
    </message>
    <message>
      <source>导出 PDF</source>
      <translation>Export PDF</translation>
    </message>
    <message>
      <source>采用为新参数…</source>
      <translation>Adopt as new parameters…</translation>
    </message>
    <message>
      <source>模拟测算</source>
      <translation>What-if</translation>
    </message>
    <message>
      <source>（未保存）</source>
      <translation>(not saved)</translation>
    </message>
    <message>
      <source>（不对比）</source>
      <translation>(no comparison)</translation>
    </message>
    <message>
      <source>保存草稿</source>
      <translation>Save draft</translation>
    </message>
    <message>
      <source>草稿名称：</source>
      <translation>Draft name:</translation>
    </message>
    <message>
      <source>当前草稿</source>
      <translation>This draft</translation>
    </message>
    <message>
      <source>正在测算…</source>
      <translation>Computing…</translation>
    </message>
    <message>
      <source>测算失败：{0}</source>
      <translation>The simulation failed: {0}</translation>
    </message>
    <message>
      <source>测算完成：结果未写入数据库。</source>
      <translation>Done: nothing was saved to the database.</translation>
    </message>
    <message>
      <source>工号</source>
      <translation>Staff</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>现行应发</source>
      <translation>Net now</translation>
    </message>
    <message>
      <source>{0} 应发</source>
      <translation>Net, {0}</translation>
    </message>
    <message>
      <source>{0} 差额</source>
      <translation>Change, {0}</translation>
    </message>
    <message>
      <source>现行实发</source>
      <translation>Paid now</translation>
    </message>
    <message>
      <source>模拟实发</source>
      <translation>Paid, draft</translation>
    </message>
    <message>
      <source>变动项目</source>
      <translation>What moved</translation>
    </message>
    <message>
      <source>在左侧“模拟值”一列输入要试算的参数值（双击或直接键入），然后点“运行测算”。</source>
      <translation>Type the values to try in the “Draft value” column on the left (double-click or just type), then click “Run”.</translation>
    </message>
    <message>
      <source>应发合计：现行 {0}</source>
      <translation>Total net: now {0}</translation>
    </message>
    <message>
      <source>{0} {1}（{2}）</source>
      <translation>{0} {1} ({2})</translation>
    </message>
    <message>
      <source>有变动 {0} 人</source>
      <translation>{0} staff members change</translation>
    </message>
    <message>
      <source>导出模拟测算</source>
      <translation>Export the simulation</translation>
    </message>
    <message>
      <source>模拟测算_{0}</source>
      <translation>what-if_{0}</translation>
    </message>
    <message>
      <source>已保存：{0}</source>
      <translation>Saved: {0}</translation>
    </message>
    <message>
      <source>已采用为新参数，可在“方案参数”中查看。</source>
      <translation>Adopted as new parameters; see “Scheme parameters”.</translation>
    </message>
  </context>
  <context>
    <name>StaleBanner</name>
    <message>
      <source>重新计算(&amp;R)</source>
      <translation>&amp;Recompute</translation>
    </message>
    <message>
      <source>按当前数据重新计算本季度（保存为新的草稿）</source>
      <translation>Compute the quarter again from the current data (saved as the draft)</translation>
    </message>
    <message>
      <source>%1 计算之后数据已有修改，显示的金额、错误和提示都是旧数据的结果，不能提交或审批。</source>
      <translation>The data changed after %1 was computed: the amounts, errors and warnings shown are those of the old data, and it cannot be submitted or approved. </translation>
    </message>
    <message>
      <source>请重新计算。</source>
      <translation>Please recompute.</translation>
    </message>
    <message>
      <source>请由管理员重新计算。</source>
      <translation>An administrator must recompute it.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>无法打开数据库</source>
      <translation>Cannot open the database</translation>
    </message>
    <message>
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>数据库正在使用</source>
      <translation>Database in use</translation>
    </message>
    <message>
      <source>这个数据库已经在另一个 ruralperf 窗口中打开：
%1</source>
      <translation>This database is already open in another ruralperf window:
%1</translation>
    </message>
    <message>
      <source>为避免损坏数据，本窗口不会打开它。请切换到已经打开的窗口继续工作；如果那个窗口刚刚关闭，请稍候再启动。</source>
      <translation>To keep the data safe, this window does not open it. Please go on in the window that has it open; if that window was just closed, wait a moment and start again.</translation>
    </message>
    <message>
      <source>程序没有修改、也不会删除这个文件。恢复方法：退出程序，把损坏的文件改名留存（以便检查），再把上面这个备份文件复制到原位置，并改为原来的文件名。</source>
      <translation>The program has not changed this file and will never delete it. The way back: quit, rename the damaged file (keep it for inspection), then copy the backup named above to the original place under the original file name.</translation>
    </message>
    <message>
      <source>程序没有修改、也不会删除这个文件。请联系技术支持，或从其他位置的备份恢复。</source>
      <translation>The program has not changed this file and will never delete it. Please contact support, or restore from a backup kept elsewhere.</translation>
    </message>
    <message>
      <source>数据库已损坏</source>
      <translation>Database damaged</translation>
    </message>
    <message>
      <source>打开备份文件夹</source>
      <translation>Open backup folder</translation>
    </message>
    <message>
      <source>注意</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>知道了</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>TablePage</name>
    <message>
      <source>读取数据失败：{0}</source>
      <translation>Could not read the data: {0}</translation>
    </message>
    <message>
      <source>搜索：编号、名称或拼音首字母</source>
      <translation>Search: number, name or pinyin initials</translation>
    </message>
    <message>
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>编辑</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>导出当前视图</source>
      <translation>Export this view</translation>
    </message>
    <message>
      <source>全部{0}</source>
      <translation>{0}: all</translation>
    </message>
    <message>
      <source>已显示 {0} 条，正在计数……</source>
      <translation>{0} shown, counting…</translation>
    </message>
    <message>
      <source>共 {0} 条，已显示 {1} 条</source>
      <translation>{0} rows, {1} shown</translation>
    </message>
    <message>
      <source>删除所选{0}记录？此操作不能撤销。</source>
      <translation>Delete the selected {0} record? This cannot be undone.</translation>
    </message>
    <message>
      <source>删除失败：{0}</source>
      <translation>Could not delete: {0}</translation>
    </message>
  </context>
  <context>
    <name>TargetsPage</name>
    <message>
      <source>复制上季度目标</source>
      <translation>Copy last quarter's targets</translation>
    </message>
    <message>
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>放弃修改</source>
      <translation>Discard changes</translation>
    </message>
    <message>
      <source>季度</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <source>读取数据失败：{0}</source>
      <translation>Could not read the data: {0}</translation>
    </message>
    <message>
      <source>{0}：{1} 名员工，已录入 {2} 名</source>
      <translation>{0}: {1} staff, {2} entered</translation>
    </message>
    <message>
      <source>放弃未保存的修改？</source>
      <translation>Discard the unsaved changes?</translation>
    </message>
    <message>
      <source>{0} {1}：{2}</source>
      <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
      <source>标红的单元格不能保存，原文保留：</source>
      <translation>The cells marked red cannot be saved; what was typed is kept:</translation>
    </message>
    <message>
      <source>已复制上季度 {0} 名员工的目标，核对后请保存</source>
      <translation>Copied last quarter's targets of {0} staff; check them, then save</translation>
    </message>
    <message>
      <source>未保存：请改正标红的单元格（鼠标停留可见原因）</source>
      <translation>Not saved: correct the cells marked red (hover to see why)</translation>
    </message>
    <message>
      <source>保存失败：{0}</source>
      <translation>Could not save: {0}</translation>
    </message>
    <message>
      <source>其他用户已修改本季度的任务目标，您的修改没有保存。复制您的输入后，可点“放弃修改”载入当前数据。</source>
      <translation>Someone else changed this quarter's targets; your changes were not saved. Copy your input, then press "Discard changes" to load the current values.</translation>
    </message>
  </context>
  <context>
    <name>TextField</name>
    <message>
      <source>如 60 或 60%</source>
      <translation>e.g. 60 or 60%</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <source>用户管理</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>工号</source>
      <translation>Staff no.</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>State</translation>
    </message>
    <message>
      <source>管理员：可以做所有的事；客户经理：录入数据，查看本人的工资单；审计员：查看全部，不能修改。</source>
      <translation>Administrator: everything. Credit officer: enters data, sees own statements. Auditor: reads everything, changes nothing.</translation>
    </message>
    <message>
      <source>客户经理的员工工号，用于查看本人工资单</source>
      <translation>The credit officer's staff number, for their own statements</translation>
    </message>
    <message>
      <source>添加用户</source>
      <translation>Add user</translation>
    </message>
    <message>
      <source>重置密码…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <source>停用</source>
      <translation>Disable</translation>
    </message>
    <message>
      <source>更改角色</source>
      <translation>Change role</translation>
    </message>
    <message>
      <source>选中的用户</source>
      <translation>Selected user</translation>
    </message>
    <message>
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>确认密码</source>
      <translation>Confirm password</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>只有管理员可以添加用户。</source>
      <translation>Only an administrator can add users.</translation>
    </message>
    <message>
      <source>在用</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>已停用</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <source>启用</source>
      <translation>Enable</translation>
    </message>
    <message>
      <source>已重置 %1 的密码。</source>
      <translation>The password of %1 was reset.</translation>
    </message>
    <message>
      <source>已启用 %1。</source>
      <translation>%1 enabled.</translation>
    </message>
    <message>
      <source>已停用 %1。</source>
      <translation>%1 disabled.</translation>
    </message>
    <message>
      <source>%1 的角色已改为%2。</source>
      <translation>%1 is now: %2.</translation>
    </message>
    <message>
      <source>请输入用户名。</source>
      <translation>Please enter a user name.</translation>
    </message>
    <message>
      <source>密码至少 %1 位。</source>
      <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
      <source>两次输入的密码不一致。</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <source>客户经理须填写工号（用于查看本人的工资单）。</source>
      <translation>A credit officer needs a staff number (for their own statements).</translation>
    </message>
    <message>
      <source>已添加用户 %1（%2）。</source>
      <translation>User %1 added (%2).</translation>
    </message>
  </context>
  <context>
    <name>VerifyCodeDialog</name>
    <message>
      <source>校验码查询</source>
      <translation>Check a verification code</translation>
    </message>
    <message>
      <source>请输入工资条或汇总表页脚上的校验码（如 K3QF-7XAB）：</source>
      <translation>Type the code printed in the footer of a statement or summary (e.g. K3QF-7XAB):</translation>
    </message>
    <message>
      <source>查询</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>正在查询……</source>
      <translation>Checking…</translation>
    </message>
  </context>
  <context>
    <name>YearGrid</name>
    <message>
      <source>%1 月</source>
      <translation>Month %1</translation>
    </message>
  </context>
</TS>
