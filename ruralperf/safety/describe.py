"""Moved to `ruralperf.errors` (the safety exceptions and their words live with the other
errors); re-exported here for older imports."""
from ruralperf.errors import safety_message

__all__ = ["safety_message"]
