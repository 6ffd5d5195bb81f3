"""A parameter's value in words for the screens (never `false` or `0:20;…:committee`)."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from ruralperf.domain.money import money_display
from ruralperf.domain.parameters import parse_tiers


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParameterWords", text)


def parameter_words(key: str, text: str) -> str:
    value = (text or "").strip()
    if value.lower() in ("true", "false"):
        return _tr("是") if value.lower() == "true" else _tr("否")
    if ";" in value and ":" in value:
        try:
            tiers = parse_tiers(value)
        except (ValueError, InvalidOperation, TypeError):
            return value
        parts = []
        for low, reward in tiers:
            amount = _tr("提交委员会研究") if reward is None else \
                _tr("{0} 元").format(money_display(Decimal(reward)))
            parts.append(_tr("{0} 元起：{1}").format(money_display(Decimal(low)), amount))
        return "；".join(parts)
    if not value:
        return _tr("（未设置）")
    return value
