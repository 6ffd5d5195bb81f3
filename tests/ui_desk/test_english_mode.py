"""Issue 13.11: in English, household kinds are words ("Farm household", not 农户), one of a
thing is singular ("1 row", "1 NPL recovery", not "1 rows"), and no column title or cell is cut
("Customer typ…", "Self-…")."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.ui_desk.keyboard import type_text
from tests.ui_records.conftest import idle, open_page

pytestmark = pytest.mark.gui


@pytest.fixture
def english(qapp, monkeypatch):
    from ui.i18n import install_language, remove_language

    monkeypatch.setenv("RURALPERF_LANG", "zh_CN")  # restored afterwards
    translators = install_language(qapp, "en")
    assert translators, "ruralperf_en.qm not found: run resources/translations/update.sh"
    yield
    remove_language(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))


def test_household_kinds_in_words(qtbot, english, golden_ctx):
    from ui.records.pages import HouseholdsPage

    page = open_page(qtbot, HouseholdsPage(golden_ctx), rows=22)
    kind = [c.key for c in page.model.columns].index("kind")
    combo = next(iter(page.filter_combos.values()))
    assert combo.itemText(0) == "Kind: all"
    assert "Farm household" in [combo.itemText(i) for i in range(combo.count())]
    page.search.setFocus()
    type_text(qtbot, page.search, "H01")
    qtbot.keyClick(page.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.model.index(0, kind).data() == "Farm household"
    assert page.status.text() == "1 row, 1 shown"


def test_one_is_singular(qtbot, english, golden_ctx):
    from ui.i18n import counted

    assert counted("0 blocking errors, 1 warnings") == "0 blocking errors, 1 warning"
    assert counted("(1 days left)") == "(1 day left)"
    assert counted("21 loans, 11 rows") == "21 loans, 11 rows"
    from ruralperf.domain.periods import Quarter
    from ui.workflow.home_page import HomePage
    from ui.workflow.quarter import QuarterState

    page = HomePage(golden_ctx, QuarterState(Quarter(2025, 3)))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    idle(qtbot, golden_ctx, 30000)
    card = page.completeness
    assert "1 NPL recovery," in card.others.text(), card.others.text()
    assert "1 NPL recoveries" not in card.others.text()


def test_no_column_title_or_word_is_cut(qtbot, english, golden_ctx):
    from ui.records.loans_page import LoansPage

    page = open_page(qtbot, LoansPage(golden_ctx), rows=25)
    header = page.view.horizontalHeader()
    titles = [page.model.headerData(i, Qt.Horizontal) for i in range(page.model.columnCount())]
    assert "Customer type" in titles
    for i, title in enumerate(titles):
        assert page.view.columnWidth(i) >= header.sectionSizeHint(i), title
        assert page.view.columnWidth(i) >= page.view.sizeHintForColumn(i), title
