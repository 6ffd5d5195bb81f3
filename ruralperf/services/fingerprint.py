"""The fingerprint of a pay run's inputs: SHA-256 of a canonical text of everything the
computation read (`rules.engine.PayRunInputs`: parameters in force, staff, the month facts
derived from the ledgers, new loans and their credits, deposits, items, recoveries, targets,
adjustments, carried amounts, restorations). Submitting and approving compare the stored
fingerprint with the inputs as they are now, so a run is never approved over changed data.

Canonical: mappings by sorted key, sets and sequences as sorted lists (so neither Python's
hash seed nor a different physical row order changes it), Decimals and dates as text, quarters
and months inside the records by their code ("2025Q3", "2025-07": the form the records carried
before they held `Quarter`/`Month` values, issue 15), so a fingerprint stored earlier still
matches."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from json.encoder import encode_basestring
from typing import Any

from ruralperf.domain.periods import Month, Quarter


def _canonical(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value else "NaN"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (Quarter, Month)):
        return str(value)
    if isinstance(value, Enum):
        return _canonical(value.value)
    if isinstance(value, dict):
        if all(type(k) is str for k in value):  # the same text, without json.dumps per key
            return [[encode_basestring(k), _canonical(v)] for k, v in sorted(
                value.items(), key=lambda kv: encode_basestring(kv[0]))]
        return [[_text(k), _canonical(v)] for k, v in sorted(value.items(), key=lambda kv:
                                                             _text(kv[0]))]
    if isinstance(value, (set, frozenset, list, tuple)):
        # A collection of texts (a staff member's households: a county has 200,000 of them)
        # gives json.dumps's text of each, made directly.
        if all(type(v) is str for v in value):
            return sorted(map(encode_basestring, value))
        return sorted(_text(v) for v in value)
    if dataclasses.is_dataclass(value):
        return {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if hasattr(value, "__dict__"):
        return {k: _canonical(v) for k, v in sorted(vars(value).items())
                if not k.startswith("_")}
    return str(value)


def _text(value: Any) -> str:
    return json.dumps(_canonical(value), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def fingerprint(inputs: Any) -> str:
    """SHA-256 (hex) of the canonical text of a pay run's inputs."""
    canonical = _canonical(inputs)
    quarter = getattr(inputs, "quarter", None)
    if isinstance(quarter, Quarter) and isinstance(canonical, dict):
        # The run's own quarter was always a Quarter, hashed by its fields: it stays so.
        canonical["quarter"] = {"q": quarter.q, "year": quarter.year}
    text = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
