"""Restoration rewards and penalties (DOMAIN.md 7.4)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from ruralperf.domain.money import ZERO, money_str
from ruralperf.domain.parameters import Scheme
from ruralperf.domain.results import DetailLine, Finding, Restoration


def tier_reward(amount: Decimal, tiers) -> Decimal | None:
    """Reward for a group amount; None means the committee decides."""
    reward: Decimal | None = tiers[0][1]
    for low, value in tiers:
        if amount >= low:
            reward = value
    return reward


@dataclass(frozen=True)
class RestorationOutcome:
    rewards: dict[str, list[DetailLine]]
    penalties: dict[str, list[DetailLine]]
    warnings: dict[str, list[Finding]]


def restoration_outcome(restorations: Iterable[Restoration], scheme: Scheme) -> RestorationOutcome:
    """Group the quarter's restorations and turn each group into reward and penalty lines."""
    cutoff = scheme["sol.legacy_cutoff"]
    tiers = scheme["sol.reward_tiers"]
    groups: dict[tuple, list[Restoration]] = defaultdict(list)
    for r in restorations:
        groups[(r.household_no, r.staff_no, r.responsible, r.legacy(cutoff))].append(r)
    rewards: dict[str, list[DetailLine]] = defaultdict(list)
    penalties: dict[str, list[DetailLine]] = defaultdict(list)
    warnings: dict[str, list[Finding]] = defaultdict(list)
    for (household, restorer, responsible, legacy), members in sorted(
            groups.items(), key=lambda kv: tuple(str(k) for k in kv[0])):
        amount = sum((m.amount for m in members), ZERO)
        contracts = ",".join(sorted({m.contract_no for m in members}))
        inputs = (("household", household), ("contracts", contracts),
                  ("group_amount", money_str(amount)), ("restorer", restorer or ""),
                  ("responsible", responsible or ""), ("legacy", "yes" if legacy else "no"),
                  ("lapse_dates", ",".join(sorted({m.lapse_date.isoformat() for m in members}))),
                  ("dates", ",".join(sorted({m.date.isoformat() for m in members}))))
        params = (("sol.reward_tiers", scheme.text("sol.reward_tiers")),
                  ("sol.legacy_cutoff", scheme.text("sol.legacy_cutoff")))
        if not legacy and restorer == responsible:
            continue  # restored by the responsible officer: neither reward nor penalty
        reward = tier_reward(amount, tiers)
        if restorer is None:
            continue
        if reward is None:
            rewards[restorer].append(DetailLine(
                "sol_reward", ZERO, "7.4", f"{money_str(amount)} ≥ committee tier",
                inputs, params, flag="committee"))
            warnings[restorer].append(Finding("committee", household,
                                              (("amount", money_str(amount)),)))
            continue
        rewards[restorer].append(DetailLine(
            "sol_reward", reward, "7.4", f"tier({money_str(amount)}) = {money_str(reward)}",
            inputs, params))
        if not legacy and responsible:
            penalties[responsible].append(DetailLine(
                "sol_penalty", reward, "7.4", f"= reward to {restorer}", inputs, params,
                flag="penalty"))
    return RestorationOutcome(dict(rewards), dict(penalties), dict(warnings))
