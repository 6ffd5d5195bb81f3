"""Command-line commands for users, the pay-run workflow, the audit trail and backups."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ruralperf.errors import UserError
from ruralperf.i18n import tr


def add_parsers(sub) -> None:
    u = sub.add_parser("user", help="user accounts")
    usub = u.add_subparsers(dest="user_command", required=True)
    add = usub.add_parser("add", help="create an account")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["admin", "officer", "auditor"])
    add.add_argument("--display-name", default="")
    add.add_argument("--staff-no", default=None)
    usub.add_parser("list", help="list accounts")
    a = sub.add_parser("audit", help="audit trail")
    asub = a.add_subparsers(dest="audit_command", required=True)
    asub.add_parser("verify", help="check the hash chain")
    for name in ("submit", "approve", "reopen"):
        p = sub.add_parser(name, help=f"{name} a quarter's pay run")
        p.add_argument("quarter")
        p.add_argument("--reason", default=None)
    v = sub.add_parser("verify", help="what a printed verification code belongs to")
    v.add_argument("code")
    b = sub.add_parser("backup", help="back up the database now (or --list)")
    b.add_argument("--list", action="store_true")
    r = sub.add_parser("restore", help="restore the database from a backup file")
    r.add_argument("file")


def new_password() -> str:
    pw = os.environ.get("RURALPERF_NEW_PASSWORD")
    if pw is not None:
        return pw
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("password_too_short")
    first = getpass.getpass("密码 / password: ")
    if first != getpass.getpass("再次输入 / again: "):
        raise UserError("login_failed")
    return first


def login(ws, args) -> None:
    """Act as the named user once accounts exist (CLI.md)."""
    if not ws.has_users():
        return
    name = args.user or os.environ.get("RURALPERF_USER")
    if not name:
        raise UserError("login_required")
    password = os.environ.get("RURALPERF_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise UserError("login_required")
        password = getpass.getpass("密码 / password: ")
    ws.login(name, password)


def cmd_user(ws, args) -> int:
    if args.user_command == "add":
        ws.add_user(args.name, new_password(), args.role, args.display_name, args.staff_no)
        print(args.name)
        return 0
    for u in ws.users():
        print(f"{u.username}\t{u.role}\t{u.display_name}\t{u.staff_no or ''}")
    return 0


def cmd_audit(ws, args) -> int:
    result = ws.verify_audit()
    lang = args.lang_resolved
    if result.ok:
        print(tr("audit_ok", lang, n=result.checked))
        return 0
    print(tr("audit_broken", lang, seq=result.first_bad_seq, reason=result.reason), file=sys.stderr)
    return 1


def cmd_workflow(ws, args) -> int:
    if args.command == "submit":
        ws.submit_pay_run(args.quarter)
    elif args.command == "approve":
        ws.approve_pay_run(args.quarter, args.reason)
    else:
        ws.reopen_pay_run(args.quarter, args.reason or "")
    run = ws.stored_pay_run(args.quarter)
    print(f"{run.label} {run.status}")
    return 0


def cmd_verify(ws, args) -> int:
    """`verify CODE`: the run, version, staff member and amount of a printed code, and whether
    the run is still the approved one. Exit 1 when no run printed it."""
    from ruralperf.reports.verification import describe_match

    match = ws.verify_code(args.code)
    for line in describe_match(args.code, match, args.lang_resolved):
        print(line, file=sys.stdout if match else sys.stderr)
    return 0 if match else 1


def cmd_backup(ws, args) -> int:
    if args.list:
        for b in ws.backups():
            print(f"{b.taken_at:%Y-%m-%d %H:%M:%S}\t{b.reason}\t{b.path}")
        return 0
    ws._require("backup")
    print(ws.backup("manual").path)
    return 0


def cmd_restore(ws, args) -> int:
    """Restore after closing the database; the current file is backed up first."""
    from ruralperf.safety.backup import restore_backup

    ws._require("restore")
    path = ws.path
    ws.close()
    restore_backup(Path(args.file), path)
    print(tr("restored", args.lang_resolved, value=args.file))
    return 0


TRUST_COMMANDS = {"user": cmd_user, "audit": cmd_audit, "submit": cmd_workflow,
                  "approve": cmd_workflow, "reopen": cmd_workflow, "verify": cmd_verify, "backup": cmd_backup,
                  "restore": cmd_restore}
