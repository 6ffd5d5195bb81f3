"""Composite task completion (DOMAIN.md 4)."""
from __future__ import annotations

from decimal import Decimal

from ruralperf.domain.money import ZERO, round4

ONE = Decimal(1)


def completion(actual: Decimal, target: Decimal, cap: Decimal | None = None) -> Decimal:
    """max(0, round4(actual / target)) for a positive target; 1 or 0 otherwise; then the cap."""
    if target > 0:
        value = max(Decimal("0.0000"), round4(Decimal(actual) / Decimal(target)))
    else:
        value = Decimal("1.0000") if actual >= target else Decimal("0.0000")
    if cap is not None:
        value = min(value, round4(cap))
    return value


def composite(completions: dict[str, Decimal], weights: dict[str, Decimal]) -> Decimal:
    """p = round4(sum of weight x completion)."""
    return round4(sum((weights[k] * completions[k] for k in completions), ZERO))


def extreme_completions(scheme, completions: dict[str, Decimal]) -> list:
    """A warning per indicator whose completion is strictly above `composite.warn_completion`
    (DOMAIN.md 4; a target is probably wrong). It changes no amount."""
    from ruralperf.domain.results import Finding

    limit = scheme["composite.warn_completion"]
    if limit is None:
        return []
    return [Finding("completion_extreme", key, (("completion", _percent(value)),
                                                ("limit", _percent(limit))))
            for key, value in completions.items() if value > limit]


def _percent(value: Decimal) -> str:
    return f"{(Decimal(value) * 100).quantize(Decimal('0.01')).normalize():f}%"
