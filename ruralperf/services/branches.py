"""Which branch of a database a client works on. One database can hold a county union's
branches (PostgreSQL); the client names its branch at start (`--branch CODE`, RURALPERF_BRANCH).

A database without any branch gets its first one when it is opened (the given code, else the
default). On a database that has branches, an unknown code is refused (`UnknownBranch`, with the
known codes and names): a mistyped code must never make a new, empty branch. Branches are added
explicitly, by an administrator (`add_branch`, `ruralperf init --branch CODE`), and audited."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ruralperf.calendar_seed import builtin_days
from ruralperf.db import models as m
from ruralperf.db.engine import read_session, write_session
from ruralperf.errors import UserError
from ruralperf.security import audit

DEFAULT_BRANCH = ("0001", "本网点")


class UnknownBranch(UserError):
    """`code` is not a branch of this database; `known` lists (code, name) by creation."""

    def __init__(self, code: str, known: list[tuple[str, str]]):
        self.branch_code = code
        self.known = known
        super().__init__("unknown_branch", value=code,
                         known=", ".join(f"{c} {n}" for c, n in known))


def _find(s: Session, code: str | None) -> m.Branch | None:
    if code:
        return s.scalar(select(m.Branch).where(m.Branch.code == code))
    return s.scalar(select(m.Branch).order_by(m.Branch.id).limit(1))


def _get(s: Session, branch_id: int) -> m.Branch:
    b = s.get(m.Branch, branch_id)
    if b is None:  # branches are never deleted: a bug, or a database replaced underneath
        raise LookupError(f"branch {branch_id} is not in the database")
    return b


def code_and_name(s: Session, branch_id: int) -> tuple[str, str]:
    b = _get(s, branch_id)
    return b.code, b.name


def known_branches(s: Session) -> list[tuple[str, str]]:
    return [(b.code, b.name) for b in s.scalars(select(m.Branch).order_by(m.Branch.id))]


def choose_branch(engine: Engine, code: str | None, new_name: str | None = None) -> int:
    """The id of branch `code` (None: the first branch), seeding the holiday calendar and, in a
    database without branches, the first branch (`code` or the default, named `new_name` or the
    default name). Raises UnknownBranch for an unknown code in a database that has branches."""
    code = code.strip() if code else None
    with read_session(engine) as s:
        branch = _find(s, code)
        has_calendar = s.scalar(select(m.CalendarYearRow.year).limit(1)) is not None
        if branch is None and s.scalar(select(m.Branch.id).limit(1)) is not None:
            raise UnknownBranch(code or "", known_branches(s))
    if branch is not None and has_calendar:
        return branch.id
    with write_session(engine) as s:
        # Looked up again under the write lock: another client may have seeded meanwhile.
        if s.scalar(select(m.CalendarYearRow.year).limit(1)) is None:
            days, years = builtin_days()
            s.add_all(m.HolidayRow(day=d, is_workday=w, name=n) for d, w, n in days)
            s.add_all(m.CalendarYearRow(year=y) for y in years)
        branch = _find(s, code)
        if branch is not None:
            return branch.id
        known = known_branches(s)
        if not known:  # a fresh database: its first branch
            code, name = checked(code or DEFAULT_BRANCH[0], new_name or "")
            branch = m.Branch(code=code, name=name or DEFAULT_BRANCH[1])
            s.add(branch)
            s.flush()
            return branch.id
    raise UnknownBranch(code or "", known)  # after the calendar is committed


CODE_MAX, NAME_MAX = 20, 100  # the columns' lengths


def checked(code: str, name: str) -> tuple[str, str]:
    """The code and name trimmed, or a UserError when they do not fit the columns."""
    code, name = (code or "").strip(), (name or "").strip()
    if not code or len(code) > CODE_MAX:
        raise UserError("branch_code_invalid", value=code, n=CODE_MAX)
    if len(name) > NAME_MAX:
        raise UserError("branch_name_too_long", n=NAME_MAX)
    return code, name


def rename_branch(engine: Engine, branch_id: int, code: str, name: str, by_user: str) -> None:
    """Change a branch's code and name (audited); a code another branch has is refused."""
    code, name = checked(code, name)
    with write_session(engine) as s:
        other = _find(s, code)
        if other is not None and other.id != branch_id:
            raise UserError("branch_code_taken", value=code, name=other.name)
        b = _get(s, branch_id)
        old = {"code": b.code, "name": b.name}
        b.code, b.name = code, name
        audit.append(s, branch_id, by_user, "form",
                     [audit.Change("update", "branches", str(branch_id), old,
                                   {"code": code, "name": name})])


def add_branch(engine: Engine, code: str, name: str, by_user: str) -> tuple[int, bool]:
    """(id, created): the branch `code`, added with `name` (and an audit entry) unless it is
    already there (then left as it is). The caller checks the permission."""
    code, name = checked(code, name)
    name = name or DEFAULT_BRANCH[1]
    with write_session(engine) as s:
        branch = _find(s, code)
        if branch is not None:
            return branch.id, False
        branch = m.Branch(code=code, name=name)
        s.add(branch)
        s.flush()
        audit.append(s, branch.id, by_user, "form",
                     [audit.Change("insert", "branches", str(branch.id), None,
                                   {"code": code, "name": name})])
        return branch.id, True
