"""Who may do what (users, roles, passwords) and the tamper-evident audit trail."""
