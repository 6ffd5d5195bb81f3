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
    lst = usub.add_parser("list", help="list accounts")
    lst.add_argument("--all", action="store_true", help="disabled accounts too")
    usub.add_parser("passwd", help="change your own password (RURALPERF_NEW_PASSWORD)")
    reset = usub.add_parser("reset-password", help="set another user's password (administrator)")
    reset.add_argument("name")
    for verb in ("disable", "enable"):
        usub.add_parser(verb, help=f"{verb} an account").add_argument("name")
    role = usub.add_parser("role", help="change an account's role")
    role.add_argument("name")
    role.add_argument("role", choices=["admin", "officer", "auditor"])
    role.add_argument("--staff-no", default=None)
    c = sub.add_parser("confirm", help="confirm credit officers' pending entries (or --list)")
    c.add_argument("table", nargs="?")
    c.add_argument("ids", nargs="*", type=int)
    c.add_argument("--list", action="store_true")
    c.add_argument("--send-back", action="store_true", help="send the entries back instead")
    a = sub.add_parser("audit", help="audit trail")
    asub = a.add_subparsers(dest="audit_command", required=True)
    asub.add_parser("verify", help="check the hash chain, its head, approved runs, accounts")
    asub.add_parser("accept", help="accept the trail as it is after a reported head mismatch "
                                   "(administrator, audited)")
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
    cmd, lang = args.user_command, args.lang_resolved
    if cmd == "add":
        ws.add_user(args.name, new_password(), args.role, args.display_name, args.staff_no)
        print(args.name)
    elif cmd == "passwd":
        old = os.environ.get("RURALPERF_PASSWORD") or getpass.getpass("原密码 / old password: ")
        ws.change_password(old, new_password())
        print(tr("password_changed", lang, value=ws.username))
    elif cmd == "reset-password":
        ws.reset_password(args.name, new_password())
        print(tr("password_changed", lang, value=args.name))
    elif cmd in ("disable", "enable"):
        ws.set_user_active(args.name, cmd == "enable")
        print(args.name)
    elif cmd == "role":
        ws.set_user_role(args.name, args.role, args.staff_no)
        print(f"{args.name}\t{args.role}")
    else:
        for u in ws.users(include_disabled=args.all):
            state = "" if u.active else "\tdisabled"
            print(f"{u.username}\t{u.role}\t{u.display_name}\t{u.staff_no or ''}{state}")
    return 0


def cmd_confirm(ws, args) -> int:
    """List pending entries, confirm them, or send them back (administrators)."""
    lang = args.lang_resolved
    if args.list or not args.table:
        for e in ws.pending_entries():
            print(f"{e.table}\t{e.id}\t{e.key}")
        return 0
    if not args.ids:
        raise UserError("not_pending", value=args.table)
    if args.send_back:
        for row_id in args.ids:
            print(tr("entry_sent_back", lang, value=ws.send_back_entry(args.table, row_id)))
        return 0
    print(tr("entries_confirmed", lang, n=ws.confirm_entries(args.table, args.ids)))
    return 0


def cmd_audit(ws, args) -> int:
    """`audit verify`: the whole chain, the head kept outside the file, the chain's key,
    approved runs and accounts; every problem on stderr, exit 1 (never repaired).
    `audit accept`: accept the trail as it is (administrator, audited)."""
    lang = args.lang_resolved
    if args.audit_command == "accept":
        print(tr("head_accepted", lang, seq=ws.accept_audit_trail()))
        return 0
    result, problems = ws.verify_everything()
    for problem in problems:
        print(problem.message(lang), file=sys.stderr)
    if problems:
        return 1
    print(tr("audit_ok", lang, n=result.checked))
    return 0


def cmd_workflow(ws, args) -> int:
    from ruralperf.cli import quarter_arg

    quarter = quarter_arg(args)
    if args.command == "submit":
        ws.submit_pay_run(quarter)
    elif args.command == "approve":
        ws.approve_pay_run(quarter, args.reason)
    else:
        ws.reopen_pay_run(quarter, args.reason or "")
    run = ws.stored_pay_run(quarter)
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
    ws.authorize("backup")
    print(ws.backup("manual").path)
    return 0


def cmd_restore(ws, args) -> int:
    """Restore (ruralperf.services.restoring: checked, the current file backed up first, audited in the
    restored data, all or nothing)."""
    restored = ws.restore(Path(args.file))
    restored.workspace.close()
    if restored.error is not None:
        raise restored.error
    print(tr("restored", args.lang_resolved, value=args.file))
    return 0


TRUST_COMMANDS = {"user": cmd_user, "confirm": cmd_confirm, "audit": cmd_audit,
                  "submit": cmd_workflow, "approve": cmd_workflow, "reopen": cmd_workflow,
                  "verify": cmd_verify, "backup": cmd_backup,
                  "restore": cmd_restore}
