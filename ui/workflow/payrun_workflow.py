"""The pay-run workflow on the pay-run page: draft -> submitted -> approved, and reopening an
approved quarter. The buttons act on the quarter's newest run; the core checks every rule
(roles, the second administrator, reasons) and the buttons follow the same rules so that a
user is only offered what can succeed.

- 提交审批: a draft without blocking errors, by a user who may "submit".
- 审批…: a draft or submitted run without blocking errors, by a user who may "approve". The
  approver must differ from who computed the run, unless the branch has one administrator, who
  then gives a written reason (recorded). A backup is taken first; the quarter is then locked.
- 重新打开…: an approved run, by a user who may "reopen", with a reason. The approved run stays
  as a numbered version and the quarter is computed again as the next version (a draft)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from ruralperf.domain.periods import Quarter
from ruralperf.workspace import StoredPayRun
from ui.records.background import run_for
from ui.trust.permissions import allowed, denied_text
from ui.workflow.approval_notes import committee_html
from ui.workflow.reason_dialog import ReasonDialog

if TYPE_CHECKING:  # the page imports this module
    from ui.workflow.payrun_page import PayRunPage

DRAFT, SUBMITTED, APPROVED, SUPERSEDED = "draft", "submitted", "approved", "superseded"


@dataclass(frozen=True)
class RunState:
    """What the page knows about a quarter (loaded together on the worker)."""

    quarter: Quarter
    latest: StoredPayRun | None  # the newest version (the one the workflow acts on)
    shown: StoredPayRun | None  # the version on screen (the newest unless picked)
    versions: tuple[tuple[int, str], ...] = ()
    admins: int = 1
    username: str = ""
    stale: bool = False  # the newest run read data that changed since (Workspace.pay_run_stale)

    @property
    def status(self) -> str:
        return self.latest.status if self.latest is not None else "none"

    @property
    def blocking(self) -> bool:
        return self.latest is not None and self.latest.result.blocking

    @property
    def self_approval(self) -> bool:
        """The user computed or submitted the run (or would submit it by approving a draft)."""
        if self.latest is None:
            return False
        submitter = self.latest.submitted_by or self.username
        return self.username in (self.latest.computed_by, submitter)


class PayRunWorkflow(QObject):
    def __init__(self, page: PayRunPage):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.state: RunState | None = None
        self.dialog: ReasonDialog | None = None
        self.submit_button = QPushButton(self.tr("提交审批"), page)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button = QPushButton(self.tr("审批…"), page)
        self.approve_button.clicked.connect(lambda: self.approve())
        self.reopen_button = QPushButton(self.tr("重新打开…"), page)
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.buttons = (self.submit_button, self.approve_button, self.reopen_button)

    # -- state -------------------------------------------------------------------------------
    def can_compute(self, state: RunState | None) -> tuple[bool, str]:
        """Whether computing (again) is possible in `state`, and why not."""
        if not allowed(self.ctx, "compute"):
            return False, denied_text()
        if state is not None and state.status == APPROVED:
            return False, self.tr("本季度已审批并锁定；如需更正，请由管理员重新打开")
        return True, ""

    def update_state(self, state: RunState | None, busy: bool = False) -> None:
        self.state = state
        status = state.status if state else "none"
        blocked = self.tr("本季度核算有阻断性错误，请先修正数据并重新计算")

        def set_button(button: QPushButton, action: str, possible: bool, why: str) -> None:
            ok = allowed(self.ctx, action)  # officers and auditors are not offered it at all
            button.setVisible(ok)
            button.setEnabled(ok and possible and not busy)
            button.setToolTip("" if possible else why)

        stale = self.tr("核算后数据已有修改，请先重新计算")
        set_button(self.submit_button, "submit",
                   state is not None and status == DRAFT and not state.blocking
                   and not state.stale,
                   stale if state and state.stale else
                   blocked if state and state.blocking else self.tr("只有草稿可以提交审批"))
        approvable = state is not None and status in (DRAFT, SUBMITTED) and not state.blocking \
            and not state.stale
        why = stale if state and state.stale else \
            blocked if state and state.blocking else self.tr("没有待审批的核算")
        if state is not None and approvable and state.self_approval and state.admins > 1:
            why = self.tr("审批人须为核算人和提交人以外的另一名管理员") if status == SUBMITTED \
                else self.tr("请先提交审批，再由核算人和提交人以外的另一名管理员审批")
            approvable = False
        set_button(self.approve_button, "approve", approvable, why)
        set_button(self.reopen_button, "reopen", status == APPROVED,
                   self.tr("只有已审批的季度可以重新打开"))

    # -- actions -----------------------------------------------------------------------------
    def submit(self) -> None:
        state = self.state
        if state is None or state.latest is None:
            return
        ws, quarter = self.ctx.workspace, state.quarter
        self._run(lambda progress: ws.submit_pay_run(quarter),
                  self.tr("已提交审批：%1").replace("%1", state.latest.label))

    def approve(self, reason: str | None = None) -> ReasonDialog | None:
        """Approve the quarter; without `reason`, ask for one first (window-modal dialog)."""
        state = self.state
        if state is None or state.latest is None:
            return None
        if reason is None:
            label = state.latest.label
            lock = self.tr("审批后本季度锁定：影响本季度的数据不能再修改，工资条不再带“草稿”"
                           "水印并注明版本 %1。审批前自动备份数据库。").replace("%1", label)
            if state.self_approval:
                text = self.tr("您是本次核算（%1）的计算人。本网点只有一名管理员，可以自行审批，"
                               "但必须写明理由；理由与审批一起记入审计日志。").replace("%1", label)
            else:
                text = self.tr("审批 %1 的核算结果（计算人：%2）。").replace("%1", label) \
                    .replace("%2", state.latest.computed_by)
            notes = committee_html(state.latest.result)
            self.dialog = ReasonDialog(self.tr("审批绩效核算"),
                                       f"<p>{text}</p>{notes}<p>{lock}</p>",
                                       self.tr("审批"), state.self_approval, self.page)
            self.dialog.accepted_reason.connect(lambda text: self.approve(text))
            self.dialog.open()
            return self.dialog
        ws, quarter = self.ctx.workspace, state.quarter
        self._run(lambda progress: ws.approve_pay_run(quarter, reason or None),
                  self.tr("已审批：%1").replace("%1", state.latest.label))
        return None

    def reopen(self, reason: str | None = None) -> ReasonDialog | None:
        """Reopen the approved quarter; without `reason`, ask for one first."""
        state = self.state
        if state is None or state.latest is None:
            return None
        if reason is None:
            text = self.tr("重新打开 %1 后，已审批的版本 %2 保留为历史版本，本季度按当前数据重新"
                           "计算为新版本（草稿），更正后需要再次审批。").replace("%1", str(state.quarter)) \
                .replace("%2", state.latest.label)
            self.dialog = ReasonDialog(self.tr("重新打开已审批的季度"), f"<p>{text}</p>",
                                       self.tr("重新打开"), True, self.page)
            self.dialog.accepted_reason.connect(lambda text: self.reopen(text))
            self.dialog.open()
            return self.dialog
        ws, quarter = self.ctx.workspace, state.quarter
        self._run(lambda progress: ws.reopen_pay_run(quarter, reason),
                  self.tr("%1 已重新打开并重新计算为新版本").replace("%1", str(quarter)))
        return None

    def _run(self, fn, done_text: str) -> None:
        for button in self.buttons:
            button.setEnabled(False)
        self.page.bar.start(self.tr("处理中"))
        run_for(self.page, fn, on_done=lambda _result: self._done(done_text),
                on_error=self._failed)

    def _done(self, text: str) -> None:
        self.page.bar.finish()
        self.page.after_workflow(text)

    def _failed(self, exc: BaseException) -> None:
        self.page.bar.finish()
        self.page.show_error(exc)
        self.page.refresh()
