"""Moved to `ruralperf.domain.histories` (values the database loads and the rules read);
re-exported here for older imports."""
from ruralperf.domain.histories import BalanceHistory, ManagerHistory

__all__ = ["BalanceHistory", "ManagerHistory"]
