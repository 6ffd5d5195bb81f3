"""One small function per pay component (DOMAIN.md 5.1, 6.1-6.6). Each returns rounded detail
lines; a component's base is the sum of its lines."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Sequence

from ruralperf.domain.entities import NPL_GRADES, Credit, Item, Loan, Recovery, Snapshot
from ruralperf.domain.money import ZERO, money_str, plain_decimal, round2
from ruralperf.domain.parameters import Scheme
from ruralperf.domain.results import DetailLine
from ruralperf.rules.handover import handover_inputs


def _pct(share: Decimal) -> str:
    return f"{plain_decimal(share * 100)}%"


def floating_wage(scheme: Scheme, coefficient: Decimal) -> DetailLine:
    base = scheme["floating.base_monthly"]
    amount = round2(base * 3 * coefficient)
    return DetailLine("floating", amount, "5.1", f"{money_str(base)} × 3 × {plain_decimal(coefficient)}",
                      (("coefficient", plain_decimal(coefficient)),),
                      (("floating.base_monthly", scheme.text("floating.base_monthly")),))


def assessed_floating(scheme: Scheme, floating: Decimal, p: Decimal) -> Decimal:
    factor = min(p, scheme["floating.completion_cap"])
    if scheme["composite.floating_twice"]:
        return round2(floating * factor * p)
    return round2(floating * factor)


def maintenance(scheme: Scheme, base_households: set[str], end_households: set[str],
                moved: Sequence = ()) -> list[DetailLine]:
    """DOMAIN.md 6.1; `moved`: the loans handed to or by the staff member in the quarter
    (rules.handover), named in the lines' inputs."""
    base_fee, growth_fee = scheme["maintenance.base_fee"], scheme["maintenance.growth_fee"]
    base, end = len(base_households), len(end_households)
    params = (("maintenance.base_fee", scheme.text("maintenance.base_fee")),
              ("maintenance.growth_fee", scheme.text("maintenance.growth_fee")),
              ("maintenance.max_arrears_months", scheme.text("maintenance.max_arrears_months")))
    inputs = (("base_households", str(base)), ("end_households", str(end)),
              ("base_list", ",".join(sorted(base_households))),
              ("end_list", ",".join(sorted(end_households))), *handover_inputs(scheme, moved))
    kept = min(base, end)
    grown = max(0, end - base)
    return [
        DetailLine("maintenance", round2(base_fee * kept), "6.1",
                   f"{money_str(base_fee)} × min({base}, {end})", inputs, params),
        DetailLine("maintenance", round2(growth_fee * grown), "6.1",
                   f"{money_str(growth_fee)} × max(0, {end} − {base})", inputs, params),
    ]


def interest_reward(scheme: Scheme, monthly: Sequence[tuple[str, Decimal]]) -> list[DetailLine]:
    """`monthly`: (month, interest income attributed to the staff member that month)."""
    rate = scheme["interest.rate"]
    params = (("interest.rate", scheme.text("interest.rate")),)
    return [DetailLine("interest", round2(amount * rate), "6.2",
                       f"{money_str(amount)} × {plain_decimal(rate)}",
                       (("month", month), ("interest_income", money_str(amount))), params)
            for month, amount in monthly]


def marketing_basis(scheme: Scheme, loan: Loan) -> Decimal:
    if loan.nature == "new":
        return loan.amount
    if loan.nature == "expansion":
        return (loan.increment or ZERO) * scheme["loan_marketing.expansion_factor"]
    return ZERO


def loan_marketing(scheme: Scheme, loan: Loan, credit: Credit) -> DetailLine:
    rate = scheme["loan_marketing.rate"]
    basis = marketing_basis(scheme, loan)
    if loan.nature == "expansion":
        formula = (f"{money_str(loan.increment or ZERO)} × "
                   f"{plain_decimal(scheme['loan_marketing.expansion_factor'])} × "
                   f"{plain_decimal(rate)} × {_pct(credit.share)}")
    else:
        formula = f"{money_str(basis)} × {plain_decimal(rate)} × {_pct(credit.share)}"
    return DetailLine(
        "loan_marketing", round2(basis * rate * credit.share), "6.3", formula,
        (("contract_no", loan.contract_no), ("household_no", loan.household_no),
         ("nature", loan.nature), ("customer_type", loan.customer_type),
         ("amount", money_str(loan.amount)),
         ("increment", money_str(loan.increment) if loan.increment is not None else ""),
         ("disbursed_on", loan.disbursed_on.isoformat()), ("share", _pct(credit.share))),
        (("loan_marketing.rate", scheme.text("loan_marketing.rate")),
         ("loan_marketing.expansion_factor", scheme.text("loan_marketing.expansion_factor"))))


def quarter_average(monthly: Sequence[tuple[str, Decimal, int]]) -> Decimal:
    """Day-weighted average of (month, daily average, days in month); exact."""
    days = sum(m[2] for m in monthly)
    return sum((m[1] * m[2] for m in monthly), ZERO) / days


def deposit_marketing(scheme: Scheme, increase: Decimal, current: Decimal,
                      previous: Decimal) -> DetailLine:
    rate = scheme["deposit.rate"]
    return DetailLine("deposit_marketing", round2(max(ZERO, increase) * rate), "6.4",
                      f"max(0, {money_str(increase)}) × {plain_decimal(rate)}",
                      (("quarter_average", money_str(current)),
                       ("previous_average", money_str(previous))),
                      (("deposit.rate", scheme.text("deposit.rate")),))


def qualifying_qty(item: Item, scheme: Scheme) -> int:
    if item.item == "bank_card":
        balance = item.card_balance if item.card_balance is not None else ZERO
        return item.qty if balance >= scheme["piece.bank_card.min_balance"] else 0
    return item.qty


def piece_lines(scheme: Scheme, items: Sequence[Item]) -> dict[str, list[DetailLine]]:
    rates = {"bank_card": "piece.bank_card", "pos": "piece.pos", "agency": "piece.agency"}
    lines: dict[str, list[DetailLine]] = {k: [] for k in rates}
    # A full sort key: the lines must not depend on the order in which rows arrive.
    for item in sorted(items, key=lambda i: (i.date, i.item, i.qty, i.card_balance or ZERO)):
        key = rates[item.item]
        qty = qualifying_qty(item, scheme)
        price = scheme[key]
        inputs = [("date", item.date.isoformat()), ("qty", str(item.qty)),
                  ("qualifying", str(qty))]
        params = [(key, scheme.text(key))]
        if item.item == "bank_card":
            inputs.append(("card_balance", money_str(item.card_balance or ZERO)))
            params.append(("piece.bank_card.min_balance",
                           scheme.text("piece.bank_card.min_balance")))
        lines[item.item].append(DetailLine(item.item, round2(price * qty), "6.5",
                                           f"{money_str(price)} × {qty}",
                                           tuple(inputs), tuple(params)))
    return lines


def npl_recovery(scheme: Scheme, recovery: Recovery) -> DetailLine:
    rate = scheme["npl_recovery.rate"]
    return DetailLine("npl_recovery", round2(recovery.amount * rate), "6.6",
                      f"{money_str(recovery.amount)} × {plain_decimal(rate)}",
                      (("contract_no", recovery.contract_no), ("date", recovery.date.isoformat()),
                       ("recovered", money_str(recovery.amount))),
                      (("npl_recovery.rate", scheme.text("npl_recovery.rate")),))


def npl_balance(pairs: Iterable[Snapshot]) -> Decimal:
    return sum((s.balance for s in pairs if s.grade in NPL_GRADES), ZERO)
