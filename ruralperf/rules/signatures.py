"""Moved to `ruralperf.domain.signatures` (a reading of a limitation list the window shows);
re-exported here for older imports."""
from ruralperf.domain.signatures import ToSign, to_sign

__all__ = ["ToSign", "to_sign"]
