"""Cluster the same quote as reported by many outlets.

Quotes by the same speaker are one cluster when their words are the same or nearly
so ("The glory of Rossiya (Russia), which gave birth…" / "The glory to Russia, which
gave birth…"), and a partial quote joins the cluster of a longer quote of the same
speaker that contains it. Reported (indirect) speech and quotes without a known
speaker are not clustered.

Cost stays near-linear: texts are normalised, identical forms merged, and only forms
of the same speaker that share one of their rarest words (prefix filtering, as in
set-similarity joins) are compared with rapidfuzz.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from typing import NamedTuple

import sqlite_utils
from rapidfuzz import fuzz, process

from .db import open_readonly
from .pool import ordered_map
from .schema import migrate
from .store import stable_id
from .vocab import VERBATIM_KINDS, QuoteKind
from .words import DB_WORD_LISTS, STOP_WORDS, remove_accents, word_set

CLUSTERED_KINDS = frozenset(VERBATIM_KINDS)
NEGATIONS = word_set("negations", folder=DB_WORD_LISTS)
# token_sort_ratio of the same utterance in two translations or transcriptions scores 90+;
# one content word changed in a short sentence ("win" / "lose") scores below 80.
MIN_SIMILARITY = 88
# Forms are compared only when their word sets could have a Jaccard similarity this high;
# in the benchmark fewer than 1 in 300 pairs that pass MIN_SIMILARITY fall below it.
MIN_JACCARD = 0.6
# A partial quote this short ("holy war" may, "sensitive" may not) can join by containment,
# if one of its words is not a stop word ("as well as" may not).
MIN_CONTAINED_WORDS = 2

_CONTRACTED_NOT = re.compile(r"n['’ʼ]t\b")
_WORD = re.compile(r"[^\W_]+")
_FIGURE = re.compile(r"\w*\d\w*")
_CUT_ENDINGS = (",", ";", ":")
_TRAILING = re.compile(r"[\s,;:]+$")


class QuoteRecord(NamedTuple):
    """A quote as clustering needs it."""

    id: str
    speaker_id: str | None
    text: str
    kind: str
    article_id: str
    source: str | None
    published: str | None


class ClusterMember(NamedTuple):
    """A quote's cluster; ``contained`` when it joined as part of a longer quote; ``wording`` is its normalised text."""

    quote_id: str
    cluster_id: str
    contained: bool
    wording: str


class Cluster(NamedTuple):
    """One row of ``quote_clusters``."""

    id: str
    speaker_id: str
    canonical_text: str
    quote_count: int
    sources_count: int
    first_seen: str | None
    first_source: str | None
    first_article_id: str


class Outlet(NamedTuple):
    """An outlet that carried a quote, with the date and article it first did."""

    name: str
    published: str | None
    article_id: str


def normalise(text: str) -> str:
    """Lowercase words without accents or punctuation, "n't" spelt "not", single-spaced."""
    text = text.lower()
    if "n'" in text or "n’" in text or "nʼ" in text:  # most quotes have none: no regular expression to run
        text = _CONTRACTED_NOT.sub(" not", text)
    text = " ".join(_WORD.findall(text))
    return text if text.isascii() else remove_accents(text)


def _same_polarity_and_figures(a: str, b: str) -> bool:
    """Near-identical words can still say opposite things ("We will not win") or other figures."""
    return a == b or (sorted(_FIGURE.findall(a)) == sorted(_FIGURE.findall(b))
                      and sorted(w for w in a.split() if w in NEGATIONS) == sorted(w for w in b.split()
                                                                                   if w in NEGATIONS))


class _Form(NamedTuple):
    """A distinct normalised text of one speaker and the quotes written that way."""

    speaker_id: str
    text: str
    words: frozenset
    quotes: list
    partial: bool


