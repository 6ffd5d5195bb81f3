"""The pages of the main window. Each page is a `Page` (ui/pages/base.py); the main window
builds them from `page_specs()` in navigation order."""
