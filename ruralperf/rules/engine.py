"""The quarterly pay run (DOMAIN.md 4-7.4): from loaded inputs to one `StaffPay` per staff.

Works on sets: every input is loaded once (by the repository) and each rule is one pass.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from ruralperf.domain.deferral import Clawback, DeferredPart
from ruralperf.domain.entities import (Adjustment, Credit, Item, Loan,
                                       Recovery, Snapshot, Staff, Target)
from ruralperf.domain.money import ZERO, round2
from ruralperf.domain.parameters import Scheme
from ruralperf.domain.periods import Month, Quarter
from ruralperf.domain.results import (ALL_KEYS, CAP_MONTHS, INDICATORS, OUTSIDE_CAP, DetailLine,
                                      Finding,
                                      IndicatorResult, PayRunResult, Restoration, StaffPay)
from ruralperf.rules import components as C
from ruralperf.rules.composite import completion, composite, extreme_completions
from ruralperf.rules.deferral import claw, defer
from ruralperf.rules.handover import by_staff, handovers, npl_inputs
from ruralperf.rules.ledger import LedgerFacts, MonthPass
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
    snapshots: dict[Month, dict[str, Snapshot]]  # month -> contract -> snapshot (base, end)
    interest: list[tuple[str, Month, Decimal]]  # (contract, month, amount) of the quarter
    deposits: dict[str, dict[Month, Decimal]]  # staff -> month -> daily average (6 months)
    items: list[Item]
    recoveries: list[Recovery]
    targets: dict[str, Target]
    adjustments: list[Adjustment]
    carried_in: dict[str, Decimal]
    restorations: list[Restoration]
    run_warnings: list[Finding] = field(default_factory=list)
    # DOMAIN.md 9: the open deferred parts left by the approved runs of earlier quarters, and
    # the clawbacks dated in the quarter.
    deferred_parts: dict[str, list[DeferredPart]] = field(default_factory=dict)
    clawbacks: list[Clawback] = field(default_factory=list)
    # The ledger facts already gathered (the database's load path reads the stored month facts,
    # db.month_facts); when None they come from `snapshots`, `interest`, `loans` and `managers`
    # through the same MonthPass, and `loans` need only hold the loans disbursed in the quarter.
    ledger: LedgerFacts | None = None


def _manager(inputs: PayRunInputs, contract: str, on: date) -> str:
    return inputs.managers[contract].on(on)


def ledger_facts(inputs: PayRunInputs) -> LedgerFacts:
    """The ledger facts of row-level inputs: each interest row and each snapshot of the end month
    goes to the loan's manager at that month end; each snapshot of the base month to the manager
    on the end date (the handover rule, DOMAIN.md 2) or, with `handover.follows_loans` false, on
    the base date."""
    q = inputs.quarter
    follows = inputs.scheme["handover.follows_loans"]
    passes: dict[Month, MonthPass] = defaultdict(MonthPass)
    for month in (q.base_month, q.months[2]):
        snaps = inputs.snapshots.get(month, {})
        on = q.end_date if follows else month.end
        owners = {c: (_manager(inputs, c, on), inputs.loans[c].household_no)
                  for c in snaps if c in inputs.loans}
        passes[month].snapshots(((c, s.balance, s.overdue_days, s.arrears_months, s.grade)
                                      for c, s in snaps.items()), owners)
    by_month: dict[Month, list[tuple[str, Decimal]]] = defaultdict(list)
    for contract, month, amount in inputs.interest:
        by_month[month].append((contract, amount))
    for month, rows in by_month.items():
        managers = {c: _manager(inputs, c, month.end) for c, _ in rows if c in inputs.loans}
        passes[month].interest(rows, managers)
    out = LedgerFacts.of({m: p.facts() for m, p in passes.items()}, q,
                         inputs.scheme["maintenance.max_arrears_months"])
    seen = {c for month in (q.base_month, q.months[2])
            for c in inputs.snapshots.get(month, {}) if c in inputs.loans}
    out.handovers = by_staff(handovers(
        {c: inputs.managers[c] for c in seen}, {c: inputs.loans[c].household_no for c in seen}, q))
    return out


def _deposit_increase(inputs: PayRunInputs, staff_no: str):
    """(increase, current average, previous average, missing months)."""
    q, prev = inputs.quarter, inputs.quarter.previous
    monthly = inputs.deposits.get(staff_no, {})
    missing = [str(m) for m in (*prev.months, *q.months) if m not in monthly]  # finding texts
    if missing:
        return ZERO, ZERO, ZERO, missing
    cur = C.quarter_average([(str(m), monthly[m], m.days) for m in q.months])
    old = C.quarter_average([(str(m), monthly[m], m.days) for m in prev.months])
    return cur - old, cur, old, []


def compute_pay_run(inputs: PayRunInputs) -> PayRunResult:
    """The quarter's pay; the result records every parameter read (inputs loaded with a traced
    scheme, `computing.load_inputs`, add what loading read)."""
    if inputs.scheme.trace() is None:
        inputs = replace(inputs, scheme=inputs.scheme.traced())
    scheme, q = inputs.scheme, inputs.quarter
    ledger = inputs.ledger if inputs.ledger is not None else ledger_facts(inputs)
    base_month, end_month = q.base_month, q.months[2]

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
        if adj.quarter == q:
            adjustments_by[adj.staff_no].append(adj)
    sol = restoration_outcome([r for r in inputs.restorations if q.contains(r.date)], scheme)
    clawbacks_by: dict[str, list[Clawback]] = defaultdict(list)
    for cb in inputs.clawbacks:
        if q.contains(cb.date):
            clawbacks_by[cb.staff_no].append(cb)
    offsets = scheme["deferral.instalments"]

    weights = {k: scheme[f"composite.weight.{k}"] for k in INDICATORS}
    results = []
    for staff in sorted(inputs.staff, key=lambda s: s.staff_no):
        sid = staff.staff_no
        errors: list[Finding] = []
        warnings: list[Finding] = list(sol.warnings.get(sid, []))
        details: dict[str, list[DetailLine]] = {k: [] for k in ALL_KEYS}
        details["floating"].append(C.floating_wage(scheme, staff.coefficient))
        moved = ledger.handovers.get(sid, ())
        details["maintenance"] = C.maintenance(
            scheme, ledger.households(base_month, sid), ledger.households(end_month, sid), moved)
        interest = ledger.interest.get(sid)
        monthly_interest = [(str(m), interest.get(m, ZERO)) for m in q.months] \
            if interest is not None else []
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
                "interest": sum(interest.values(), ZERO) if interest is not None else ZERO,
                "deposit": increase,
                "npl": ledger.npl_balance(base_month, sid) - ledger.npl_balance(end_month, sid),
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
            notes = {"npl": npl_inputs(scheme, ledger.npl_balance(base_month, sid),
                                         ledger.npl_balance(end_month, sid), moved)}
            indicators = {k: IndicatorResult(k, targets[k], actuals[k], comps[k], weights[k],
                                             integer=k in ("intermediate", "quality"),
                                             inputs=notes.get(k, ()))
                          for k in INDICATORS}
            warnings += extreme_completions(scheme, comps)

        assessed = {k: round2(base[k] * p) for k in ALL_KEYS}
        assessed["floating"] = C.assessed_floating(scheme, base["floating"], p)
        cap = scheme.cap_for(staff.position)  # monthly (DOMAIN.md 5.3 step 2)
        capped = sum((v for k, v in assessed.items() if k not in OUTSIDE_CAP), ZERO)
        cap_reduction = max(ZERO, capped - CAP_MONTHS * cap) if cap is not None else ZERO
        gross = sum(assessed.values(), ZERO) - cap_reduction
        penalty_lines = tuple(sol.penalties.get(sid, []))
        sol_penalty = sum((line.amount for line in penalty_lines), ZERO)
        carried_in = inputs.carried_in.get(sid, ZERO)
        adjustments = sorted(adjustments_by.get(sid, []), key=lambda a: (a.amount, a.reason))
        adjustment_total = sum((a.amount for a in adjustments), ZERO)
        clawed = claw(inputs.deferred_parts.get(sid, []), clawbacks_by.get(sid, []))
        net_before = gross - sol_penalty - carried_in + adjustment_total - clawed.from_pay
        net, carry = (net_before, ZERO) if net_before >= 0 else (ZERO, -net_before)
        deferral = defer(sid, q, net, scheme.deferral_rate_for(staff.position), offsets, clawed)
        results.append(StaffPay(
            staff_no=sid, name=staff.name, position=staff.position,
            coefficient=staff.coefficient, indicators=indicators, p=p, base=base,
            assessed=assessed, details={k: tuple(v) for k, v in details.items()},
            cap=cap, cap_reduction=cap_reduction, gross=gross, sol_penalty=sol_penalty,
            penalty_lines=penalty_lines, carried_in=carried_in,
            adjustments=adjustment_total,
            adjustment_lines=tuple((a.amount, a.reason) for a in adjustments),
            net=net, carry_to_next=carry, errors=tuple(errors), warnings=tuple(warnings),
            clawback=clawed.total, clawback_from_pay=clawed.from_pay,
            deferred=deferral.deferred, released=deferral.released,
            deferred_balance=deferral.balance, clawback_lines=clawed.lines,
            part_moves=deferral.moves, new_parts=deferral.new_parts))
    trace = scheme.trace()
    return PayRunResult(q, scheme.on, dict(scheme.raw), tuple(results),
                        tuple(inputs.run_warnings),
                        parameters_used=trace.uses() if trace is not None else {})
