"""`ruralperf holidays YEAR [--paste FILE [--dry-run]]`: list a year with its source, enter it
from a pasted notice (showing the expiries it moves), refuse what it cannot read (exit 1)."""
from __future__ import annotations

from ruralperf.cli import main

NOTICE = "二、春节：2月6日（星期六）至13日（星期六）放假调休，共8天。2月14日（星期日）上班。\n"


def test_list_paste_and_list_again(branch_ws, tmp_path, capsys):
    db = branch_ws.db
    branch_ws.close()
    assert main(["--db", db, "holidays", "2027"]) == 0
    assert capsys.readouterr().out.strip() == "2027 年节假日：尚未录入：按仅周末休息计算"
    notice = tmp_path / "notice.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    assert main(["--db", db, "holidays", "2027", "--paste", str(notice), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "  2027-02-14  周日  调休上班日  春节" in out
    assert "到期日将变动的贷款：1 笔" in out and "[今日时效清单] L1  2027-02-08 -> 2027-02-14" in out
    assert out.strip().endswith("试运行：未保存")
    assert main(["--db", db, "holidays", "2027", "--paste", str(notice)]) == 0
    assert "2027 年节假日已保存：新增 9 天" in capsys.readouterr().out
    assert main(["--db", db, "--lang", "en", "holidays", "2027"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("holidays of 2027: pasted from notice.txt by admin on ")
    assert out[1] == "  2027-02-06  Sat  rest day  春节" and len(out) == 10


def test_what_cannot_be_read_exits_1_and_saves_nothing(branch_ws, tmp_path, capsys):
    db = branch_ws.db
    branch_ws.close()
    notice = tmp_path / "notice.txt"
    notice.write_text("2月14号上班", encoding="utf-8")
    assert main(["--db", db, "holidays", "2027", "--paste", str(notice)]) == 1
    err = capsys.readouterr().err
    assert "无法识别：“2月14号上班”" in err and "Traceback" not in err
    assert main(["--db", db, "holidays", "20x7"]) == 1
    assert "年份无效：20x7" in capsys.readouterr().err
    assert main(["--db", db, "holidays", "2027", "--paste", str(tmp_path / "none.txt")]) == 1
    assert "无法读取文本文件" in capsys.readouterr().err
    assert main(["--db", db, "holidays", "2027"]) == 0
    assert "尚未录入" in capsys.readouterr().out
