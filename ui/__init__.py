"""The Qt desktop layer. It reaches the core only through `ruralperf.workspace.Workspace`
and domain values; it never imports `ruralperf.db` or SQLAlchemy."""

from ui.feature_scan import quicken as _quicken

_quicken()  # before any page module is imported (ui.feature_scan says why)
