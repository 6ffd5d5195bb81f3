"""`ruralperf simulate QUARTER --set KEY=VALUE ... [--json]`: what a scheme change would pay
(issue 20); prints the comparison, writes nothing."""
from __future__ import annotations

import json
import sys

from ruralperf.domain.money import money_str, ratio_str
from ruralperf.errors import UserError
from ruralperf.services.simulation import Simulation, line_label, line_value


def add_parser(sub) -> None:
    s = sub.add_parser("simulate", help="what-if: a quarter with changed scheme parameters "
                                        "(writes nothing)")
    s.add_argument("quarter")
    s.add_argument("--set", dest="settings", action="append", default=[], metavar="KEY=VALUE",
                   help="a draft parameter value (repeatable)")
    s.add_argument("--json", action="store_true")


def parse_settings(settings: list[str]) -> dict[str, str]:
    draft: dict[str, str] = {}
    for text in settings:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise UserError("simulation_bad_setting", value=text)
        draft[key.strip()] = value.strip()
    return draft


def _value(key: str, value) -> str:
    return ratio_str(value) if key == "p" else money_str(value)


def simulation_json(sim: Simulation) -> dict:
    totals = {f: money_str(sim.total(f)) for f in
              ("net_now", "net_draft", "difference", "paid_now", "paid_draft", "paid_difference")}
    return {
        "quarter": str(sim.quarter), "draft": sim.draft, "current": sim.current,
        "totals": totals,
        "staff": [{"staff_no": s.staff_no, "name": s.name, "net_now": money_str(s.net_now),
                   "net_draft": money_str(s.net_draft), "difference": money_str(s.difference),
                   "paid_now": money_str(s.paid_now), "paid_draft": money_str(s.paid_draft),
                   "paid_difference": money_str(s.paid_difference),
                   "changes": [{"line": c.key, "now": _value(c.key, c.now),
                                "draft": _value(c.key, c.draft),
                                "difference": _value(c.key, c.difference)}
                               for c in s.changes]}
                  for s in sim.staff],
    }


def simulation_text(sim: Simulation, lang: str) -> str:
    from ruralperf.cli_text import _table

    en = lang.startswith("en")
    headers = (["staff", "name", "net now", "net draft", "change", "what moved"] if en else
               ["工号", "姓名", "现行应发", "模拟应发", "差额", "变动项目"])
    rows = [[s.staff_no, s.name, f"{s.net_now:,.2f}", f"{s.net_draft:,.2f}",
             f"{s.difference:+,.2f}",
             ("; " if en else "；").join(
                 f"{line_label(c.key, lang)} {line_value(c.key, c.now)}→"
                 f"{line_value(c.key, c.draft)}" for c in s.changes if c.key not in
                 ("net", "paid", "gross"))]
            for s in sim.staff]
    rows.append(["", "total" if en else "合计", f"{sim.total('net_now'):,.2f}",
                 f"{sim.total('net_draft'):,.2f}", f"{sim.total('difference'):+,.2f}", ""])
    return f"{sim.quarter}\n" + _table(headers, rows)


def cmd_simulate(ws, args) -> int:
    from ruralperf.cli import quarter_arg

    sim = ws.simulate(quarter_arg(args), parse_settings(args.settings))
    if args.json:
        sys.stdout.write(json.dumps(simulation_json(sim), ensure_ascii=False, indent=1) + "\n")
    else:
        print(simulation_text(sim, args.lang_resolved))
    return 0
