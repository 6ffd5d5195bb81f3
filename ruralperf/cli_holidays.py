"""`ruralperf holidays YEAR [--list] [--paste FILE [--dry-run]]`: the holiday calendar of a year
on the command line (the page 节假日 in the application does the same)."""
from __future__ import annotations

import sys
from pathlib import Path

from ruralperf.domain.enums import HolidayKind
from ruralperf.i18n import tr

WEEKDAYS = {"zh": "一二三四五六日", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
KIND_TEXT = {k.value: (k.zh, k.en_lower) for k in HolidayKind}


def add_parser(sub) -> None:
    h = sub.add_parser("holidays", help="the holiday calendar of a year: list it, or enter it "
                                        "from the State Council's notice pasted in a text file")
    h.add_argument("year")
    h.add_argument("--list", action="store_true", help="list the year's days (the default)")
    h.add_argument("--paste", metavar="FILE",
                   help="a text file (UTF-8; - for standard input) with the notice or lines "
                        "like '2027-02-06 至 2027-02-13 放假, 2027-02-14 上班'; it replaces "
                        "the whole year")
    h.add_argument("--dry-run", action="store_true", help="with --paste: show, save nothing")


def _en(lang: str) -> bool:
    return lang.startswith("en")


def day_line(day, lang: str) -> str:
    en = _en(lang)
    weekday = WEEKDAYS["en" if en else "zh"][day.day.weekday()]
    kind = KIND_TEXT[day.kind][1 if en else 0]
    return f"  {day.day.isoformat()}  {weekday if en else '周' + weekday}  {kind}  {day.note}".rstrip()


def source_text(source, lang: str) -> str:
    if source.kind == "builtin":
        return tr("holiday_source_builtin", lang)
    if source.kind == "missing":
        return tr("holiday_source_missing", lang)
    how = {"import": "holiday_source_import", "paste": "holiday_source_paste"}.get(
        source.kind, "holiday_source_form")
    return tr(how, lang, file=source.file, user=source.user, at=source.at)


def _read(path: str, lang: str) -> str:
    from ruralperf.errors import UserError

    try:
        return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("cannot_read_text", value=f"{path} ({exc.__class__.__name__})") from None


def move_line(mv, lang: str) -> str:
    where = tr("holiday_moves_today", lang) if mv.where is None else str(mv.where)
    old = mv.old_expiry.isoformat() if mv.old_expiry else "-"
    new = mv.new_expiry.isoformat() if mv.new_expiry else "-"
    return f"  [{where}] {mv.contract_no}  {old} -> {new}"


def cmd_holidays(ws, args) -> int:
    from ruralperf.holidays.service import checked_year

    lang = args.lang_resolved
    year = checked_year(args.year)
    if args.paste:
        parsed = ws.holidays.parse(_read(args.paste, lang), year)
        for text in parsed.skipped:
            print(tr("holiday_paste_skipped", lang, text=text), file=sys.stderr)
        for day in parsed.days:
            print(day_line(day, lang))
        moves = ws.holidays.moves(year, parsed.days)
        print(tr("holiday_moves", lang, n=len({mv.contract_no for mv in moves})))
        for mv in moves:
            print(move_line(mv, lang))
        if args.dry_run:
            print(tr("holiday_dry_run", lang))
            return 0
        name = "stdin" if args.paste == "-" else Path(args.paste).name
        done = ws.holidays.save(year, parsed.days, source=f"paste:{name}")
        print(tr("holiday_saved", lang, year=year, inserted=done.inserted, updated=done.updated,
                 unchanged=done.unchanged))
        return 0
    cal = ws.holidays.year(year)
    print(tr("holiday_year", lang, year=year, source=source_text(cal.source, lang)))
    if cal.frozen.until is not None and cal.frozen.until.year >= year:
        print(tr("holiday_frozen", lang, day=cal.frozen.until.isoformat(),
                 quarter=cal.frozen.quarter))
    for day in cal.days:
        print(day_line(day, lang))
    return 0
