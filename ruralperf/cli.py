"""The command line of CLI.md. Exit 0 on success, 1 when input is rejected, 2 on bad usage.
User errors are printed in the user's language; never a traceback."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

from ruralperf.i18n import tr

log = logging.getLogger("ruralperf")


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ruralperf", description="ruralperf 农信社绩效考核")
    p.add_argument("--db", help="database file or postgresql:// URL (default: $RURALPERF_DB)")
    p.add_argument("--lang", choices=["zh_CN", "en"], default=None)
    p.add_argument("--user", default=None, help="act as this user (or $RURALPERF_USER)")
    p.add_argument("--branch", default=None,
                   help="branch code in a database that holds several branches "
                        "(default: $RURALPERF_BRANCH, else the first branch); an unknown "
                        "code is refused, `init --branch CODE` adds a branch")
    sub = p.add_subparsers(dest="command")
    g = sub.add_parser("gui", help="open the desktop application")
    g.add_argument("--screenshot", help="render the window to this PNG and exit")
    g.add_argument("--page", help="page to show with --screenshot")
    g.add_argument("--print-to-pdf", nargs=2, metavar=("IN_PDF", "OUT_PDF"),
                   help=argparse.SUPPRESS)  # the bundle check: Qt printing into a PDF printer
    init = sub.add_parser("init", help="create or upgrade the database; with --branch CODE, "
                                       "add that branch to a database that has others")
    init.add_argument("--branch", default=argparse.SUPPRESS, help="the branch to add (or open)")
    init.add_argument("--branch-name", default=None, help="the name of a branch added")
    i = sub.add_parser("import", help="import a workbook")
    i.add_argument("file")
    i.add_argument("--dry-run", action="store_true")
    t = sub.add_parser("template", help="write a blank import workbook")
    t.add_argument("out")
    d = sub.add_parser("demo", help="fill the database with realistic sample data")
    d.add_argument("--staff", type=int, default=12)
    d.add_argument("--loans", type=int, default=2000)
    d.add_argument("--seed", type=int, default=1)
    r = sub.add_parser("payrun", help="compute a quarter (draft)")
    r.add_argument("quarter")
    r.add_argument("--json", action="store_true")
    lim = sub.add_parser("limitation", help="statute-of-limitations status")
    lim.add_argument("--as-of", dest="as_of")
    lim.add_argument("--json", action="store_true")
    lim.add_argument("--to-sign-pdf", dest="to_sign_pdf", metavar="FILE",
                     help="also write the 须签收清单 (per officer, soonest first) as a PDF")
    lim.add_argument("--notices-pdf", dest="notices_pdf", metavar="FILE",
                     help="also write the 催收通知书 of every loan and guarantee in warning")
    lim.add_argument("--officer", help="only this officer's 须签收清单 (staff number)")
    st = sub.add_parser("statements", help="PDF statements, summary and .xlsx")
    st.add_argument("quarter")
    st.add_argument("--out", required=True)
    st.add_argument("--pay-date", default=None, help="pay date printed on statements (YYYY-MM-DD)")
    st.add_argument("--seal", action="store_true", help="print a seal area (盖章处)")
    from ruralperf.cli_holidays import add_parser as add_holidays
    from ruralperf.cli_simulate import add_parser as add_simulate
    from ruralperf.cli_trust import add_parsers

    add_parsers(sub)
    add_simulate(sub)
    add_holidays(sub)
    return p


def _lang(args) -> str:
    return args.lang or os.environ.get("RURALPERF_LANG") or "zh_CN"


def _open(args, branch: str | None = None, branch_name: str | None = None):
    from ruralperf.cli_trust import login
    from ruralperf.paths import default_db
    from ruralperf.workspace import Workspace

    ws = Workspace.open(args.db or default_db(), branch_code=branch or args.branch,
                        branch_name=branch_name)
    for code in ws.warnings:
        print(tr(code, args.lang_resolved), file=sys.stderr)
    if args.command not in ("init", "gui"):
        login(ws, args)
    return ws


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def cmd_init(args) -> int:
    """Create or upgrade the database. `--branch CODE` names the first branch of a fresh
    database; on a database that has branches it adds CODE (administrators, audited): the one
    explicit way to add a branch, since every other command refuses an unknown code."""
    from ruralperf.services.branches import UnknownBranch
    from ruralperf.cli_trust import login

    lang = args.lang_resolved
    code = args.branch or os.environ.get("RURALPERF_BRANCH")
    if args.branch_name and not code:
        raise UsageError(tr("branch_name_needs_code", lang))
    try:
        ws = _open(args, branch_name=args.branch_name)
    except UnknownBranch as exc:
        ws = _open(args, branch=exc.known[0][0])  # the first branch, to sign in on
        login(ws, args)
        ws.add_branch(code, args.branch_name or "")
        added_code, added_name = ws.branch
        print(tr("branch_added", lang, value=added_code, name=added_name))
    print(tr("init_done", lang, value=ws.db))
    return 0


def cmd_import(args) -> int:
    from ruralperf.cli_text import import_summary

    ws = _open(args)
    report = ws.import_workbook(args.file, dry_run=args.dry_run)
    lang = args.lang_resolved
    for w in report.warnings:
        print(w.message(lang), file=sys.stderr)
    if not report.ok:
        for e in report.errors:
            print(e.message(lang), file=sys.stderr)
        print(tr("import_rejected", lang, n=len(report.errors)), file=sys.stderr)
        return 1
    print(import_summary(report, lang))
    for path in ws.backup_problems():
        print(tr("backup_check_failed", lang, value=f"{path}.damaged"), file=sys.stderr)
    return 0


def cmd_template(args) -> int:
    from ruralperf.io.template import write_template

    write_template(args.out, lang=args.lang_resolved)
    print(tr("template_written", args.lang_resolved, value=args.out))
    return 0


def cmd_demo(args) -> int:
    from ruralperf.io.demo import demo_sheets

    ws = _open(args)
    report = ws.import_sheets(demo_sheets(staff=args.staff, loans=args.loans, seed=args.seed))
    if not report.ok:
        for e in report.errors[:50]:
            print(e.message(args.lang_resolved), file=sys.stderr)
        return 1
    from ruralperf.cli_text import import_summary

    print(import_summary(report, args.lang_resolved))
    return 0


def quarter_arg(args):
    """The command's QUARTER argument ("2025Q3") as a `Quarter`: the CLI is where the text is
    read; everything behind it takes `Quarter` values."""
    from ruralperf.domain.periods import Quarter

    try:
        return Quarter.parse(args.quarter)
    except ValueError:
        raise UsageError(tr("bad_quarter", args.lang_resolved, value=args.quarter)) from None


def cmd_payrun(args) -> int:
    from ruralperf.io.jsonout import payrun_json

    quarter = quarter_arg(args)
    result = _open(args).compute_pay_run(quarter)
    if args.json:
        _print_json(payrun_json(result))
    else:
        from ruralperf.cli_text import payrun_table

        print(payrun_table(result, args.lang_resolved))
    return 0


def cmd_limitation(args) -> int:
    from ruralperf.io.jsonout import limitation_json

    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
    except ValueError:
        raise UsageError(tr("bad_date", args.lang_resolved, value=args.as_of)) from None
    ws = _open(args)
    report = ws.limitation(as_of)
    _limitation_pdfs(ws, args, as_of)
    if args.json:
        _print_json(limitation_json(report))
    else:
        from ruralperf.cli_text import limitation_table

        print(limitation_table(report, args.lang_resolved))
    return 0


def _limitation_pdfs(ws, args, as_of: date) -> None:
    """`--to-sign-pdf` / `--notices-pdf`: the printouts of the limitation page (issue 17)."""
    from pathlib import Path

    from ruralperf.reports.files import write_bytes

    lang = args.lang_resolved
    for path, make in ((args.to_sign_pdf, lambda: ws.to_sign_pdf(as_of, args.officer, lang)),
                       (args.notices_pdf, lambda: ws.demand_notices_pdf(as_of, None, lang))):
        if path:
            written = write_bytes(Path(path), make())
            print(tr("file_written", lang, value=str(written)), file=sys.stderr)


def cmd_statements(args) -> int:
    from ruralperf.reports.bundle import write_statements

    quarter = quarter_arg(args)
    try:
        pay_date = date.fromisoformat(args.pay_date) if args.pay_date else None
    except ValueError:
        raise UsageError(tr("bad_date", args.lang_resolved, value=args.pay_date)) from None
    ws = _open(args)
    files = write_statements(ws, quarter, Path(args.out), lang=args.lang_resolved,
                             pay_date=pay_date, seal=args.seal)
    print(tr("statements_written", args.lang_resolved, n=len(files), value=args.out))
    return 0


GUI_MODULE = "ui.app"  # the Qt layer, loaded only when the GUI is asked for
PRINT_CHECK_MODULE = "ui.workflow.print_check"


def cmd_gui(args) -> int:
    import importlib

    if args.branch:  # the desktop application opens (and reopens) the branch of the variable
        os.environ["RURALPERF_BRANCH"] = args.branch
    if getattr(args, "print_to_pdf", None):
        return importlib.import_module(PRINT_CHECK_MODULE).print_to_pdf(*args.print_to_pdf)
    run = importlib.import_module(GUI_MODULE).run
    return run(db=args.db, lang=args.lang, screenshot=args.screenshot, page=args.page)


COMMANDS = {"init": cmd_init, "import": cmd_import, "template": cmd_template, "demo": cmd_demo,
            "payrun": cmd_payrun, "limitation": cmd_limitation, "statements": cmd_statements,
            "gui": cmd_gui}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    args.lang_resolved = _lang(args)
    from ruralperf.logsetup import configure_logging

    configure_logging()
    os.environ.setdefault("RURALPERF_LANG", args.lang_resolved)
    from ruralperf.cli_trust import TRUST_COMMANDS

    name = args.command or "gui"
    try:
        if name in TRUST_COMMANDS:
            return TRUST_COMMANDS[name](_open(args), args)
        if name == "simulate":
            from ruralperf.cli_simulate import cmd_simulate

            return cmd_simulate(_open(args), args)
        if name == "holidays":
            from ruralperf.cli_holidays import cmd_holidays

            return cmd_holidays(_open(args), args)
        return COMMANDS[name](args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug or an environment problem: a message, and a log entry
        from ruralperf.errors import describe

        code, message = describe(exc, args.lang_resolved)
        log.debug("command failed", exc_info=True)
        print(message, file=sys.stderr)
        return code
