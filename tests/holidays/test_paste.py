"""The paste parser reads the State Council's notice in its usual wordings, and refuses with a
message what it cannot read (never a guess)."""
from __future__ import annotations


import chinese_calendar as cc
import pytest

from ruralperf.errors import UserError
from ruralperf.holidays.paste import parse_notice

NOTICE_2025 = """国务院办公厅关于2025年部分节假日安排的通知
经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。
"""


def days(text, year=2027):
    return [(d.day.isoformat(), d.kind, d.note) for d in parse_notice(text, year).days]


def test_the_whole_2025_notice_gives_exactly_the_built_in_2025():
    parsed = parse_notice(NOTICE_2025, 2025)
    mine = {(d.day, d.is_workday) for d in parsed.days}
    built_in = ({(d, False) for d in cc.holidays if d.year == 2025}
                | {(d, True) for d in cc.workdays if d.year == 2025})
    assert mine == built_in
    assert {d.note for d in parsed.days} == {"元旦", "春节", "清明节", "劳动节", "端午节",
                                             "国庆节、中秋节"}
    assert len(parsed.skipped) == 3  # title, opening and closing prose


def test_iso_ranges_and_single_days():
    got = days("2027-02-06 至 2027-02-13 放假, 2027-02-14 上班")
    assert got[0] == ("2027-02-06", "rest_day", "") and len(got) == 9
    assert got[-1] == ("2027-02-14", "make_up_workday", "")


@pytest.mark.parametrize("text", [
    "2月6日至13日放假调休，共8天。2月14日（星期日）上班。",
    "春节：2月6日（周六）至2月13日（周六）放假调休，共8天。2月14日（星期日）上班",
    "2027年2月6日至2027年2月13日放假；2027年2月14日上班",
    "2027/2/6-2027/2/13 休息\n2027/2/14 补班",
])
def test_official_and_informal_wordings_agree(text):
    got = days(text)
    assert [g[0] for g in got] == [f"2027-02-{n:02d}" for n in range(6, 15)]
    assert [g[1] for g in got] == ["rest_day"] * 8 + ["make_up_workday"]


def test_a_range_across_months_and_a_single_day_off():
    got = days("一、元旦：1月1日（周五）放假1天，不调休。二、春节：1月30日至2月2日放假。")
    assert [g[0] for g in got] == ["2027-01-01", "2027-01-30", "2027-01-31", "2027-02-01",
                                   "2027-02-02"]
    assert got[0][2] == "元旦" and got[1][2] == "春节"


@pytest.mark.parametrize("text,code", [
    ("2月14号上班", "paste_unreadable"),  # 号 is not read as 日
    ("2月6日至13日放假调休，共7天。", "paste_count_mismatch"),
    ("2月15日（星期日）上班", "paste_wrong_weekday"),  # 2027-02-15 is a Monday
    ("2月16日上班", "holiday_makeup_weekday"),
    ("13日至15日放假", "paste_no_month"),
    ("2月13日至2月6日放假", "paste_range_backwards"),
    ("2月30日放假", "paste_bad_date"),
    ("2月6日、2月7日", "paste_no_action"),
    ("2月6日放假。2月6日上班。", "paste_contradiction"),
    ("2026-10-01 放假", "holiday_wrong_year"),
    ("经国务院批准，现将放假安排通知如下", "paste_nothing"),
    ("2月6日大约放假", "paste_unreadable"),
])
def test_refusals_say_what_cannot_be_read(text, code):
    with pytest.raises(UserError) as exc:
        parse_notice(text, 2027)
    assert exc.value.code == code
    message = exc.value.message("zh_CN")
    assert "{" not in message and message == exc.value.message()
    assert "{" not in exc.value.message("en")


def test_the_refusal_quotes_the_fragment():
    with pytest.raises(UserError) as exc:
        parse_notice("2月14号上班", 2027)
    assert "2月14号上班" in exc.value.message("zh_CN")
