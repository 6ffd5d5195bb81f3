"""Moved to `ruralperf.domain.calendar` (a value the database loads and the rules read);
re-exported here for older imports."""
from ruralperf.domain.calendar import WorkCalendar, weekend_only

__all__ = ["WorkCalendar", "weekend_only"]
