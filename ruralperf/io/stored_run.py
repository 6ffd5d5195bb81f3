"""Stored pay runs: the one form a computed run is kept in (`pay_runs.result_json`) and the one
function that reads it back.

The document is the CLI's pay-run JSON (io.jsonout, CLI.md) plus

- `format`: FORMAT (2). A run stored before formats were numbered has none and reads as 1;
- `parameters_used`: every parameter the engine read, with the typed value it used
  (domain.trace), so statements and explanations print what the engine used.

A format-1 run carries the entered text of every parameter only; its record is derived once,
here, with the parsers the engine uses (domain.parameters), and has no effective dates.
"""
from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ruralperf.domain.parameters import parse_value
from ruralperf.domain.results import Finding, PayRunResult, paid_of
from ruralperf.domain.trace import ParameterUse
from ruralperf.io.jsonout import finding_back, payrun_from_json, payrun_json

FORMAT = 2
SUMMARIES_KEPT = 6  # the home page's five quarters, and one more


def dumps(result: PayRunResult) -> str:
    """The text stored for a run."""
    document = payrun_json(result)
    document["format"] = FORMAT
    document["parameters_used"] = {
        key: {"value": _encode(use.value), "text": use.text,
              "since": use.since.isoformat() if use.since else None}
        for key, use in sorted(result.parameters_used.items())}
    return json.dumps(document, ensure_ascii=False)


@dataclass(frozen=True)
class StaffSummary:
    """A staff row of a stored run as the home page shows it: its 应发, 实发 and findings."""

    staff_no: str
    name: str
    net: Decimal
    paid: Decimal
    errors: tuple[Finding, ...]
    warnings: tuple[Finding, ...]


@dataclass(frozen=True)
class RunSummary:
    """A stored run read without its indicators and detail lines (the home page's findings
    and chart): what `loads` gives for these, in a fraction of the time on a county's run."""

    staff: tuple[StaffSummary, ...]
    warnings: tuple[Finding, ...]  # the run's own (PayRunResult.warnings, .errors)
    errors: tuple[Finding, ...]


def _document(text: str) -> dict:
    document = json.loads(text)
    version = document.get("format", 1)
    if version > FORMAT:
        raise ValueError(f"pay run stored in format {version}; this program reads up to {FORMAT}")
    return document


_kept: dict[bytes, RunSummary] = {}  # by the text's digest, the newest last
_kept_lock = threading.Lock()


def summary(text: str) -> RunSummary:
    """The summary of a stored run, whatever format it was stored in (a first-edition run has
    no deferral: paid = net, as `jsonout.staff_from_json` reads it). Kept for the last few
    texts read, by their digest (a summary is immutable and depends on the text alone; the
    texts themselves, 12 MB each on a county, are not kept): the home page's facts and its
    chart both read the quarter's run as the window opens, 0.1 s each on a county."""
    key = hashlib.sha256(text.encode("utf-8")).digest()
    with _kept_lock:
        found = _kept.pop(key, None)
        if found is not None:
            _kept[key] = found
            return found
    found = _summary(text)
    with _kept_lock:
        _kept[key] = found
        while len(_kept) > SUMMARIES_KEPT:
            del _kept[next(iter(_kept))]
    return found


def _summary(text: str) -> RunSummary:
    document = _document(text)
    return RunSummary(
        tuple(StaffSummary(
            s["staff_no"], s["name"], Decimal(s["net"]),
            paid_of(Decimal(s["net"]), Decimal(s.get("deferred", "0.00")),
                    Decimal(s.get("released", "0.00"))),
            tuple(map(finding_back, s["findings"]["errors"])),
            tuple(map(finding_back, s["findings"]["warnings"]))) for s in document["staff"]),
        tuple(map(finding_back, document.get("run_warnings", []))),
        tuple(map(finding_back, document.get("run_errors", []))))


def loads(text: str) -> PayRunResult:
    """A stored run, whatever format it was stored in."""
    document = _document(text)
    version = document.get("format", 1)
    result = payrun_from_json(document)
    if version == 1:
        used = _derived(result.parameters)
    else:
        used = {key: ParameterUse(key, _decode(x["value"]), x["text"],
                                  date.fromisoformat(x["since"]) if x.get("since") else None)
                for key, x in document["parameters_used"].items()}
    return PayRunResult(result.quarter, result.scheme_date, result.parameters, result.staff,
                        result.warnings, result.errors, parameters_used=used)


def _derived(parameters: dict[str, str]) -> dict[str, ParameterUse]:
    """Format 1: the typed value of each key in force, parsed as the engine parses it."""
    used = {}
    for key, text in sorted(parameters.items()):
        try:
            used[key] = ParameterUse(key, parse_value(key, text), text)
        except (KeyError, ValueError, ArithmeticError):
            continue  # a key or text no longer understood: the engine could not have read it
    return used


def _encode(value: Any) -> Any:
    """JSON for a typed parameter value: Decimals and dates tagged, tuples as lists."""
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    raise TypeError(f"cannot store a parameter value of type {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "decimal" in value:
            return Decimal(value["decimal"])
        return date.fromisoformat(value["date"])
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    return value
