"""The JSON export (schema verkosto-arvio/1): made, named, read, checked and written here.

One room per part: `names` (the schema name, the network key), `parse` (a JSON file's bytes
to data, with the refusals every reader shares), `check` (is it an export: one check for
the history, reports, comparisons and `kooste` alike), `read` (the two readers built of
those) and `output` (the one "standard output or file" writer every command uses); `unique`
finds a JSON key written twice. `make` makes the export of one assessment and writes it.

`store` imports this package (for the network key), so nothing here imports analysis, and
what only making an export needs is imported when it is made.
"""
