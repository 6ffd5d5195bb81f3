"""Stage 2 of an import: references and credit rules, checked against the database as it
would be after the import (DOMAIN.md 6.3, WORKBOOK.md)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ruralperf.domain.deferral import split_contracts
from ruralperf.domain.money import plain_decimal
from ruralperf.domain.parameters import ParameterBook, Scheme, parse_value
from ruralperf.io.parse import Parsed, ParsedSheet, Problem


@dataclass
class Known:
    """What the database already holds that an import may refer to."""

    staff: set[str] = field(default_factory=set)
    households: set[str] = field(default_factory=set)
    # contract -> customer type (None: not read, for an import of ledgers alone)
    loans: dict[str, str | None] = field(default_factory=dict)
    credits: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # contract -> staff -> share
    guarantors: set[tuple[str, str]] = field(default_factory=set)  # (contract, guarantor)
    # contract -> disbursement date, beyond `loan_dates` (a caller's own; an import's come from
    # `loan_dates`, made dates only when a credit is checked)
    disbursed: dict[str, date] = field(default_factory=dict)
    # contract -> (disbursed on, maturity) as stored, ISO text (io.contradictions reads them)
    loan_dates: dict[str, tuple[str, str]] = field(default_factory=dict)
    # The stored parameters: the share limits of a loan are those in force on its disbursement
    # date (DOMAIN.md 6.3); without a book, those of the check's scheme.
    book: ParameterBook | None = None


STAFF_COLUMNS = {"loans": ("manager_no",), "credits": ("staff_no",), "reassignments": ("staff_no",),
                 "deposits": ("staff_no",), "items": ("staff_no",), "recoveries": ("staff_no",),
                 "limitation_events": ("staff_no",), "targets": ("staff_no",),
                 "adjustments": ("staff_no",), "clawbacks": ("staff_no",)}
LOAN_SHEETS = ("credits", "reassignments", "snapshots", "interest", "recoveries", "limitation_events",
               "guarantees")


def _pct(x: Decimal) -> str:
    return f"{plain_decimal(x * 100)}%"


def check_references(parsed: Parsed, known: Known, scheme: Scheme) -> None:
    sheets = parsed.sheets
    # a row refused for a cell error still defines its record for these checks (its error is
    # reported already; the clerk should not learn of a second one only after fixing it)
    staff = known.staff | {r.values["staff_no"] for r in _rows(sheets, "staff")} \
        | _rejected(sheets, "staff")
    households = known.households | {r.values["household_no"] for r in _rows(sheets, "households")} \
        | _rejected(sheets, "households")
    loan_types: dict[str, str | None] = dict(known.loans)  # contract -> customer type
    loan_types.update({r.values["contract_no"]: r.values["customer_type"]
                       for r in _rows(sheets, "loans")})
    for contract in _rejected(sheets, "loans"):
        loan_types.setdefault(contract, None)  # its credits cannot be checked against a type

    for key, columns in STAFF_COLUMNS.items():
        sheet = sheets.get(key)
        if sheet is None:
            continue
        for row in sheet.rows:
            for column in columns:
                value = row.values.get(column)
                if value is not None and value != "" and value not in staff:
                    parsed.error(sheet, row.number, column, "unknown_staff", value=value)
    for row in _rows(sheets, "loans"):
        if row.values["household_no"] not in households:
            parsed.error(sheets["loans"], row.number, "household_no", "unknown_household",
                         value=row.values["household_no"])
    for key in LOAN_SHEETS:
        for row in _rows(sheets, key):
            if row.values["contract_no"] not in loan_types:
                parsed.error(sheets[key], row.number, "contract_no", "unknown_loan",
                             value=row.values["contract_no"])
    guarantors = known.guarantors | {(r.values["contract_no"], r.values["guarantor"])
                                     for r in _rows(sheets, "guarantees")}
    for row in _rows(sheets, "limitation_events"):
        v = row.values
        if v.get("guarantor") and (v["contract_no"], v["guarantor"]) not in guarantors \
                and v["contract_no"] in loan_types:
            parsed.error(sheets["limitation_events"], row.number, "guarantor",
                         "unknown_guarantor", contract=v["contract_no"], value=v["guarantor"])
    for row in _rows(sheets, "clawbacks"):
        for contract in split_contracts(row.values.get("contracts")):
            if contract not in loan_types:
                parsed.error(sheets["clawbacks"], row.number, "contracts", "unknown_loan",
                             value=contract)
    if "loans" in sheets or "credits" in sheets:
        _check_credits(parsed, known, scheme, loan_types)


def _rejected(sheets: dict[str, ParsedSheet], key: str) -> set[str]:
    sheet = sheets.get(key)
    return sheet.rejected if sheet else set()


def _rows(sheets: dict[str, ParsedSheet], key: str):
    sheet = sheets.get(key)
    return sheet.rows if sheet else []


def _after_import(parsed: Parsed, scheme: Scheme, key: str):
    """A parameter's value on `scheme.on` as it will be after the import: a value of the
    workbook effective on or before that day, and not older than the stored one, wins."""
    value, since = scheme[key], scheme.since.get(key)
    for row in _rows(parsed.sheets, "parameters"):
        eff = row.values["effective_from"]
        if row.values["key"] == key and eff <= scheme.on and (since is None or eff >= since):
            value, since = parse_value(key, row.values["value"]), eff
    return value


def _check_credits(parsed: Parsed, known: Known, scheme: Scheme,
                   loan_types: dict[str, str | None]):
    sheets = parsed.sheets
    credits: dict[str, dict[str, Decimal]] = defaultdict(dict)
    first_row: dict[str, int] = {}
    touched = {r.values["contract_no"] for r in _rows(sheets, "loans")}
    for row in _rows(sheets, "credits"):
        contract = row.values["contract_no"]
        touched.add(contract)
        first_row.setdefault(contract, row.number)
    for contract in touched:
        credits[contract].update(known.credits.get(contract, {}))
    for row in _rows(sheets, "credits"):
        credits[row.values["contract_no"]][row.values["staff_no"]] = row.values["share"]
    limits = _ShareLimits(parsed, known, scheme)
    loan_rows = {r.values["contract_no"]: r.number for r in _rows(sheets, "loans")}
    incomplete = set(_rejected(sheets, "credits"))  # a credit row refused: the split is unknown
    if "credits" in sheets:  # ... or one naming an unknown staff member (reported already)
        title = sheets["credits"].title
        bad = {p.row for p in parsed.problems if p.sheet == title and not p.warning}
        incomplete |= {r.values["contract_no"] for r in _rows(sheets, "credits") if r.number in bad}
    for contract in sorted(touched):
        ctype = loan_types.get(contract)
        if ctype is None or contract in incomplete:
            continue  # unknown loan, or one of its rows refused: reported already
        shares = credits.get(contract, {})
        if contract in first_row:
            sheet, row, column = sheets["credits"], first_row[contract], "share"
        else:
            sheet, row, column = sheets["loans"], loan_rows.get(contract), "customer_type"
        if not shares:
            parsed.problems.append(Problem(sheet.title, row, sheet.header(column), "no_credits",
                                           (("contract", contract),), warning=True))
            continue
        values = list(shares.values())
        if ctype == "self_developed" and (len(values) != 1 or values[0] != 1):
            parsed.error(sheet, row, column, "credit_self", contract=contract)
        elif ctype == "joint" and (len(values) < 2 or sum(values) != 1):
            parsed.error(sheet, row, column, "credit_joint", contract=contract,
                         total=_pct(sum(values, Decimal(0))))
        elif ctype in ("linked", "taken_over"):
            lo, hi = limits.on(contract)
            if not all(lo <= v <= hi for v in values):
                parsed.error(sheet, row, column, "credit_assist", contract=contract,
                             min=_pct(lo), max=_pct(hi))
            elif sum(values) > hi:
                parsed.error(sheet, row, column, "credit_assist_total", contract=contract,
                             max=_pct(hi), total=_pct(sum(values, Decimal(0))))


class _ShareLimits:
    """`loan_marketing.assist_share_min`/`_max` in force on a loan's disbursement date, as they
    will be after the import (DOMAIN.md 6.3)."""

    KEYS = ("loan_marketing.assist_share_min", "loan_marketing.assist_share_max")

    def __init__(self, parsed: Parsed, known: Known, scheme: Scheme):
        self.parsed, self.known, self.scheme = parsed, known, scheme
        self._disbursed: dict[str, date] | None = None  # read when a credit is checked
        self._cache: dict[date | None, tuple[Decimal, Decimal]] = {}

    @property
    def disbursed(self) -> dict[str, date]:
        """contract -> disbursement date as it will be after the import: the stored loans'
        (`Known.loan_dates`, or `Known.disbursed` where given), then the workbook's."""
        if self._disbursed is None:
            known = self.known
            self._disbursed = {c: date.fromisoformat(d[:10])
                               for c, (d, _) in known.loan_dates.items()}
            self._disbursed.update(known.disbursed)
            for row in _rows(self.parsed.sheets, "loans"):
                if isinstance(row.values.get("disbursed_on"), date):
                    self._disbursed[row.values["contract_no"]] = row.values["disbursed_on"]
        return self._disbursed

    def on(self, contract: str) -> tuple[Decimal, Decimal]:
        book = self.known.book
        day = self.disbursed.get(contract) if book is not None else None
        if day not in self._cache:
            scheme = self.scheme if day is None or book is None else book.at(day)
            self._cache[day] = tuple(_after_import(self.parsed, scheme, k) for k in self.KEYS)
        return self._cache[day]
