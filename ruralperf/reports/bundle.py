"""Writing a quarter's printed output into a folder (the `statements` command and the UI).

- `write_statements(ws, quarter, out_dir, lang)`: one PDF statement per staff member, the
  summary PDF and the summary .xlsx, from the quarter's stored pay run (computed and saved as a
  draft first when the quarter has none).
- `write_run_reports(run, branch, out_dir, lang)`: the same from a stored run already at hand.
- `write_limitation(ws, as_of, out_dir, days, lang)`: the limitation warning and
  accountability lists (PDF and .xlsx).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from ruralperf.reports.files import safe_filename
from ruralperf.reports.labels import file_name
from ruralperf.reports.limitation_reports import write_limitation_reports
from ruralperf.reports.parallel import statement_filename, write_statement_files
from ruralperf.reports.summary_pdf import summary_pdf
from ruralperf.reports.summary_xlsx import summary_xlsx

__all__ = ["statement_filename", "summary_filenames", "write_run_reports", "stored_or_computed",
           "write_statements", "staff_names", "write_limitation"]

Progress = Callable[[int, int, str], None]


def summary_filenames(run, lang: str = "zh_CN") -> tuple[str, str]:
    """`2025Q3-v1_绩效工资汇总表.pdf` and `.xlsx` (English: `summary_2025Q3-v1.pdf`)."""
    label = safe_filename(run.label)
    return file_name("summary_pdf", lang, label=label), file_name("summary_xlsx", lang, label=label)


def write_run_reports(run, branch: tuple[str, str], out_dir: str | Path, lang: str = "zh_CN",
                      progress: Progress | None = None, workers: int | None = None,
                      extras=None) -> list[Path]:
    """Statements (one PDF each, staff order), then the summary PDF and .xlsx; returns paths.
    `workers`: processes to use (None: automatic, see `reports.parallel`)."""
    out = Path(out_dir)
    pdf_name, xlsx_name = summary_filenames(run, lang)
    extra = [(out / pdf_name, summary_pdf, (run, branch, lang)),
             (out / xlsx_name, summary_xlsx, (run, branch, lang))]
    return write_statement_files(run, branch, out, lang, workers, progress, extra=extra,
                                 extras=extras)


def stored_or_computed(ws, quarter):
    """The quarter's newest stored pay run; computed and saved as a draft if there is none."""
    run = ws.stored_pay_run(quarter)
    if run is None:
        ws.compute_pay_run(quarter)
        run = ws.stored_pay_run(quarter)
    return run


def write_statements(ws, quarter, out_dir: str | Path, lang: str = "zh_CN",
                     progress: Progress | None = None, workers: int | None = None,
                     pay_date: date | None = None, seal: bool = False) -> list[Path]:
    """The `statements QUARTER --out DIR` command: see the module docstring."""
    from ruralperf.reports.statement_extras import extras_for

    run = stored_or_computed(ws, quarter)
    paths = write_run_reports(run, ws.branch, out_dir, lang, progress, workers,
                              extras_for(ws, run, pay_date, seal))
    ws.record_export(f"statements:{run.label}", out_dir, len(paths))
    return paths


def staff_names(ws) -> dict[str, str]:
    """Staff number -> name, for lists that carry numbers only."""
    return ws.overview.staff_names()


def write_limitation(ws, as_of: date, out_dir: str | Path, days: int | None = None,
                     lang: str = "zh_CN") -> list[Path]:
    """Limitation warning list (due within `days`, default the scheme's warning days) and
    accountability list, as PDF and .xlsx."""
    if days is None:
        days = int(ws.scheme_on(as_of)["limitation.warn_days"])
    paths = write_limitation_reports(ws.limitation(as_of), out_dir, days, lang,
                                     names=staff_names(ws), branch=ws.branch)
    ws.record_export(f"limitation:{as_of}", out_dir, len(paths))
    return paths
