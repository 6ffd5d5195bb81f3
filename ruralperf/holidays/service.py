"""The holiday calendar behind the facade (`Workspace.holidays`): read a year, read a pasted
notice, preview which expiries a change moves, save a year. Saving is for administrators
(checked here, not only in the UI); everyone who may view reads."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ruralperf.db.engine import read_session, write_session
from ruralperf.holidays import store
from ruralperf.holidays.moves import ExpiryMove, expiry_moves
from ruralperf.holidays.paste import PasteResult, parse_notice
from ruralperf.holidays.store import CalendarYear, HolidayDay, Replaced

if TYPE_CHECKING:
    from ruralperf.workspace import Workspace

FIRST_YEAR, LAST_YEAR = 1990, 2100  # what the page and the command accept
EDIT = "edit_parameters"  # the administrators' permission for scheme data


def checked_year(year) -> int:
    from ruralperf.errors import UserError

    try:
        value = int(str(year).strip())
    except ValueError:
        raise UserError("holiday_bad_year", value=year, first=FIRST_YEAR, last=LAST_YEAR) from None
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise UserError("holiday_bad_year", value=year, first=FIRST_YEAR, last=LAST_YEAR)
    return value


class Holidays:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def can_edit(self) -> bool:
        return self.ws.can(EDIT)

    def year(self, year: int) -> CalendarYear:
        self.ws.authorize("view")
        with read_session(self.ws.engine) as s:
            return store.calendar_year(s, checked_year(year))

    def covered_years(self) -> set[int]:
        with read_session(self.ws.engine) as s:
            return store.covered_years(s)

    def parse(self, text: str, year: int) -> PasteResult:
        """The days a pasted State Council notice lists (UserError when it cannot read it)."""
        return parse_notice(text, checked_year(year))

    def moves(self, year: int, days: list[HolidayDay], today: date | None = None
              ) -> list[ExpiryMove]:
        """Loans whose expiry would move if `days` became the calendar of `year`."""
        self.ws.authorize("view")
        return expiry_moves(self.ws.engine, self.ws.branch_id, checked_year(year), list(days),
                            today or date.today())

    def save(self, year: int, days: list[HolidayDay], source: str = "form") -> Replaced:
        """Make `days` the whole calendar of `year` (audited; refused on a frozen day)."""
        self.ws.authorize(EDIT)
        with write_session(self.ws.engine) as s:
            return store.replace_year(s, self.ws.branch_id, self.ws.username, source,
                                      checked_year(year), list(days))
