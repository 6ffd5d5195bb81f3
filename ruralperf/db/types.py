"""Exact column types: money as integer fen, rates and shares as decimal text, quarters as
their code ("2025Q3", which sorts in time order as text)."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger, String
from sqlalchemy.types import TypeDecorator

from ruralperf.domain.money import D, from_fen, to_fen
from ruralperf.domain.periods import Quarter


class Money(TypeDecorator):
    """A Decimal amount stored as integer fen. Never a float."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return to_fen(D(value))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return from_fen(value)


class DecimalText(TypeDecorator):
    """An exact decimal (a rate, share or coefficient) stored as its text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return format(D(value).normalize(), "f")

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(value)


class QuarterCode(TypeDecorator):
    """A `Quarter` stored as its code ("2025Q3"): the pay-run tables' quarters. The text form
    exists only in the column; code outside `db` sees and passes `Quarter` values."""

    impl = String(6)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, Quarter):
            raise TypeError(f"a quarter column takes a Quarter, not {type(value).__name__}")
        return str(value)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Quarter.parse(value)
