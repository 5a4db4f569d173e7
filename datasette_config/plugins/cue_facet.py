"""The cue facet, grouped by lemma: "said", "Said" and "says" are one entry, "said", as are
"According to" and "according to", and "’s comments" and "'s comments".

Counted as Datasette's column facet counts (a grouped count over the cue index), then merged in
Python by ``quotes.reading.cue_lemma``, so no SQL function runs over the rows. Choosing an entry
filters on every form of it (``cue__in=["said","says"]``). ``metadata.yml`` names it as
``{lemma: cue}`` in the quotes table's facets.
"""

import json

from datasette import hookimpl
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_removed_args, path_with_replaced_args

from quotes.reading import group_by_lemma

# Distinct cues read to group: far more than any archive has (a few hundred forms).
MAX_FORMS = 5000


class LemmaFacet(ColumnFacet):
    type = "lemma"

    async def suggest(self):
        return []

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            sql = (f"select {escape_sqlite(column)} as value, count(*) as count from ({self.sql}) "
                   f"where {escape_sqlite(column)} is not null group by {escape_sqlite(column)} "
                   f"order by count desc, value limit {MAX_FORMS}")
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except Exception as e:  # QueryInterrupted: Datasette reports the facet as timed out
                if type(e).__name__ != "QueryInterrupted":
                    raise
                timed_out.append(column)
                continue
            chosen = self._chosen(column)
            groups = group_by_lemma((r["value"], r["count"]) for r in rows.rows)
            values = []
            for group in groups[:size]:
                selected = bool(chosen) and set(group["forms"]) <= chosen
                if selected:
                    path = path_with_removed_args(self.request, {f"{column}__in": None, column: None})
                else:
                    value = json.dumps(sorted(group["forms"]), ensure_ascii=False)
                    path = path_with_replaced_args(self.request, {f"{column}__in": value, column: None, "_next": None})
                values.append({
                    "value": group["lemma"], "label": group["label"], "count": group["count"],
                    "forms": group["forms"], "selected": selected,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
                })
            results.append({
                "name": column, "type": self.type, "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_lemma": column})),
                "results": values, "truncated": len(groups) > size,
            })
        return results, timed_out

    def _chosen(self, column):
        """The cue forms the request filters on, as a set (empty when it does not)."""
        args = self.request.args
        if args.get(column) is not None:
            return {args.get(column)}
        raw = args.get(f"{column}__in")
        if not raw:
            return set()
        try:
            forms = json.loads(raw) if raw.startswith("[") else raw.split(",")
        except ValueError:
            return set()
        return {str(f) for f in forms}


@hookimpl
def register_facet_classes():
    return [LemmaFacet]
