"""Services behind the facade for the desktop UI: browsing tables in the database (paged,
sorted, filtered), entering and editing records with the import's validation, and the
overview of a quarter. Reached as `Workspace.browse`, `.records`, `.overview`."""
