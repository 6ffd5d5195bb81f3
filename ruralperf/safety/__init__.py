"""Keeping the data safe: backups and restore, integrity checks on open, one running copy
per database file, network-share detection."""
