"""PySide6's import hook asks of every module imported after it whether its source names
"PySide6" (for `from __feature__ import snake_case`, which this application never uses). It
asks through `inspect.getsource`, which tokenizes the file and fills Python's line cache: 0.2 s
of a county's 1.5 s start on an office PC, most of it for NumPy's and pyqtgraph's modules when
the home page's chart first shows (issue 22). `quicken()` asks the same question of the file's
bytes. The answer is the same (a test compares the two on every module loaded); a module
without a `.py` file still gets PySide6's own answer, and a PySide6 without this hook is left
alone."""
from __future__ import annotations

import sys
from types import ModuleType

_MARK = "_ruralperf_quick"


def quicken() -> None:
    """Answer PySide6's feature question from the file's bytes (once; harmless again)."""
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, _MARK, False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    setattr(uses_pyside, "original", original)
    setattr(feature, "_mod_uses_pyside", uses_pyside)
