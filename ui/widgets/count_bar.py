"""A progress bar that counts the loans done ("正在计算诉讼时效：12,000 / 47,180 笔"), not only
a busy bar: the limitation page and the home page's limitation card show the same words."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar


def show_loan_count(bar: QProgressBar, done: int, total: int) -> str | None:
    """Set `bar` to `done` of `total` loans with its words; returns them (None for no total)."""
    if total <= 0:
        return None
    bar.setRange(0, total)
    bar.setValue(min(done, total))
    bar.setFormat(QCoreApplication.translate("LimitationProgress", "正在计算诉讼时效：{0} / {1} 笔")
                  .format(f"{done:,}", f"{total:,}"))
    bar.show()
    return bar.format()
