"""The quarterly pay run (DOMAIN.md 4-7.4): from loaded inputs to one `StaffPay` per staff.

Works on sets: every input is loaded once (by the repository) and each rule is one pass.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ruralperf.domain.entities import (Adjustment, Credit, Item, Loan,
                                       Recovery, Snapshot, Staff, Target)
from ruralperf.domain.money import ZERO, round2
from ruralperf.domain.parameters import Scheme
from ruralperf.domain.periods import Month, Quarter
from ruralperf.domain.results import (ALL_KEYS, INDICATORS, OUTSIDE_CAP, DetailLine, Finding,
                                      IndicatorResult, PayRunResult, Restoration, StaffPay)
from ruralperf.rules import components as C
from ruralperf.rules.composite import completion, composite
from ruralperf.rules.limitation import ManagerHistory
from ruralperf.rules.restoration import restoration_outcome


@dataclass
class PayRunInputs:
    """Everything a quarter's pay run reads, loaded once."""

    quarter: Quarter
    scheme: Scheme
    staff: list[Staff]
    loans: dict[str, Loan]
    managers: dict[str, ManagerHistory]
    credits: dict[str, list[Credit]]  # for loans disbursed in the quarter
    snapshots: dict[str, dict[str, Snapshot]]  # month -> contract -> snapshot (base, end)
    interest: list[tuple[str, str, Decimal]]  # (contract, month, amount) of the quarter
    deposits: dict[str, dict[str, Decimal]]  # staff -> month -> daily average (6 months)
    items: list[Item]
    recoveries: list[Recovery]
    targets: dict[str, Target]
    adjustments: list[Adjustment]
    carried_in: dict[str, Decimal]
    restorations: list[Restoration]
    run_warnings: list[Finding] = field(default_factory=list)


def _manager(inputs: PayRunInputs, contract: str, on: date) -> str:
    return inputs.managers[contract].on(on)


def _managed(inputs: PayRunInputs, month: Month) -> dict[str, list[tuple[Loan, Snapshot]]]:
    """staff -> [(loan, snapshot)] for loans with a snapshot at the month end."""
    out: dict[str, list[tuple[Loan, Snapshot]]] = defaultdict(list)
    for contract, snap in inputs.snapshots.get(str(month), {}).items():
        loan = inputs.loans.get(contract)
        if loan is not None:
            out[_manager(inputs, contract, month.end)].append((loan, snap))
    return out


def _deposit_increase(inputs: PayRunInputs, staff_no: str):
    """(increase, current average, previous average, missing months)."""
    q, prev = inputs.quarter, inputs.quarter.previous
    monthly = inputs.deposits.get(staff_no, {})
    missing = [str(m) for m in (*prev.months, *q.months) if str(m) not in monthly]
    if missing:
        return ZERO, ZERO, ZERO, missing
    cur = C.quarter_average([(str(m), monthly[str(m)], m.days) for m in q.months])
    old = C.quarter_average([(str(m), monthly[str(m)], m.days) for m in prev.months])
    return cur - old, cur, old, []


