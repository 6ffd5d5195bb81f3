"""The machine-readable forms of CLI.md (pay run and limitation list), and back: an edge where
quarters become their code ("2025Q3") and are parsed back into `Quarter` values.

The stored pay run is this JSON, so an approved run can be shown and printed exactly as it was
computed, whatever changes later."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ruralperf.domain.deferral import ClawbackLine, DeferredPart, PartMove
from ruralperf.domain.money import money_str, ratio_str
from ruralperf.domain.periods import Quarter
from ruralperf.domain.results import (ALL_KEYS, DetailLine, Finding, IndicatorResult,
                                      LimitationReport, PayRunResult, StaffPay)


def _finding(f: Finding) -> str:
    return f.key


def _line(line: DetailLine) -> dict:
    return {"component": line.component, "amount": money_str(line.amount), "rule": line.rule,
            "formula": line.formula, "inputs": dict(line.inputs), "params": dict(line.params),
            "flag": line.flag}


def _indicator(ind: IndicatorResult) -> dict:
    if ind.integer:
        target, actual = str(int(ind.target)), str(int(ind.actual))
    else:
        target, actual = money_str(ind.target), money_str(ind.actual)
    out: dict[str, str | dict[str, str]] = {
        "target": target, "actual": actual, "completion": ratio_str(ind.completion),
        "weight": format(ind.weight.normalize(), "f"), "actual_exact": str(ind.actual)}
    if ind.inputs:
        out["inputs"] = dict(ind.inputs)
    return out


def staff_json(s: StaffPay) -> dict:
    return {
        "staff_no": s.staff_no, "name": s.name, "position": s.position,
        "coefficient": format(s.coefficient.normalize(), "f"),
        "indicators": {k: _indicator(v) for k, v in s.indicators.items()},
        "p": ratio_str(s.p),
        "base": {k: money_str(s.base[k]) for k in ALL_KEYS},
        "assessed": {k: money_str(s.assessed[k]) for k in ALL_KEYS},
        "cap": money_str(s.cap) if s.cap is not None else None,
        "cap_months": s.cap_months,
        "cap_reduction": money_str(s.cap_reduction),
        "gross": money_str(s.gross),
        "sol_penalty": money_str(s.sol_penalty),
        "carried_in": money_str(s.carried_in),
        "adjustments": money_str(s.adjustments),
        "clawback": money_str(s.clawback),
        "clawback_from_pay": money_str(s.clawback_from_pay),
        "net": money_str(s.net),
        "deferred": money_str(s.deferred),
        "released": money_str(s.released),
        "paid": money_str(s.paid),
        "deferred_balance": money_str(s.deferred_balance),
        "carry_to_next": money_str(s.carry_to_next),
        "errors": [_finding(f) for f in s.errors],
        "warnings": [_finding(f) for f in s.warnings],
        "details": {k: [_line(x) for x in s.details.get(k, ())] for k in ALL_KEYS},
        "penalty_lines": [_line(x) for x in s.penalty_lines],
        "adjustment_lines": [{"amount": money_str(a), "reason": r} for a, r in s.adjustment_lines],
        "findings": {"errors": [_finding_full(f) for f in s.errors],
                     "warnings": [_finding_full(f) for f in s.warnings]},
        "deferral": _deferral(s),
    }


def _deferral(s: StaffPay) -> dict:
    """How the clawbacks and the deferral came about (DOMAIN.md 9), beyond CLI.md's totals."""
    return {
        "clawbacks": [{"date": x.date.isoformat(), "amount": money_str(x.amount),
                       "reason": x.reason, "contracts": list(x.contracts),
                       "from_deferral": money_str(x.from_deferral),
                       "from_pay": money_str(x.from_pay)} for x in s.clawback_lines],
        "moves": [{"origin": str(x.origin), "due": str(x.due), "kind": x.kind,
                   "amount": money_str(x.amount)} for x in s.part_moves],
        "parts": [{"due": str(x.due), "amount": money_str(x.amount)} for x in s.new_parts],
    }


def _deferral_back(staff_no: str, quarter: Quarter, d: dict) -> dict:
    return {
        "clawback_lines": tuple(ClawbackLine(
            date.fromisoformat(x["date"]), Decimal(x["amount"]), x["reason"],
            tuple(x["contracts"]), Decimal(x["from_deferral"]), Decimal(x["from_pay"]))
            for x in d.get("clawbacks", [])),
        "part_moves": tuple(PartMove(Quarter.parse(x["origin"]), Quarter.parse(x["due"]),
                                     x["kind"], Decimal(x["amount"]))
                            for x in d.get("moves", [])),
        "new_parts": tuple(DeferredPart(staff_no, quarter, Quarter.parse(x["due"]),
                                        Decimal(x["amount"]))
                           for x in d.get("parts", [])),
    }


def _finding_full(f: Finding) -> dict:
    return {"code": f.code, "subject": f.subject, "params": dict(f.params)}


