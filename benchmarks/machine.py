"""The machine's load, printed by every benchmark beside its figures (issue 22): on a shared
computer a slow figure may only say that something else was running."""
from __future__ import annotations

import os


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return (f"machine load average (1, 5, 15 min): {one:.2f}, {five:.2f}, {fifteen:.2f} "
            f"on {os.cpu_count()} CPUs")
