"""First-run wizard page 3: start with the demo data, or empty with the blank template."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
                               QWidget, QWizard)

from ruralperf.i18n import current_lang
from ui.context import AppContext
from ui.records.background import run_for

from ui.session.wizard_common import NOTE_STYLE, _BackgroundPage, documents_dir


class DataPage(_BackgroundPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setTitle(self.tr("数据"))
        self.setSubTitle(self.tr("可以先用演示数据熟悉程序，也可以从空白开始，用导入模板填入本网点的数据。"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("继续"))
        self.demo = QRadioButton(self.tr("使用演示数据开始"), self)
        self.has_data = False
        demo_note = QLabel(self.tr("载入一个虚构网点：十余名员工、约 2000 笔贷款、两年的月末台账和"
                                   "时效案例。演示数据只用于熟悉程序，不要与真实数据混在一起。"),
                           self)
        self.demo_note = demo_note
        self.empty = QRadioButton(self.tr("从空白开始并导入模板"), self)
        empty_note = QLabel(self.tr("先保存空白导入模板，在 Excel 中填好后，用“导入”页导入。"), self)
        for note in (demo_note, empty_note):
            note.setWordWrap(True)
            note.setStyleSheet(NOTE_STYLE)
            note.setIndent(24)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.demo)
        self.choice.addButton(self.empty)
        self.empty.setChecked(True)
        self.template_path = QLineEdit(str(documents_dir() / self.tr("导入模板.xlsx")), self)
        self.browse_button = QPushButton(self.tr("浏览…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.open_import = QCheckBox(self.tr("完成向导后打开导入向导"), self)
        self.open_import.setChecked(True)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(24, 0, 0, 0)
        path_row.addWidget(QLabel(self.tr("模板保存到"), self))
        path_row.addWidget(self.template_path, 1)
        path_row.addWidget(self.browse_button)
        import_row = QHBoxLayout()
        import_row.setContentsMargins(24, 0, 0, 0)
        import_row.addWidget(self.open_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo)
        layout.addWidget(demo_note)
        layout.addSpacing(10)
        layout.addWidget(self.empty)
        layout.addWidget(empty_note)
        layout.addLayout(path_row)
        layout.addLayout(import_row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        self.choice.buttonToggled.connect(self._choice_changed)
        self._choice_changed()

    def initializePage(self) -> None:  # noqa: N802
        """Demo data only goes into an empty database (never mixed with real records)."""
        overview = self.ctx.workspace.overview
        self.has_data = True  # until the check says otherwise
        self._choice_changed()
        run_for(self, lambda _p: overview.is_empty(), on_done=self._database_empty,
                on_error=lambda _e: self._database_empty(False))

    def _database_empty(self, empty: bool) -> None:
        self.has_data = not empty
        self._choice_changed()
        if not empty:
            self.empty.setChecked(True)
            self.demo_note.setText(self.tr("数据库中已经有数据，不能再载入演示数据。"))

    def uses_demo(self) -> bool:
        return self.demo.isChecked()

    def _choice_changed(self, *_args) -> None:
        empty = self.empty.isChecked()
        self.demo.setEnabled(not self.has_data and not self.busy)
        for widget in (self.template_path, self.browse_button, self.open_import):
            widget.setEnabled(empty and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self._choice_changed()

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存空白导入模板"),
                                              self.template_path.text(),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            self.template_path.setText(path)

    def prepare(self):
        ws = self.ctx.workspace
        if self.uses_demo():
            def load(progress):
                return ws.import_demo(progress=progress)

            return load, self.tr("正在载入演示数据…")
        text = self.template_path.text().strip()
        if not text:
            self.error.setText(self.tr("请选择模板的保存位置。"))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        lang = current_lang()

        def write(_progress):
            path.parent.mkdir(parents=True, exist_ok=True)
            return ws.write_template(path, lang=lang)

        return write, self.tr("正在保存模板…")

    def finished(self, result) -> bool:
        wizard = self.wizard()
        if self.uses_demo():
            if not getattr(result, "ok", True):
                lang = current_lang()
                lines = [e.message(lang) for e in result.errors[:5]]
                self.error.setText(self.tr("演示数据未能载入：") + "\n" + "\n".join(lines))
                return False
            if wizard is not None:
                wizard.demo_loaded = True
                self.ctx.data_changed.emit("*")
        elif wizard is not None:
            wizard.template = Path(result)
            wizard.open_import = self.open_import.isChecked()
        return True