def cluster_quotes(records: Iterable[QuoteRecord]) -> Iterator[ClusterMember]:
    """Assign every clusterable quote to a cluster.

    Args:
        records: quotes of any kinds and speakers; indirect quotes and quotes without
            a speaker_id are skipped.

    Yields:
        One :class:`ClusterMember` per clustered quote. A cluster's id is a hash of its
        smallest member quote id, so the same quotes always give the same ids.
    """
    forms = _forms(records)
    parent = list(range(len(forms)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    rank = _rarity_rank(forms)
    for i, j in _near_pairs(forms, rank):
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(forms)):
        groups[root(i)].append(i)
    containers = _containers(forms, rank)
    longest = {g: max(len(forms[i].text) for i in members) for g, members in groups.items()}
    target: dict[int, int] = {}
    for g in sorted(groups, key=lambda g: (-longest[g], g)):
        target[g] = g
        if all(forms[i].partial for i in groups[g]):
            containing = {root(c) for i in groups[g] for c in containers[i]} - {g}
            hosts = [h for h in containing if longest[h] > longest[g]]
            if hosts:
                target[g] = target[max(hosts, key=lambda h: (len(groups[h]), -h))]
    clusters: dict[int, list[tuple[str, bool, str]]] = defaultdict(list)
    for g, members in groups.items():
        for i in members:
            clusters[target[g]].extend((q, target[g] != g, forms[i].text) for q in forms[i].quotes)
    for quotes in clusters.values():
        cluster_id = stable_id("cluster", min(q for q, _, _ in quotes))
        for quote_id, contained, wording in quotes:
            yield ClusterMember(quote_id, cluster_id, contained, wording)


def _forms(records: Iterable[QuoteRecord]) -> list[_Form]:
    by_text: dict[tuple[str, str], _Form] = {}
    for r in records:
        if not r.speaker_id or r.kind not in CLUSTERED_KINDS:
            continue
        text = normalise(r.text)
        if not text:
            continue
        key = (r.speaker_id, text)
        form = by_text.get(key)
        if form is None:
            form = by_text[key] = _Form(r.speaker_id, text, frozenset(text.split()), [], r.kind == QuoteKind.PARTIAL)
        elif form.partial and r.kind != QuoteKind.PARTIAL:
            form = by_text[key] = form._replace(partial=False)
        form.quotes.append(r.id)
    return list(by_text.values())


def _blocks(forms: list[_Form]) -> Iterator[list[int]]:
    """The forms of each speaker: nothing is ever compared across speakers."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, form in enumerate(forms):
        by_speaker[form.speaker_id].append(i)
    return iter(by_speaker.values())


def _rarity_rank(forms: list[_Form]) -> dict[str, int]:
    """Each word's place from the rarest to the most common, the same order for every form."""
    frequency = Counter(w for f in forms for w in f.words)
    return {w: i for i, w in enumerate(sorted(frequency, key=lambda w: (frequency[w], w)))}


def _near_pairs(forms: list[_Form], rank: dict[str, int]) -> Iterator[tuple[int, int]]:
    """Pairs of near-duplicate forms of one speaker.

    Prefix filtering (the AllPairs join): when word sets of sizes m <= n have a Jaccard
    similarity of at least t, the larger one's rarest ``n - ceil(t * n) + 1`` words
    include one of the smaller one's rarest ``m - ceil(2t / (1 + t) * m) + 1``. So forms
    are visited smallest first, each indexed by its short prefix and probing the index
    with its long one, and only forms that meet that way, with sizes that allow it, are
    compared.
    """
    t = MIN_JACCARD
    for block in _blocks(forms):
        index: dict[str, list[int]] = defaultdict(list)
        for i in sorted(block, key=lambda i: len(forms[i].words)):
            form = forms[i]
            words = sorted(form.words, key=rank.__getitem__)
            n = len(words)
            candidates: set[int] = set()
            for w in words[:n - math.ceil(t * n) + 1]:
                candidates.update(index.get(w, ()))
            for w in words[:n - math.ceil(2 * t / (1 + t) * n) + 1]:
                index[w].append(i)
            sized = [j for j in candidates if len(forms[j].words) >= t * n]
            if not sized:
                continue
            matches = process.extract_iter(form.text, [forms[j].text for j in sized], scorer=fuzz.token_sort_ratio,
                                           score_cutoff=MIN_SIMILARITY)
            for _, _, k in matches:
                if _same_polarity_and_figures(form.text, forms[sized[k]].text):
                    yield i, sized[k]


def _containers(forms: list[_Form], rank: dict[str, int]) -> list[list[int]]:
    """For each partial form, the longer forms of the same speaker that contain its words in order."""
    found: list[list[int]] = [[] for _ in forms]
    for block in _blocks(forms):
        partials = [i for i in block if forms[i].partial and len(forms[i].text.split()) >= MIN_CONTAINED_WORDS
                    and not forms[i].words <= STOP_WORDS]
        rarest = {i: min(forms[i].words, key=rank.__getitem__) for i in partials}
        wanted = frozenset(rarest.values())
        index: dict[str, list[int]] = defaultdict(list)
        for j in block if partials else ():
            for w in forms[j].words & wanted:
                index[w].append(j)
        for i in partials:
            text, padded = forms[i].text, f" {forms[i].text} "
            found[i] = [j for j in index[rarest[i]] if len(forms[j].text) > len(text)
                        and padded in f" {forms[j].text} "]
    return found


def summarise(records: Iterable[QuoteRecord], members: Iterable[ClusterMember]) -> Iterator[Cluster]:
    """The ``quote_clusters`` rows for ``members``.

    The canonical text is the most common wording among the quotes that did not join by
    containment (see ``_canonical_rank`` for ties). ``sources_count`` counts distinct outlets, an
    article without a known source counting as an outlet of its own. ``first_*`` come
    from the earliest dated member, or the canonical one when none has a date.
    """
    by_id = {r.id: r for r in records}
    clusters: dict[str, list[ClusterMember]] = defaultdict(list)
    for m in members:
        clusters[m.cluster_id].append(m)
    for cluster_id, cluster in clusters.items():
        quotes = [by_id[m.quote_id] for m in cluster]
        own = [m for m in cluster if not m.contained]
        wordings = Counter(m.wording for m in own)
        canonical = by_id[min(own, key=lambda m: _canonical_rank(by_id[m.quote_id], wordings[m.wording])).quote_id]
        dated = [r for r in quotes if r.published]
        first = min(dated, key=lambda r: (r.published, r.id)) if dated else canonical
        assert canonical.speaker_id is not None  # cluster_quotes leaves out quotes without a speaker
        yield Cluster(
            id=cluster_id, speaker_id=canonical.speaker_id, canonical_text=_TRAILING.sub("", canonical.text),
            quote_count=len(quotes), sources_count=len({_outlet_key(r) for r in quotes}),
            first_seen=first.published, first_source=first.source, first_article_id=first.article_id,
        )


def _canonical_rank(r: QuoteRecord, wording_count: int) -> tuple:
    """Most common wording first, then the longest, then one ending as the speaker ended it
    ("…here." over "…here," cut by an attribution), then by text: never by id, which
    depends on where the articles were read from."""
    cut = r.text[-1:].isspace() or r.text[-1:] in _CUT_ENDINGS  # what _TRAILING strips, read off the last character
    return (-wording_count, -len(r.text), cut, r.text, r.published or "~", r.id)


def _outlet_key(r: QuoteRecord) -> str:
    return f"source:{r.source}" if r.source else f"article:{r.article_id}"


class ClusterStats(NamedTuple):
    """What :func:`cluster_db` did."""

    clusters: int
    clustered_quotes: int
    multi_outlet: int
    changed_quotes: int


def cluster_db(db: sqlite_utils.Database, speakers: Iterable[str] | None = None,
               executor: Executor | None = None) -> ClusterStats:
    """(Re)compute the clusters of the quotes of ``speakers`` (every speaker's by default) in
    one transaction.

    Clusters never mix speakers, so quotes are read one speaker at a time: memory stays
    that of the busiest few speakers, not of the whole database. With an ``executor`` (the
    worker processes of ``quotes ingest --jobs``) the workers read and cluster the quotes, and
    this process writes. Only rows whose cluster changed are written, and clusters
    left without members are removed, so running it again changes nothing.
    :func:`speakers_to_recluster` names the speakers an ingest changed.
    """
    migrate(db)  # quote_clusters and quotes.cluster_id are schema steps
    totals = [0, 0, 0, 0]
    kept: set[str] = set()
    everyone = speakers is None
    # A first clustering gives most quotes a cluster id. Then the index on it is built once
    # afterwards instead of moved at each row's update, and the foreign key is not checked row
    # by row: it holds by construction (each flush writes the clusters with their members, and
    # no quote refers to a cluster yet). Each halves what the other leaves of the writes' cost.
    first = db.execute("select 1 from quotes where cluster_id is not null limit 1").fetchone() is None
    with _foreign_keys_unchecked(db) if first else contextlib.nullcontext(), db.atomic():
        if first:
            db.execute("drop index if exists idx_quotes_cluster_id")
        if speakers is None:  # everyone
            speakers = [r[0] for r in db.execute("select distinct speaker_id from quotes where speaker_id is not null")]
        speakers = sorted(speakers)
        writes = _ClusterWrites(db)
        for clusters, changed, members in _clustered(db, speakers, executor):
            writes.add(clusters, changed)
            kept |= {c.id for c in clusters}
            totals[0] += len(clusters)
            totals[1] += members
            totals[2] += sum(c.sources_count > 1 for c in clusters)
            totals[3] += len(changed)
        writes.flush()
        if everyone:
            unspoken = db.execute(
                "update quotes set cluster_id = null where speaker_id is null and cluster_id is not null")
            totals[3] += unspoken.rowcount
            stale = {r[0] for r in db.execute("select id from quote_clusters")} - kept
        else:
            stale = {r[0] for r in db.execute(
                "select id from quote_clusters where speaker_id in (select value from json_each(?))",
                [json.dumps(speakers)])} - kept
        db.conn.executemany("delete from quote_clusters where id = ?", [(s,) for s in stale])
        db.table("quotes").create_index(["cluster_id"], if_not_exists=True)
    return ClusterStats(*totals)


@contextlib.contextmanager
def _foreign_keys_unchecked(db: sqlite_utils.Database) -> Iterator[None]:
    """Foreign keys not enforced in the block (outside a transaction; SQLite ignores the pragma inside one)."""
    enforced = db.execute("pragma foreign_keys").fetchone()[0]
    db.execute("pragma foreign_keys = off")
    try:
        yield
    finally:
        db.execute(f"pragma foreign_keys = {enforced}")


# Quotes a worker clusters at a time: enough to outweigh the cost of a task.
_QUOTES_PER_TASK = 2000
# Tasks the workers may run ahead of the writes: enough to keep them busy while this process
# writes a batch, each task's result a few hundred kilobytes.
_TASKS_AHEAD = 32
# A quote row carries its article's source and date (written with it, replaced with it), so no join.
_SPEAKER_ROWS = (
    "select id, speaker_id, text, kind, article_id, source, published, cluster_id, rowid from quotes "
    "where speaker_id = ?"
)


class _Clustered(NamedTuple):
    """One speaker's clusters, the (cluster id, quote rowid) changes to write, and how many quotes are members."""

    clusters: list[Cluster]
    changed: list[tuple[str | None, int]]
    members: int


def _clustered(db: sqlite_utils.Database, speakers: list[str], executor: Executor | None) -> Iterator[_Clustered]:
    """Each speaker's clusters and changes, in order: computed here, or with an ``executor``
    by its workers, each reading its speakers' quotes from the database file itself.

    A worker reads what is committed, not this process's open transaction; that holds only
    cluster ids of other speakers, and clusters never mix speakers.
    """
    path = _database_file(db)
    if executor is None or path is None:
        for speaker in speakers:
            yield _cluster_rows(db.execute(_SPEAKER_ROWS, [speaker]).fetchall())
        return
    sizes = dict(db.execute("select id, quote_count from speakers"))

    def tasks() -> Iterator[list[str]]:
        task, size = [], 0
        for speaker in speakers:
            task.append(speaker)
            size += sizes.get(speaker) or 1
            if size >= _QUOTES_PER_TASK:
                yield task
                task, size = [], 0
        if task:
            yield task

    for _, results in ordered_map(executor, functools.partial(_cluster_speakers, path), tasks(),
                                  in_flight=_TASKS_AHEAD):
        yield from results


def _database_file(db: sqlite_utils.Database) -> str | None:
    """The file of the database's main schema, None for one in memory."""
    return next((row[2] for row in db.execute("pragma database_list") if row[1] == "main"), None) or None


def _cluster_speakers(path: str, speakers: list[str]) -> list[_Clustered]:
    """Read each speaker's quotes from the database at ``path`` (read-only) and cluster them."""
    with contextlib.closing(open_readonly(path)) as conn:
        return [_cluster_rows(conn.execute(_SPEAKER_ROWS, [speaker]).fetchall()) for speaker in speakers]


def _cluster_rows(rows: list[tuple]) -> _Clustered:
    """Clusters of one speaker's quote rows (``_SPEAKER_ROWS``), and the rows whose cluster changes."""
    records = [QuoteRecord(*row[:7]) for row in rows]
    members = list(cluster_quotes(records))
    wanted = {m.quote_id: m.cluster_id for m in members}
    changed = [(wanted.get(row[0]), row[8]) for row in rows if wanted.get(row[0]) != row[7]]
    return _Clustered(list(summarise(records, members)), changed, len(members))


def speakers_to_recluster(db: sqlite_utils.Database) -> set[str]:
    """Speakers with quotes not yet in a cluster (new, or moved to them) or with a cluster
    whose stored count is not its members' (quotes removed or moved away)."""
    migrate(db)
    kinds = ", ".join(f"'{k}'" for k in sorted(CLUSTERED_KINDS))
    return {r[0] for r in db.execute(
        "select distinct speaker_id from quotes where cluster_id is null and speaker_id is not null "
        f"and kind in ({kinds}) "
        "union select c.speaker_id from quote_clusters c left join "
        "(select cluster_id, count(*) n from quotes where cluster_id is not null group by cluster_id) q "
        "on q.cluster_id = c.id where c.quote_count is not coalesce(q.n, 0)")}


class _ClusterWrites:
    """Cluster rows and quote cluster ids, written a few thousand at a time."""

    LIMIT = 5000

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.clusters: list[Cluster] = []
        self.changed: list[tuple[str | None, int]] = []

    def add(self, clusters: list[Cluster], changed: list[tuple[str | None, int]]) -> None:
        self.clusters += clusters
        self.changed += changed
        if len(self.clusters) + len(self.changed) >= self.LIMIT:
            self.flush()

    def flush(self) -> None:
        columns = Cluster._fields
        self.db.conn.executemany(
            f"insert into quote_clusters ({', '.join(columns)}) values ({', '.join('?' * len(columns))}) "
            f"on conflict(id) do update set {', '.join(f'{c} = excluded.{c}' for c in columns[1:])}",
            self.clusters)
        # By rowid, in rowid order: the table is read front to back instead of through the id index.
        by_rowid = sorted(self.changed, key=lambda c: c[1])
        self.db.conn.executemany("update quotes set cluster_id = ? where rowid = ?", by_rowid)
        self.clusters, self.changed = [], []


def outlets_for(db: sqlite_utils.Database, quote_id: str) -> tuple[int, list[Outlet]] | None:
    """How many outlets reported the quote's cluster, and each one (earliest first); None if unclustered.

    An outlet is the article's source as readers know it (:func:`quotes.outlets.outlet_name`), or
    its headline in quotes where the source is unknown, else "unknown outlet"; never a file name.
    """
    from .outlets import outlet_name

    row = db.execute(
        "select c.sources_count from quotes q join quote_clusters c on c.id = q.cluster_id where q.id = ?",
        [quote_id]).fetchone() if "quote_clusters" in db.table_names() else None
    if row is None:
        return None
    seen: dict[str, Outlet] = {}
    for source, title, _doc, published, article_id in db.execute(
            "select a.source, a.title, a.doc, a.published, a.id from quotes q join articles a on a.id = q.article_id "
            "where q.cluster_id = (select cluster_id from quotes where id = ?) "
            "order by a.published is null, a.published, coalesce(a.source, a.title, a.doc), a.id", [quote_id]):
        key = f"source:{source}" if source else f"article:{article_id}"
        name = outlet_name(source) or (f"“{' '.join(title.split())}”" if title else "unknown outlet")
        seen.setdefault(key, Outlet(name, published, article_id))
    return row[0], list(seen.values())


def reported_by(db: sqlite_utils.Database, quote_id: str) -> str | None:
    """“reported by 3 outlets: 1945, Today IT (2023-09-14), …” for a clustered quote; None for others."""
    found = outlets_for(db, quote_id)
    if found is None:
        return None
    count, outlets = found
    names = ", ".join(f"{o.name} ({o.published})" if o.published else o.name for o in outlets)
    return f"reported by {count} outlet{'' if count == 1 else 's'}: {names}"
