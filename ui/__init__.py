"""The Qt desktop layer. It reaches the core only through `ruralperf.workspace.Workspace`
and domain values; it never imports `ruralperf.db` or SQLAlchemy."""
