"""Pure functions of DOMAIN.md sections 4-7. No I/O, no database, no Qt."""
