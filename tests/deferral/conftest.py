from tests.trust.conftest import approvable_ws  # noqa: F401  (the golden branch, approvable)