def compute_pay_run(inputs: PayRunInputs) -> PayRunResult:
    scheme, q = inputs.scheme, inputs.quarter
    max_arrears = scheme["maintenance.max_arrears_months"]
    base_managed = _managed(inputs, q.base_month)
    end_managed = _managed(inputs, q.months[2])

    interest_by: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for contract, month, amount in inputs.interest:
        if contract in inputs.loans:
            staff_no = _manager(inputs, contract, Month.parse(month).end)
            interest_by[staff_no][month] += amount

    marketing: dict[str, list[DetailLine]] = defaultdict(list)
    for contract, credits in sorted(inputs.credits.items()):
        loan = inputs.loans[contract]
        if q.contains(loan.disbursed_on):
            for credit in credits:
                marketing[credit.staff_no].append(C.loan_marketing(scheme, loan, credit))

    items_by: dict[str, list[Item]] = defaultdict(list)
    for item in inputs.items:
        if q.contains(item.date):
            items_by[item.staff_no].append(item)
    recoveries_by: dict[str, list[Recovery]] = defaultdict(list)
    for rec in inputs.recoveries:
        if q.contains(rec.date):
            recoveries_by[rec.staff_no].append(rec)
    adjustments_by: dict[str, list[Adjustment]] = defaultdict(list)
    for adj in inputs.adjustments:
        if adj.quarter == str(q):
            adjustments_by[adj.staff_no].append(adj)
    sol = restoration_outcome([r for r in inputs.restorations if q.contains(r.date)], scheme)

    weights = {k: scheme[f"composite.weight.{k}"] for k in INDICATORS}
    results = []
    for staff in sorted(inputs.staff, key=lambda s: s.staff_no):
        sid = staff.staff_no
        errors: list[Finding] = []
        warnings: list[Finding] = list(sol.warnings.get(sid, []))
        details: dict[str, list[DetailLine]] = {k: [] for k in ALL_KEYS}
        details["floating"].append(C.floating_wage(scheme, staff.coefficient))
        details["maintenance"] = C.maintenance(
            scheme, C.maintained_households(base_managed.get(sid, []), max_arrears),
            C.maintained_households(end_managed.get(sid, []), max_arrears))
        monthly_interest = [(str(m), interest_by[sid][str(m)]) for m in q.months] \
            if sid in interest_by else []
        details["interest"] = C.interest_reward(scheme, monthly_interest)
        details["loan_marketing"] = marketing.get(sid, [])
        increase, cur_avg, prev_avg, missing = _deposit_increase(inputs, sid)
        errors += [Finding("deposit_missing", m, (("staff_no", sid),)) for m in missing]
        if not missing:
            details["deposit_marketing"] = [C.deposit_marketing(scheme, increase, cur_avg, prev_avg)]
        details.update(C.piece_lines(scheme, items_by.get(sid, [])))
        details["npl_recovery"] = [C.npl_recovery(scheme, r) for r in
                                   sorted(recoveries_by.get(sid, []),
                                          key=lambda r: (r.date, r.contract_no, r.amount))]
        if details["npl_recovery"] and scheme["npl_recovery.rate"] == 0:
            warnings.append(Finding("npl_rate_not_configured"))
        details["sol_reward"] = sol.rewards.get(sid, [])
        base = {k: sum((line.amount for line in details[k]), ZERO) for k in ALL_KEYS}

        indicators: dict[str, IndicatorResult] = {}
        target = inputs.targets.get(sid)
        if target is None:
            errors.append(Finding("targets_missing", str(q), (("staff_no", sid),)))
            p = Decimal("0.0000")
        else:
            actuals = {
                "interest": sum(interest_by[sid].values(), ZERO) if sid in interest_by else ZERO,
                "deposit": increase,
                "npl": C.npl_balance(s for _, s in base_managed.get(sid, []))
                - C.npl_balance(s for _, s in end_managed.get(sid, [])),
                "intermediate": Decimal(sum(C.qualifying_qty(i, scheme)
                                            for i in items_by.get(sid, []))),
                "quality": Decimal(target.quality),
            }
            targets = {"interest": target.interest, "deposit": target.deposit,
                       "npl": target.npl, "intermediate": Decimal(target.intermediate),
                       "quality": Decimal(100)}
            cap = scheme["composite.indicator_cap"]
            comps = {k: completion(actuals[k], targets[k], cap) for k in INDICATORS}
            p = composite(comps, weights)
            indicators = {k: IndicatorResult(k, targets[k], actuals[k], comps[k], weights[k],
                                             integer=k in ("intermediate", "quality"))
                          for k in INDICATORS}

        assessed = {k: round2(base[k] * p) for k in ALL_KEYS}
        assessed["floating"] = C.assessed_floating(scheme, base["floating"], p)
        cap = scheme.cap_for(staff.position)
        capped = sum((v for k, v in assessed.items() if k not in OUTSIDE_CAP), ZERO)
        cap_reduction = max(ZERO, capped - cap) if cap is not None else ZERO
        gross = sum(assessed.values(), ZERO) - cap_reduction
        penalty_lines = tuple(sol.penalties.get(sid, []))
        sol_penalty = sum((line.amount for line in penalty_lines), ZERO)
        carried_in = inputs.carried_in.get(sid, ZERO)
        adjustments = sorted(adjustments_by.get(sid, []), key=lambda a: (a.amount, a.reason))
        adjustment_total = sum((a.amount for a in adjustments), ZERO)
        net_before = gross - sol_penalty - carried_in + adjustment_total
        net, carry = (net_before, ZERO) if net_before >= 0 else (ZERO, -net_before)
        results.append(StaffPay(
            staff_no=sid, name=staff.name, position=staff.position,
            coefficient=staff.coefficient, indicators=indicators, p=p, base=base,
            assessed=assessed, details={k: tuple(v) for k, v in details.items()},
            cap=cap, cap_reduction=cap_reduction, gross=gross, sol_penalty=sol_penalty,
            penalty_lines=penalty_lines, carried_in=carried_in,
            adjustments=adjustment_total,
            adjustment_lines=tuple((a.amount, a.reason) for a in adjustments),
            net=net, carry_to_next=carry, errors=tuple(errors), warnings=tuple(warnings)))
    return PayRunResult(str(q), scheme.on, dict(scheme.raw), tuple(results),
                        tuple(inputs.run_warnings))
