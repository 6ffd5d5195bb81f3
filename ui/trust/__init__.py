"""Trust in the data: the audit trail viewer, backups and restore, and role-aware controls."""
