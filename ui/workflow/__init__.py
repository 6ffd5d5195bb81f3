"""The workflow pages of the main window: home, import, pay run, statute of limitations,
settings. Data-entry pages live in `ui.records`."""
