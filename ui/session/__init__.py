"""Start-up and session: opening the database safely, the first-run wizard, logging in, the
idle lock, user management, the About dialog, and the backup on close."""
