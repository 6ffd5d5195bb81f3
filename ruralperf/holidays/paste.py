"""Reading the State Council's holiday notice as pasted text (quick entry of a year).

Accepted, sentence by sentence (sentences end with 。 ； or a line break):
- ISO dates and ranges: `2027-02-06 至 2027-02-13 放假, 2027-02-14 上班`;
- the official wording: `二、春节：2月6日（星期六）至13日（星期六）放假调休，共8天。2月14日（星期日）上班。`
  (a heading `二、春节：` names the days that follow; `共N天` must match the days listed; a
  weekday in brackets must be that date's weekday; a range end without a month takes the
  start's month).
Dates without a year are in the year chosen on the page. A sentence without any date is prose
(the notice's title and closing words) and is skipped, unless it has digits and 放假/上班 (then
it probably holds a date this reader cannot read, and the whole text is refused). Anything else
it cannot read refuses the text with the fragment quoted: it never guesses."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ruralperf.errors import UserError
from ruralperf.holidays.store import MAKE_UP_WORKDAY, REST_DAY, HolidayDay

_DATE = (r"(?:(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)"
         r"|(?:(?P<cy>\d{4})\s*年\s*)?(?:(?P<cm>\d{1,2})\s*月\s*)?(?P<cd>\d{1,2})\s*日)")
_WEEKDAY = r"(?:[（(](?P<wk>[^（）()]*)[）)])?"
TOKENS = re.compile("|".join([
    rf"(?P<date>{_DATE})\s*{_WEEKDAY}",
    r"(?P<range>至|到|~|～|—|–|－|-)",
    r"(?P<rest>放假调休|放假|休息)",
    r"(?P<work>调休上班|上班|补班)",
    r"(?P<count>(?:共\s*)?(?P<n>\d+)\s*天)",
    r"(?P<filler>不调休|调休|与周末连休|连休|[，,、和及与\s])",
]))
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff、]{1,15})\s*[：:]")
SENTENCES = re.compile(r"[。；;\n]")
WEEKDAYS = "一二三四五六日"
PARENS = re.compile(r"[（(][^（）()]*[）)]")
YEAR_ONLY = re.compile(r"\d{4}\s*年(?!\s*\d)")
ACTION = re.compile(r"放假|上班|补班")


@dataclass
class PasteResult:
    days: list[HolidayDay] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # prose sentences, shown in the preview


def _refuse(code: str, **params) -> UserError:
    return UserError(code, **params)


def _weekday_ok(text: str, day: date) -> bool:
    m = re.search(r"(?:星期|周|礼拜)([一二三四五六日天])", text)
    if m is None:
        return True  # 农历除夕 and the like: nothing to check
    stated = "日" if m.group(1) == "天" else m.group(1)
    return WEEKDAYS.index(stated) == day.weekday()


class _Sentence:
    def __init__(self, text: str, year: int, note: str):
        self.text, self.year, self.note = text, year, note
        self.pending: list[date] = []
        self.rest_in_sentence = 0
        self.range_open = False
        self.last: date | None = None
        self.days: list[HolidayDay] = []

    def date(self, m: re.Match) -> None:
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            year = int(m.group("cy")) if m.group("cy") else None
            month = int(m.group("cm")) if m.group("cm") else None
            d = int(m.group("cd"))
            if month is None:  # "13日" ends a range started in a known month
                if not (self.range_open and self.last is not None):
                    raise _refuse("paste_no_month", text=m.group("date").strip())
                month, year = self.last.month, year or self.last.year
            y, mo = year or self.year, month
        try:
            day = date(y, mo, d)
        except ValueError:
            raise _refuse("paste_bad_date", text=m.group("date").strip()) from None
        if m.group("wk") is not None and not _weekday_ok(m.group("wk"), day):
            raise _refuse("paste_wrong_weekday", day=day.isoformat(), text=m.group(0).strip())
        if self.range_open:
            start = self.pending.pop()
            if day < start:
                raise _refuse("paste_range_backwards", text=f"{start.isoformat()}—{day.isoformat()}")
            self.pending += [start + timedelta(days=i) for i in range((day - start).days + 1)]
            self.range_open = False
        else:
            self.pending.append(day)
        self.last = day

    def action(self, kind: str, fragment: str) -> None:
        if not self.pending or self.range_open:
            raise _refuse("paste_unreadable", text=fragment)
        self.days += [HolidayDay(d, kind, self.note) for d in self.pending]
        if kind == REST_DAY:
            self.rest_in_sentence += len(self.pending)
        self.pending = []

    def count(self, n: int, fragment: str) -> None:
        # "共8天" (or "放假1天") must say how many rest days this sentence listed.
        if self.rest_in_sentence != n and not self.pending:
            raise _refuse("paste_count_mismatch", n=n, listed=self.rest_in_sentence,
                          text=self.text.strip())


def _sentence_days(text: str, year: int, note: str) -> list[HolidayDay]:
    s = _Sentence(text, year, note)
    pos = 0
    while pos < len(text):
        m = TOKENS.match(text, pos)
        if m is None or m.end() == pos:
            raise _refuse("paste_unreadable", text=text[pos:pos + 12].strip() or text.strip())
        if m.group("date"):
            s.date(m)
        elif m.group("range"):
            if not s.pending or s.range_open:
                raise _refuse("paste_unreadable", text=m.group(0))
            s.range_open = True
        elif m.group("rest"):
            s.action(REST_DAY, m.group(0))
        elif m.group("work"):
            s.action(MAKE_UP_WORKDAY, m.group(0))
        elif m.group("count"):
            s.count(int(m.group("n")), m.group(0))
        pos = m.end()
    if s.pending or s.range_open:
        raise _refuse("paste_no_action", text=text.strip())
    return s.days


def parse_notice(text: str, year: int) -> PasteResult:
    """The days of `year` the text lists (checked; a day listed twice must agree)."""
    result = PasteResult()
    note = ""
    found: dict[date, HolidayDay] = {}
    for sentence in SENTENCES.split(text or ""):
        heading = HEADING.match(sentence)
        if heading:
            note = heading.group("name")
            sentence = sentence[heading.end():]
        if not sentence.strip():
            continue
        if not re.search(_DATE, sentence):
            plain = YEAR_ONLY.sub("", PARENS.sub("", sentence))
            if re.search(r"\d", plain) and ACTION.search(plain):
                raise _refuse("paste_unreadable", text=sentence.strip())
            result.skipped.append(sentence.strip())
            continue
        for day in _sentence_days(sentence, year, note):
            if day.day.year != year:
                raise _refuse("holiday_wrong_year", day=day.day.isoformat(), year=year)
            if day.is_workday and day.day.weekday() < 5:
                raise _refuse("holiday_makeup_weekday", day=day.day.isoformat())
            other = found.get(day.day)
            if other is not None and other.kind != day.kind:
                raise _refuse("paste_contradiction", day=day.day.isoformat())
            found.setdefault(day.day, day)
    if not found:
        raise _refuse("paste_nothing", year=year)
    result.days = sorted(found.values(), key=lambda d: d.day)
    return result
