"""What the current user may do, for widgets. The core enforces every role (a denied call raises
`AccessDenied`); the UI also disables or hides what the user may not do, so nobody is offered a
button that can only fail.

    allowed(ctx, "approve")                     -> bool
    guard(button, ctx, "import")                 disabled (with a tooltip) unless allowed;
                                                 checked again whenever the widget's page is shown
    guard(action, ctx, "statements", hide=True)  hidden unless allowed

Actions are those of `ruralperf.domain.users.PERMISSIONS`."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

GUARDED = "trustGuarded"  # dynamic property: disabled here (not by the page itself)


def allowed(ctx, action: str) -> bool:
    """Whether the current user of `ctx.workspace` may do `action`."""
    can = getattr(ctx.workspace, "can", None)
    return True if can is None else bool(can(action))


def current_user(ctx):
    return getattr(ctx.workspace, "user", None)


def own_staff_only(ctx) -> bool:
    """True for a user who may see only their own statement (a credit officer)."""
    return allowed(ctx, "own_statement") and not allowed(ctx, "statements")


def own_staff_no(ctx) -> str | None:
    user = current_user(ctx)
    return getattr(user, "staff_no", None) if user is not None else None


def denied_text() -> str:
    return QCoreApplication.translate("Permissions", "当前用户无权执行此操作")


def apply(target: QWidget | QAction, ctx, action: str, hide: bool = False) -> bool:
    """Disable (or hide) `target` unless the user may do `action`; returns whether allowed.
    A target disabled here is enabled again when allowed; one the page disabled for its own
    reasons (busy, nothing selected) is left as it is."""
    ok = allowed(ctx, action)
    if not ok:
        target.setProperty(GUARDED, True)
        target.setEnabled(False)
        target.setToolTip(denied_text())
        if hide:
            target.setVisible(False)
    elif target.property(GUARDED):
        target.setProperty(GUARDED, False)
        target.setEnabled(True)
        target.setToolTip("")
        if hide:
            target.setVisible(True)
    return ok


class _Reapply(QObject):
    """Re-applies the guards of one page each time it is shown (the user may have changed)."""

    def __init__(self, page: QWidget, ctx):
        super().__init__(page)
        self.ctx = ctx
        self.targets: list[tuple[QWidget | QAction, str, bool]] = []
        page.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            for target, action, hide in self.targets:
                apply(target, self.ctx, action, hide)
        return False


def guard(target: QWidget | QAction, ctx, action: str, hide: bool = False,
          page: QWidget | None = None) -> bool:
    """`apply` now, and again whenever `page` (default: the target) is shown. For controls
    of pages built by other code, set from outside."""
    watched = page or (target if isinstance(target, QWidget) else target.parent())
    if isinstance(watched, QWidget):
        reapply = next((c for c in watched.children() if isinstance(c, _Reapply)), None) \
            or _Reapply(watched, ctx)
        reapply.targets.append((target, action, hide))
    return apply(target, ctx, action, hide)


def restrict_pages(pages: dict, ctx) -> None:
    """Role-aware controls on pages owned elsewhere, set from outside: the import page's
    buttons need "import"; the home page's demo data needs "import" too. Pages that already
    follow the user's rights themselves (the data pages, the pay run) are left alone."""
    page = pages.get("import")
    if page is not None:
        button = getattr(page, "start_button", None)
        if button is not None:
            guard(button, ctx, "import", page=page)
    home = pages.get("home")
    demo = getattr(home, "demo_button", None)
    if demo is not None:
        guard(demo, ctx, "import", page=home)
