"""`ruralperf template OUT.xlsx`: a blank import workbook (WORKBOOK.md).

One sheet per import sheet with its header row only, so the untouched template imports without
errors and changes nothing. What a notes row would say is kept out of the data: a comment on
each header cell, an input message on each column, and a first sheet "说明" (ignored by the
import with a warning) that explains every sheet, column, enumeration and parameter key.
Enumerations get drop-down lists; columns get number/date/text formats; the header row is frozen.
"""
from __future__ import annotations

from pathlib import Path

from ruralperf.domain.parameters import CAP_PREFIX, DEFINITIONS
from ruralperf.io.sheets import ENUMS, SHEETS, Column, SheetSpec

LAST_ROW = 1_048_576
NOTES_TITLE = {"zh": "说明", "en": "Notes"}
FORMATS = {"text": "@", "id_number": "@", "month": "@", "quarter": "@", "param_value": "@",
           "date": "yyyy-mm-dd", "amount": "#,##0.00", "amount_nonneg": "#,##0.00",
           "amount_pos": "#,##0.00", "int_nonneg": "0", "int_pos": "0", "score": "0"}
WIDTHS = {"date": 13, "month": 10, "quarter": 10, "id_number": 22, "fraction": 11,
          "coefficient": 10, "score": 12, "int_nonneg": 11, "int_pos": 10}
KIND_TEXT = {  # kind -> (中文, English)
    "text": ("文字", "text"),
    "amount": ("金额（元），最多两位小数，可为负数", "amount in yuan, at most two decimals, may be negative"),
    "amount_nonneg": ("金额（元），最多两位小数，不能为负", "amount in yuan, at most two decimals, not negative"),
    "amount_pos": ("金额（元），最多两位小数，大于 0", "amount in yuan, at most two decimals, above 0"),
    "date": ("日期 YYYY-MM-DD（或 Excel 日期）", "date YYYY-MM-DD (or an Excel date)"),
    "month": ("月份 YYYY-MM，如 2025-09", "month YYYY-MM, e.g. 2025-09"),
    "quarter": ("季度，如 2025Q3", "quarter, e.g. 2025Q3"),
    "int_nonneg": ("整数，不小于 0", "whole number, 0 or more"),
    "int_pos": ("整数，大于 0", "whole number above 0"),
    "fraction": ("比例：60、60% 或 0.6 都表示 60%", "share: 60, 60% and 0.6 all mean 60 %"),
    "coefficient": ("系数，大于 0，如 1.2", "factor above 0, e.g. 1.2"),
    "score": ("0–100 的整数", "whole number 0–100"),
    "id_number": ("证件号码；18 位身份证号须通过校验位",
                  "ID number; an 18-digit resident ID must pass its check digit"),
    "param_value": ("数值、比例（0.2%、1.5‰）或日期，视参数而定",
                    "number, rate (0.2%, 1.5‰) or date, as the key needs"),
}
def _en(lang: str) -> bool:
    return (lang or "").lower().startswith("en")


def sheet_title(spec: SheetSpec, lang: str) -> str:
    return f"{spec.zh} ({spec.key})" if _en(lang) else spec.zh


def header_text(column: Column, lang: str) -> str:
    return f"{column.zh} [{column.key}]" if _en(lang) else column.zh


def column_note(spec: SheetSpec, column: Column, lang: str) -> str:
    """Required/optional, format, enumeration choices and the column's own note."""
    en = _en(lang)
    kind = column.kind
    parts = [("required" if column.required else "optional") if en
             else ("必填" if column.required else "选填")]
    if kind.startswith("enum:"):
        choices = "/".join(ENUMS[kind[5:]])
        parts.append(f"choose: {choices}" if en else f"下拉选择：{choices}（也可填英文标识）")
    else:
        parts.append(KIND_TEXT[kind][1 if en else 0])
    extra = column.note_en if en else column.note_zh
    if extra and extra not in parts[-1]:
        parts.append(extra)
    if column.max_len and kind == "text":
        parts.append(f"at most {column.max_len} characters" if en else f"最多 {column.max_len} 个字符")
    return "；".join(parts) if not en else "; ".join(parts)


def key_text(spec: SheetSpec, lang: str) -> str:
    en = _en(lang)
    if spec.natural_key is None:
        return ("every row is new unless an identical row exists" if en
                else "每行为新记录（与已有记录完全相同的行不重复导入）")
    names = [spec.column(k) for k in spec.natural_key]
    if en:
        return "identified by " + " + ".join(c.key for c in names) + " (re-import updates)"
    return "按 " + " + ".join(c.zh for c in names) + " 识别（再次导入即更新）"


def write_template(out_path: str | Path, lang: str = "zh_CN") -> Path:
    from openpyxl import Workbook

    out = Path(out_path)
    wb = Workbook()
    notes = wb.active
    notes.title = NOTES_TITLE["en" if _en(lang) else "zh"]
    param_range = _write_notes(notes, lang)
    for spec in SHEETS:
        _write_sheet(wb.create_sheet(sheet_title(spec, lang)), spec, lang, notes.title,
                     param_range)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out


