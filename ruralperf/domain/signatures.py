"""What must be signed soon (issue 17, DOMAIN.md 7.3 and 7.7): the loans whose own period is in
`warning` (the borrower's signature interrupts it) and the guarantees in `warning` (a demand on
the guarantor secures them), soonest first, with the officer responsible."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ruralperf.domain.results import LimitationReport


@dataclass(frozen=True)
class ToSign:
    """A loan (guarantor None) or a guarantee whose signature is due by `deadline`."""
    contract_no: str
    guarantor: str | None
    manager: str | None  # the officer responsible today
    deadline: date
    days_left: int

    @property
    def key(self) -> tuple[str, str]:
        return self.contract_no, self.guarantor or ""


def to_sign(report: LimitationReport) -> list[ToSign]:
    """Loans and guarantees in `warning` on the report's date, soonest first: the loan's own
    period needs the borrower's signature, a guarantee period the guarantor's demand."""
    out = []
    for loan in report.loans:
        if loan.status == "warning" and loan.expiry is not None and loan.days_left is not None:
            out.append(ToSign(loan.contract_no, None, loan.manager, loan.expiry, loan.days_left))
        for g in loan.guarantees:
            if g.status == "warning" and g.days_left is not None:
                out.append(ToSign(loan.contract_no, g.guarantor, loan.manager, g.guarantee_end,
                                  g.days_left))
    return sorted(out, key=lambda x: (x.days_left, x.contract_no, x.guarantor or ""))
