"""The holiday calendar an administrator keeps year by year (DOMAIN.md 7.1)."""
