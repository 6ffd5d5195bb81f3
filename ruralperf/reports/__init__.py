"""Printed output: pay statements, branch summaries and limitation lists (PDF and Excel).

Every function takes domain values and returns bytes (for a print preview or a save dialog) or
writes files; none imports Qt. `run` is a stored pay run (`Workspace.stored_pay_run(quarter)`:
anything with `.result`, `.label`, `.status` and `.computed_at`); `branch` is `ws.branch`, a
(code, name) pair; `lang` is "zh_CN" (default) or "en".

Statements (`statement_pdf`)
    statement_pdf(run, staff_no, branch, lang) -> bytes
        One staff member's quarterly statement (绩效工资明细表), A4: indicators, every component
        with base, factor and assessed amount, cap, deductions with their cause, adjustments
        with reasons, carry-forward, net pay in figures and in capital numerals, notes,
        signature lines, and an appendix with every detail line. The footer names the pay run
        and a verification code; draft runs carry a watermark. Raises StaffNotInRun.
    statements_pdf(run, branch, lang, staff_nos=None) -> bytes
        Several statements in one file for printing; page numbers restart per statement.

Summary (`summary_pdf`, `summary_xlsx`)
    summary_pdf(run, branch, lang) -> bytes; write_summary_pdf(run, branch, path, lang) -> Path
        Landscape A4, one row per staff member, every component, totals row.
    summary_xlsx(run, branch, lang) -> bytes; write_summary_xlsx(run, branch, path, lang) -> Path
        Sheets: summary (frozen header, number formats, totals row), detail lines, indicators
        and bases.

Limitation lists (`limitation_reports`)
    warning_list_pdf(report, days, lang, names, branch) -> bytes
    accountability_pdf(report, lang, names, branch) -> bytes
    limitation_xlsx(report, days, lang, names, branch) -> bytes
    write_limitation_reports(report, out_dir, days, lang, names, branch) -> list[Path]
        `report` is `Workspace.limitation(as_of)`; `names` maps staff numbers to names.

Folders (`bundle`, `parallel`)
    write_statements(ws, quarter, out_dir, lang, progress=None, workers=None) -> list[Path]
        The `statements` command: every statement, the summary PDF and .xlsx, from the stored
        run of the quarter (computed and saved as a draft when there is none).
    write_run_reports(run, branch, out_dir, lang, progress=None, workers=None) -> list[Path]
        The same from a run at hand. `progress(done, total, what)` is called after each file.
        `workers=None` uses several processes only from the main thread of a non-frozen
        process on a platform that can fork (the CLI); pass workers=1 from a UI thread.
    write_limitation(ws, as_of, out_dir, days=None, lang) -> list[Path]

Helpers
    cn_amount.cn_capital(Decimal) -> str                 肆仟陆佰贰拾贰元陆角柒分
    verification.statement_code(label, branch_code, staff) / verify_statement(...)
    xlsx_safe.set_cell / write_row                       the only way exports write cells
    fonts.register() / fonts.runs(text) / fonts.check()  embedded fonts with glyph fallback
    verification.find_code(code, runs, branch_code)      what a printed code belongs to
    explain.describe_line(line, lang)                    words for a detail line (appendix, .xlsx)

Speed (benchmarks/statements.py, 2 CPUs): about 22 ms per statement on one process; 400 staff
(402 files) in about 12 s on one process, 7 s on two.
"""
