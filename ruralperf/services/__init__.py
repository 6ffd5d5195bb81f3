"""Application services: the use cases (what a user does) behind the facade.

Where a new use case goes
-------------------------
1. The work: a function taking an engine or a session, the branch id and domain values, and
   returning domain values, in the module of its subject in this package (`services/<subject>.py`).
   A subject with state to share (a page of rows, a draft) is a class here taking the
   Workspace, like `Browse`, `Records`, `Overview`, `AuditView`, `Printing`.
2. The door: a `ruralperf.workspace.Workspace` method that checks the permission
   (`self.authorize(action)`), calls the function and returns its values; a class is handed out
   by a Workspace property and checks `self.ws.authorize(...)` in each method. The window and the
   command line call the Workspace, never a service directly.
3. The values the window shows are declared in `ruralperf.domain`; what can go wrong, in
   `ruralperf.errors`; the words, in `ruralperf.i18n`.
4. Services may use rules, db, io, reports and security, and the facade's public hooks
   (`authorize`, `exclusive`, `engine`, `branch_id`), never its private members. Nothing below
   (domain, rules, db) imports a service (tests/test_architecture.py).

Every use case lives here (issue 15.4: `computing`, `importing`, `payruns`, `confirming`,
`accounts`, `branches`, `restoring`, `limitation_report`, `limitation_store`,
`demand_notices`, `duties`, `login_guard` and `fingerprint` moved in from the top of the
package). The top of the package keeps only the edges: the facade (`workspace`), the command
line (`cli*`), `errors`, the words (`i18n*`), `paths`, `logsetup`, `system_libraries` and the
built-in calendar seed; tests/test_architecture.py keeps it so.
"""
