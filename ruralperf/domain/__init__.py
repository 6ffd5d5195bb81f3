"""Frozen values of the rule book: money, periods, entities, parameters, results."""
