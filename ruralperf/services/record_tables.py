"""What each browsable table shows: its columns as SQL expressions, the joins that supply names,
which columns a search looks in, and the default order. Data only; `browse.py` runs it."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable

from sqlalchemy import Float, cast, func, select  # Float: ordering ratios only, never money
from sqlalchemy.orm import aliased

from ruralperf.db import models as m
from ruralperf.domain.records import table as declared


@dataclass(frozen=True)
class Field:
    key: str
    expr: Any  # a column expression
    kind: str  # text | money | date | int | enum | decimal | share | month | quarter
    sort: Any = None  # a different expression to order by (e.g. pinyin initials for names)

    @property
    def order_expr(self):
        return self.expr if self.sort is None else self.sort


@dataclass(frozen=True)
class TableDef:
    key: str
    model: Any
    fields: tuple[Field, ...]
    search: tuple[Any, ...]  # expressions a search text is matched against (contains)
    default_sort: str
    default_descending: bool = False
    joins: tuple[tuple[Any, Callable[[], Any]], ...] = ()  # (target, on-clause factory)
    # Joins that only supply searched or displayed names: skipped by an unfiltered count.
    count_needs_joins: bool = False
    natural: tuple[str, ...] = field(default_factory=tuple)  # the declared natural key
    then: tuple[str, ...] = ()  # fields ordering rows within equal sort values (ascending)

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


S, H, L, HL = (aliased(m.StaffRow, name="s"), aliased(m.HouseholdRow, name="h"),
               aliased(m.LoanRow, name="l"), aliased(m.HouseholdRow, name="hl"))


def _staff_join(model):
    return (S, lambda: (S.branch_id == model.branch_id) & (S.staff_no == model.staff_no))


def _loan_joins(model):
    return ((L, lambda: (L.branch_id == model.branch_id) & (L.contract_no == model.contract_no)),
            (HL, lambda: (HL.branch_id == L.branch_id) & (HL.household_no == L.household_no)))


def _current_manager(ln):
    """The loan's manager in force today: its latest reassignment effective on or before
    today, else the manager it was disbursed with (SQL, so the list pages and sorts by it)."""
    ra, st = aliased(m.ReassignmentRow, name="ra_now"), aliased(m.StaffRow, name="s_now")
    number = func.coalesce(
        select(ra.staff_no).where(ra.branch_id == ln.branch_id, ra.contract_no == ln.contract_no,
                                  ra.effective_from <= func.current_date())
        .order_by(ra.effective_from.desc()).limit(1).correlate(ln).scalar_subquery(),
        ln.manager_no)
    name = select(st.name).where(st.branch_id == ln.branch_id, st.staff_no == number) \
        .limit(1).correlate(ln).scalar_subquery()
    return (Field("current_manager_no", number, "text"),
            Field("current_manager_name", name, "text"))


def _guarantees(ln):
    """How many guarantors the loan has (the loans list's 担保 column; `browse` adds their
    names and the worst status of their guarantee periods to each page)."""
    gu = aliased(m.GuaranteeRow, name="gu_n")
    count = select(func.count()).where(gu.branch_id == ln.branch_id,
                                       gu.contract_no == ln.contract_no) \
        .correlate(ln).scalar_subquery()
    return Field("guarantees", count, "guarantee")


def _staff_name():
    return Field("staff_name", S.name, "text", S.initials)


def _household_name():
    return Field("household_name", HL.name, "text", HL.initials)


def _build() -> dict[str, TableDef]:
    st, hh, ln = m.StaffRow, m.HouseholdRow, m.LoanRow
    cr, ra, sn, it = m.CreditRow, m.ReassignmentRow, m.SnapshotRow, m.InterestRow
    dp, im, rc, ev = m.DepositRow, m.ItemRow, m.RecoveryRow, m.LimitationEventRow
    tg, ad, pa, cb = m.TargetRow, m.AdjustmentRow, m.ParameterRow, m.ClawbackRow
    gu = m.GuaranteeRow
    tables = [
        TableDef("staff", st, (
            Field("staff_no", st.staff_no, "text"), Field("name", st.name, "text", st.initials),
            Field("position", st.position, "text"),
            # coefficients and shares are decimal text: ordered numerically through a REAL cast
            # in SQL; no amount ever goes through it (money columns are integer fen)
            Field("coefficient", st.coefficient, "decimal", cast(st.coefficient, Float))),
            (st.staff_no, st.name, st.initials, st.position), "staff_no"),
        TableDef("households", hh, (
            Field("household_no", hh.household_no, "text"),
            Field("name", hh.name, "text", hh.initials),
            Field("id_number", hh.id_number, "text"), Field("kind", hh.kind, "enum")),
            (hh.household_no, hh.name, hh.initials, hh.id_number), "household_no"),
        TableDef("loans", ln, (
            Field("contract_no", ln.contract_no, "text"),
            Field("household_no", ln.household_no, "text"),
            Field("household_name", H.name, "text", H.initials),
            Field("amount", ln.amount, "money"), Field("disbursed_on", ln.disbursed_on, "date"),
            Field("maturity_on", ln.maturity_on, "date"), Field("nature", ln.nature, "enum"),
            Field("increment", ln.increment, "money"),
            Field("customer_type", ln.customer_type, "enum"),
            Field("manager_no", ln.manager_no, "text"),
            Field("manager_name", S.name, "text", S.initials), *_current_manager(ln),
            _guarantees(ln)),
            (ln.contract_no, ln.household_no, H.name, H.initials), "contract_no",
            joins=((H, lambda: (H.branch_id == ln.branch_id) & (H.household_no == ln.household_no)),
                   (S, lambda: (S.branch_id == ln.branch_id) & (S.staff_no == ln.manager_no)))),
        TableDef("credits", cr, (
            Field("contract_no", cr.contract_no, "text"), Field("staff_no", cr.staff_no, "text"),
            _staff_name(), Field("share", cr.share, "share", cast(cr.share, Float))),
            (cr.contract_no, cr.staff_no, S.name, S.initials), "contract_no",
            joins=(_staff_join(cr),)),
        TableDef("reassignments", ra, (
            Field("contract_no", ra.contract_no, "text"), Field("staff_no", ra.staff_no, "text"),
            _staff_name(), Field("effective_from", ra.effective_from, "date")),
            (ra.contract_no, ra.staff_no, S.name, S.initials), "effective_from",
            joins=(_staff_join(ra),)),
        TableDef("snapshots", sn, (
            Field("contract_no", sn.contract_no, "text"), _household_name(),
            Field("month", sn.month, "month"), Field("balance", sn.balance, "money"),
            Field("overdue_days", sn.overdue_days, "int"),
            Field("arrears_months", sn.arrears_months, "int"), Field("grade", sn.grade, "enum")),
            (sn.contract_no, HL.name, HL.initials), "month", True, joins=_loan_joins(sn),
            then=("contract_no",)),
        TableDef("interest", it, (
            Field("contract_no", it.contract_no, "text"), _household_name(),
            Field("month", it.month, "month"), Field("amount", it.amount, "money")),
            (it.contract_no, HL.name, HL.initials), "month", True, joins=_loan_joins(it),
            then=("contract_no",)),
        TableDef("deposits", dp, (
            Field("staff_no", dp.staff_no, "text"), _staff_name(),
            Field("month", dp.month, "month"), Field("daily_avg", dp.daily_avg, "money")),
            (dp.staff_no, S.name, S.initials), "month", True, joins=(_staff_join(dp),),
            then=("staff_no",)),
        TableDef("items", im, (
            Field("staff_no", im.staff_no, "text"), _staff_name(), Field("date", im.date, "date"),
            Field("item", im.item, "enum"), Field("qty", im.qty, "int"),
            Field("card_balance", im.card_balance, "money")),
            (im.staff_no, S.name, S.initials), "date", True, joins=(_staff_join(im),),
            then=("staff_no",)),
        TableDef("recoveries", rc, (
            Field("contract_no", rc.contract_no, "text"), _household_name(),
            Field("staff_no", rc.staff_no, "text"), _staff_name(),
            Field("date", rc.date, "date"), Field("amount", rc.amount, "money")),
            (rc.contract_no, HL.name, HL.initials, rc.staff_no, S.name, S.initials), "date", True,
            joins=(*_loan_joins(rc), _staff_join(rc)), then=("contract_no",)),
        TableDef("limitation_events", ev, (
            Field("contract_no", ev.contract_no, "text"), Field("date", ev.date, "date"),
            Field("kind", ev.kind, "enum"), Field("staff_no", ev.staff_no, "text"), _staff_name(),
            Field("amount", ev.amount, "money"), Field("new_maturity", ev.new_maturity, "date"),
            Field("until", ev.until, "date"), Field("guarantor", ev.guarantor, "text")),
            (ev.contract_no, ev.staff_no, S.name, S.initials, ev.guarantor), "date", True,
            joins=(_staff_join(ev),)),
        TableDef("guarantees", gu, (
            Field("contract_no", gu.contract_no, "text"), _household_name(),
            Field("guarantor", gu.guarantor, "text"), Field("id_number", gu.id_number, "text"),
            Field("kind", gu.kind, "enum"), Field("period_months", gu.period_months, "int")),
            (gu.contract_no, HL.name, HL.initials, gu.guarantor), "contract_no",
            joins=_loan_joins(gu)),
        TableDef("targets", tg, (
            Field("staff_no", tg.staff_no, "text"), _staff_name(),
            Field("quarter", tg.quarter, "quarter"), Field("interest", tg.interest, "money"),
            Field("deposit", tg.deposit, "money"), Field("npl", tg.npl, "money"),
            Field("intermediate", tg.intermediate, "int"), Field("quality", tg.quality, "int")),
            (tg.staff_no, S.name, S.initials), "quarter", True, joins=(_staff_join(tg),),
            then=("staff_no",)),
        TableDef("adjustments", ad, (
            Field("staff_no", ad.staff_no, "text"), _staff_name(),
            Field("quarter", ad.quarter, "quarter"), Field("amount", ad.amount, "money"),
            Field("reason", ad.reason, "text")),
            (ad.staff_no, S.name, S.initials, ad.reason), "quarter", True,
            joins=(_staff_join(ad),), then=("staff_no",)),
        TableDef("clawbacks", cb, (
            Field("staff_no", cb.staff_no, "text"), _staff_name(),
            Field("date", cb.date, "date"), Field("amount", cb.amount, "money"),
            Field("contracts", cb.contracts, "text"), Field("reason", cb.reason, "text")),
            (cb.staff_no, S.name, S.initials, cb.reason, cb.contracts), "date", True,
            joins=(_staff_join(cb),), then=("staff_no",)),
        TableDef("parameters", pa, (
            Field("key", pa.key, "text"), Field("value", pa.value, "text"),
            Field("effective_from", pa.effective_from, "date")),
            (pa.key, pa.value), "key",
            then=("effective_from",)),
    ]
    return {t.key: replace(t, natural=declared(t.key).natural_key or ()) for t in tables}


TABLES: dict[str, TableDef] = _build()
