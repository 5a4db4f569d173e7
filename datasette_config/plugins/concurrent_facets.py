"""The quotes table's default facets, counted at the same time instead of one after another.

Each facet is a grouped count over the rows shown: on a million quotes, a walk of a whole index
for the unfiltered table, some tens of thousands of rows looked up by rowid for a search.
Datasette 0.65 runs a table's facets one after another, on one core. Python's ``sqlite3`` lets
go of the GIL while SQLite works and Datasette's SQL threads each have their own read-only
connection, so counted together the facets use every core (on two cores the quotes table and
a search come about 100 ms sooner). The SQL is Datasette's own; its results are kept between
requests, until the database changes, by ``count_cache.py``, not here.

``metadata.yml`` lists them as one facet of type ``concurrent`` holding what ``facets:`` would
hold (``speaker_id``, ``{date: published}``, ``{lemma: cue}``); each is computed and shown by Datasette's own
column, date or lemma facet, so pages and JSON are the same as with plain ``facets:``.
"""

import asyncio

from datasette import hookimpl
from datasette.facets import Facet
from datasette.plugins import pm
from datasette.tracer import trace_child_tasks


class _OneFacet:
    """One facet of a ``concurrent`` list, as the Datasette facet class it names computes it."""

    def __init__(self, *args, source_and_config, **kwargs):
        super().__init__(*args, **kwargs)
        self._source_and_config = source_and_config

    def get_configs(self):
        return [self._source_and_config]


def _facet_classes():
    """Every registered facet class (Datasette's and the plugins', as the lemma facet of
    ``cue_facet.py``) by type, each made to compute one facet of the list."""
    classes = {}
    for registered in pm.hook.register_facet_classes():
        for cls in registered:
            if cls.type != "concurrent":
                classes[cls.type] = type(f"_One{cls.__name__}", (_OneFacet, cls), {})
    return classes


class ConcurrentFacets(Facet):
    type = "concurrent"

    def _facets(self):
        classes = _facet_classes()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            items = config if isinstance(config, list) else [config["simple"]] if "simple" in config else []
            for item in items:
                kind, column = ("column", item) if isinstance(item, str) else next(iter(item.items()))
                yield classes[kind](
                    self.ds, self.request, self.database, sql=self.sql, table=self.table, params=self.params,
                    metadata=self.metadata, row_count=self.row_count,
                    source_and_config={"source": source_and_config["source"], "config": {"simple": column}},
                )

    async def facet_results(self):
        with trace_child_tasks():  # ?_trace=1 still lists every facet's SQL
            outcomes = await asyncio.gather(*(facet.facet_results() for facet in self._facets()))
        return [info for infos, _ in outcomes for info in infos], [column for _, columns in outcomes
                                                                   for column in columns]


@hookimpl
def register_facet_classes():
    return [ConcurrentFacets]
