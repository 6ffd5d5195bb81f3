"""Fill the English of a Qt .ts file from a tab-separated dictionary and list what is missing.

en.tsv has three columns: context (the class name, or * for every context), the Chinese source
text exactly as in the code (newlines written as \\n), and the English. A line starting with #
is a comment. Entries for a specific context win over * entries."""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def load(tsv: Path) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{tsv}:{number}: expected 3 tab-separated columns")
        context, source, english = (p.replace("\\n", "\n") for p in parts)
        table[(context, source)] = english
    return table


def fill(ts: Path, table: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            english = table.get((name, source), table.get(("*", source)))
            if english is not None:
                translation.text = english
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not translation.text:
                missing.append((name, source))
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    ts, tsv = Path(argv[1]), Path(argv[2])
    missing = fill(ts, load(tsv))
    for context, source in missing:
        print(f"untranslated: {context}\t{source!r}", file=sys.stderr)
    print(f"{ts.name}: {len(missing)} untranslated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
