"""The printed output the window previews, prints and saves, reached as `Workspace.printing`:
a pay run's statements and summary, the limitation lists, the deferral ledger, and what a
printed verification code belongs to. The documents themselves are made by
`ruralperf.reports`; this is the window's one way to them (the CLI calls the same functions).

Every method may run on the background worker and returns bytes, paths or words, never a
report module's own types. Saving files for the user (`write_*`) records nothing itself: the
caller records the export (`Workspace.record_export`), as the CLI's `statements` does.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, Iterable

Progress = Callable[[int, int, str], None]


class Printing:
    def __init__(self, ws):
        self.ws = ws

    # -- a pay run ---------------------------------------------------------------------------
    def statements_pdf(self, run, lang: str, staff_nos: Iterable[str] | None = None, *,
                       duplex: bool = False, copies: int = 1) -> bytes:
        """The statements of `staff_nos` (default everyone in the run) in one PDF, with the
        previous quarter, the year to date and the names of who prepared and approved it."""
        from ruralperf.reports.statement_extras import extras_for
        from ruralperf.reports.statement_pdf import statements_pdf

        self.ws.authorize("view")
        return statements_pdf(run, self.ws.branch, lang, staff_nos, duplex=duplex,
                              copies=copies, extras=extras_for(self.ws, run))

    def summary_pdf(self, run, lang: str) -> bytes:
        """The branch summary of the run (汇总表)."""
        from ruralperf.reports.summary_pdf import summary_pdf

        self.ws.authorize("view")
        return summary_pdf(run, self.ws.branch, lang)

    @staticmethod
    def summary_filenames(run, lang: str) -> tuple[str, str]:
        """The summary's default file names: (.pdf, .xlsx)."""
        from ruralperf.reports.bundle import summary_filenames

        return summary_filenames(run, lang)

    def write_summary(self, run, path: str | Path, lang: str) -> Path:
        """The summary as .pdf or .xlsx, by the suffix of `path`."""
        from ruralperf.reports.summary_pdf import write_summary_pdf
        from ruralperf.reports.summary_xlsx import write_summary_xlsx

        self.ws.authorize("view")
        writer = write_summary_pdf if str(path).lower().endswith(".pdf") else write_summary_xlsx
        return writer(run, self.ws.branch, path, lang)

    def write_run_reports(self, run, folder: str | Path, lang: str,
                          progress: Progress | None = None, workers: int | None = None
                          ) -> list[Path]:
        """Every statement (one PDF each), then the summary as .pdf and .xlsx, into `folder`."""
        from ruralperf.reports.bundle import write_run_reports
        from ruralperf.reports.statement_extras import extras_for

        self.ws.authorize("view")
        return write_run_reports(run, self.ws.branch, folder, lang, progress=progress,
                                 workers=workers, extras=extras_for(self.ws, run))

    def describe_code(self, code: str, lang: str) -> list[str]:
        """What a printed verification code belongs to, one sentence a line."""
        from ruralperf.reports.verification import describe_match

        return describe_match(code, self.ws.verify_code(code), lang)

    # -- the limitation lists ----------------------------------------------------------------
    def warning_list_pdf(self, as_of: date, lang: str) -> bytes:
        """临近到期预警清单 on `as_of`: the loans due within the scheme's warning days."""
        from ruralperf.reports.limitation_reports import warning_list_pdf

        ws = self.ws
        report, names = ws.limitation(as_of), ws.overview.staff_names()
        days = int(ws.scheme_on(as_of)["limitation.warn_days"])
        return warning_list_pdf(report, days, lang, names, ws.branch)

    def accountability_pdf(self, as_of: date, lang: str) -> bytes:
        """追责清单 on `as_of`."""
        from ruralperf.reports.limitation_reports import accountability_pdf

        ws = self.ws
        return accountability_pdf(ws.limitation(as_of), lang, ws.overview.staff_names(),
                                  ws.branch)

    def write_limitation(self, as_of: date, folder: str | Path, lang: str) -> list[Path]:
        """Both lists as PDF and one .xlsx into `folder` (the export is recorded)."""
        from ruralperf.reports.bundle import write_limitation

        self.ws.authorize("view")
        return write_limitation(self.ws, as_of, folder, lang=lang)

    # -- deferral ----------------------------------------------------------------------------
    def deferral_ledger_pdf(self, ledgers: list, lang: str) -> bytes:
        """The deferral ledgers (`Workspace.deferral_ledger`) of the chosen staff members."""
        from ruralperf.reports.deferral_ledger_pdf import deferral_ledger_pdf

        self.ws.authorize("view")
        return deferral_ledger_pdf(ledgers, self.ws.branch, lang)