def _write_sheet(ws, spec: SheetSpec, lang: str, notes_title: str, param_range: str) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    en = _en(lang)
    thin = Side(style="thin", color="9E9E9E")
    for i, column in enumerate(spec.columns, start=1):
        letter = get_column_letter(i)
        cell = ws.cell(row=1, column=i, value=header_text(column, lang))
        cell.font = Font(bold=True, color="FFFFFF" if column.required else "1F3864")
        cell.fill = PatternFill("solid", fgColor="2F5597" if column.required else "D9E2F3")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        note = column_note(spec, column, lang)
        comment = Comment(note, "ruralperf")
        comment.width, comment.height = 260, 110
        cell.comment = comment
        dim = ws.column_dimensions[letter]
        dim.width = max(WIDTHS.get(column.kind, 14), _display_width(cell.value) + 4)
        if column.kind in FORMATS:
            dim.number_format = FORMATS[column.kind]
        rng = f"{letter}2:{letter}{LAST_ROW}"
        dv = _validation(DataValidation, column, spec, notes_title, param_range, en)
        if dv is not None:
            dv.promptTitle = column.zh[:32]
            dv.prompt = note[:250]
            dv.showInputMessage = True
            dv.add(rng)
            ws.add_data_validation(dv)
    ws.row_dimensions[1].height = 30 if en else 22
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}1"


def _validation(DataValidation, column: Column, spec: SheetSpec, notes_title: str,
                param_range: str, en: bool):
    kind = column.kind
    if kind.startswith("enum:"):
        choices = ",".join(ENUMS[kind[5:]])
        # A warning, not a stop: the import also accepts the English identifiers.
        return DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True,
                              showErrorMessage=True, errorStyle="warning",
                              errorTitle="not in the list" if en else "不在下拉列表中",
                              error=(f"choose {choices.replace(',', '/')} (or the English "
                                     "identifier)" if en else
                                     f"请选择 {choices.replace(',', '/')}（或填英文标识）"))
    if spec.key == "parameters" and column.key == "key":
        # The known keys as a list; cap.<position> keys are free, so only a notice.
        return DataValidation(type="list", formula1=f"'{notes_title}'!{param_range}",
                              allow_blank=True, showErrorMessage=True, errorStyle="information",
                              error=("not a listed key; cap.<position> is also allowed" if en
                                     else "不是列出的参数键；cap.<岗位> 也可以"))
    if kind in ("int_nonneg", "int_pos", "score"):
        low = 1 if kind == "int_pos" else 0
        dv = DataValidation(type="whole", operator="between", formula1=str(low),
                            formula2="100" if kind == "score" else str(10**9), allow_blank=True,
                            showErrorMessage=True)
        dv.error = (f"a whole number from {low}" if en else f"请填写不小于 {low} 的整数") \
            + (" to 100" if kind == "score" and en else "（不超过 100）" if kind == "score" else "")
        return dv
    return None


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(text))


def _write_notes(ws, lang: str) -> str:
    """The explanation sheet; returns the cell range holding the parameter keys."""
    from openpyxl.styles import Alignment, Font

    en = _en(lang)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    lines = [
        ("ruralperf import workbook" if en else "ruralperf 数据导入模板", Font(bold=True, size=14)),
        ("Fill in any of the sheets; the first row holds the headers, data starts on row 2. "
         "Column order is free; empty rows are skipped. The import is all or nothing: any error "
         "rejects the whole workbook and lists every error with sheet, row and column."
         if en else
         "可只填写其中部分工作表；第 1 行为表头，数据从第 2 行开始填写。列的顺序可以调整，空行自动跳过。"
         "导入要么全部成功、要么全部不导入：有任何错误时整本工作簿不导入，并列出每个错误所在的工作表、行和列。",
         None),
        ("Hover over a header for its notes. This sheet is ignored by the import." if en else
         "把鼠标停在表头上可查看该列说明。本“说明”表不会被导入（导入时提示“未知工作表，已忽略”）。", None),
    ]
    for r, (text, font) in enumerate(lines, start=1):
        cell = ws.cell(row=r, column=1, value=text)
        cell.font = font or Font()
        cell.alignment = Alignment(wrap_text=False)
    row = len(lines) + 2
    heads = ("sheet", "column", "required", "format and notes") if en \
        else ("工作表", "列", "必填", "格式与说明")
    for c, text in enumerate(heads, start=1):
        ws.cell(row=row, column=c, value=text).font = bold
    for spec in SHEETS:
        row += 1
        ws.cell(row=row, column=1, value=sheet_title(spec, lang)).font = bold
        purpose = spec.purpose_en if en else spec.purpose_zh
        ws.cell(row=row, column=4, value=f"{purpose}；{key_text(spec, lang)}" if not en
                else f"{purpose}; {key_text(spec, lang)}").alignment = wrap
        for column in spec.columns:
            row += 1
            ws.cell(row=row, column=2, value=header_text(column, lang))
            ws.cell(row=row, column=3, value=("yes" if en else "是") if column.required
                    else ("no" if en else "否"))
            ws.cell(row=row, column=4, value=column_note(spec, column, lang)).alignment = wrap
    row += 2
    ws.cell(row=row, column=1, value="parameter keys" if en else "参数键").font = bold
    ws.cell(row=row, column=2, value="meaning" if en else "含义").font = bold
    ws.cell(row=row, column=3, value="default" if en else "默认值").font = bold
    first = row + 1
    for key, definition in DEFINITIONS.items():
        row += 1
        ws.cell(row=row, column=1, value=key)
        ws.cell(row=row, column=2, value=definition.label_en if en else definition.label_zh)
        yes_no = {"true": "是", "false": "否"} if not en else {}
        ws.cell(row=row, column=3, value=yes_no.get(definition.default, definition.default))
    last = row
    row += 1
    ws.cell(row=row, column=1, value=f"{CAP_PREFIX}<岗位>")
    ws.cell(row=row, column=2, value="monthly cap of a position's performance pay, the quarter's "
            "is three times it (empty: no cap)" if en
            else "该岗位每月绩效最高限额，季度按 3 倍计（留空为不封顶），如 cap.个人客户经理")
    for letter, width in zip("ABCD", (34, 30, 12, 90)):
        ws.column_dimensions[letter].width = width
    return f"$A${first}:$A${last}"
