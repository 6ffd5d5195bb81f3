"""ruralperf core: performance pay and statute-of-limitations tracking for rural credit
cooperatives. This package never imports Qt; the desktop UI lives in the top-level `ui`."""

__version__ = "0.3.2"  # the one declaration (pyproject reads it); CHANGELOG.md
