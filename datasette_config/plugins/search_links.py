"""Search-all results (datasette-search-all) linked to their rows: each searchable table's
``reader_columns`` and ``reader_labels`` from metadata.yml, for ``templates/search_all.html``."""

import json

from datasette import hookimpl


@hookimpl
def extra_template_vars(template, datasette):
    if template != "search_all.html":
        return {}
    columns = {}
    for database in datasette.databases:
        for table, meta in ((datasette.metadata("databases") or {}).get(database, {}).get("tables") or {}).items():
            if meta.get("reader_columns"):
                columns[table] = {"columns": meta["reader_columns"], "labels": meta.get("reader_labels") or {},
                                  "title": meta.get("title") or table}
    # </script> cannot end the script early: json.dumps escapes no "<", so do it here
    return {"reader_columns_json": json.dumps(columns).replace("<", "\\u003c")}