def payrun_json(result: PayRunResult) -> dict:
    out = {"quarter": str(result.quarter), "scheme_date": result.scheme_date.isoformat(),
           "parameters": dict(sorted(result.parameters.items())),
           "staff": [staff_json(s) for s in result.staff],
           "run_warnings": [_finding_full(f) for f in result.warnings]}
    if result.errors:  # only when there are any: CLI.md's document is unchanged otherwise
        out["run_errors"] = [_finding_full(f) for f in result.errors]
    return out


def limitation_json(report: LimitationReport) -> dict:
    def d(x: date | None):
        return x.isoformat() if x else None

    return {"as_of": report.as_of.isoformat(), "loans": [{
        "contract_no": loan.contract_no, "household_no": loan.household_no,
        "manager": loan.manager, "status": loan.status, "expiry": d(loan.expiry),
        "days_left": loan.days_left, "lapse_date": d(loan.lapse_date),
        "responsible": loan.responsible,
        "restorations": [{"date": d(r.date), "staff_no": r.staff_no,
                          "amount": money_str(r.amount), "lapse_date": d(r.lapse_date),
                          "responsible": r.responsible} for r in loan.restorations],
        "accountability": loan.accountability,
        "limit": loan.limit, "maximum_date": d(loan.maximum_date),
        "execution_deadline": d(loan.execution_deadline),
        "guarantees": [{"guarantor": g.guarantor, "kind": g.kind,
                        "guarantee_end": d(g.guarantee_end), "status": g.status,
                        "days_left": g.days_left, "expiry": d(g.expiry),
                        "responsible": g.responsible, "accountability": g.accountability}
                       for g in loan.guarantees],
        "maturity": d(loan.maturity),
        "balance": money_str(loan.balance) if loan.balance is not None else None,
    } for loan in report.loans], "warnings": [_finding_full(f) for f in report.warnings],
        **({"pending": sorted(report.pending)} if report.pending else {})}


# -- back from JSON ---------------------------------------------------------------------------

def finding_back(f: dict) -> Finding:
    return Finding(f["code"], f.get("subject", ""), tuple(f.get("params", {}).items()))


def _line_back(x: dict) -> DetailLine:
    return DetailLine(x["component"], Decimal(x["amount"]), x["rule"], x["formula"],
                      tuple(x["inputs"].items()), tuple(x["params"].items()), x.get("flag", ""))


def staff_from_json(s: dict, quarter: Quarter) -> StaffPay:
    """A stored staff row; a run stored before the second edition has no deferral: paid = net."""
    indicators = {}
    for k, v in s["indicators"].items():
        integer = k in ("intermediate", "quality")
        indicators[k] = IndicatorResult(k, Decimal(v["target"]), Decimal(v["actual_exact"]),
                                        Decimal(v["completion"]), Decimal(v["weight"]), integer,
                                        tuple(v.get("inputs", {}).items()))
    return StaffPay(
        staff_no=s["staff_no"], name=s["name"], position=s["position"],
        coefficient=Decimal(s["coefficient"]), indicators=indicators, p=Decimal(s["p"]),
        base={k: Decimal(v) for k, v in s["base"].items()},
        assessed={k: Decimal(v) for k, v in s["assessed"].items()},
        details={k: tuple(_line_back(x) for x in v) for k, v in s["details"].items()},
        cap=Decimal(s["cap"]) if s.get("cap") is not None else None,
        cap_months=int(s.get("cap_months", 1)),  # a first-edition run capped the quarter once
        cap_reduction=Decimal(s["cap_reduction"]), gross=Decimal(s["gross"]),
        sol_penalty=Decimal(s["sol_penalty"]),
        penalty_lines=tuple(_line_back(x) for x in s["penalty_lines"]),
        carried_in=Decimal(s["carried_in"]), adjustments=Decimal(s["adjustments"]),
        adjustment_lines=tuple((Decimal(a["amount"]), a["reason"]) for a in s["adjustment_lines"]),
        net=Decimal(s["net"]), carry_to_next=Decimal(s["carry_to_next"]),
        errors=tuple(finding_back(f) for f in s["findings"]["errors"]),
        warnings=tuple(finding_back(f) for f in s["findings"]["warnings"]),
        clawback=Decimal(s.get("clawback", "0.00")),
        clawback_from_pay=Decimal(s.get("clawback_from_pay", "0.00")),
        deferred=Decimal(s.get("deferred", "0.00")), released=Decimal(s.get("released", "0.00")),
        deferred_balance=Decimal(s.get("deferred_balance", "0.00")),
        **_deferral_back(s["staff_no"], quarter, s.get("deferral", {})))


def payrun_from_json(data: dict) -> PayRunResult:
    quarter = Quarter.parse(data["quarter"])
    return PayRunResult(quarter, date.fromisoformat(data["scheme_date"]),
                        dict(data["parameters"]),
                        tuple(staff_from_json(s, quarter) for s in data["staff"]),
                        tuple(finding_back(f) for f in data.get("run_warnings", [])),
                        errors=tuple(finding_back(f) for f in data.get("run_errors", [])))
