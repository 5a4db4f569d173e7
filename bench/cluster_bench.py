"""Benchmark quote clustering on synthetic but realistic quotes.

Speakers are Zipf-distributed (a few are quoted thousands of times), words follow a
Zipf law over function words and a large vocabulary, and each utterance is reported by
one or more outlets, a little differently each time: other punctuation or quote marks,
a word dropped, added or swapped, a partial quote of a few of its words. Indirect
speech and unattributed quotes are mixed in, as in real articles.

    .venv/bin/python bench/cluster_bench.py            # 100,000 quotes
    .venv/bin/python bench/cluster_bench.py --quotes 20000 --db /tmp/bench.db

Prints the time of the pure clustering and of ``cluster_db`` (read, cluster, write),
and how well clusters match the utterances the quotes were made from.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from itertools import accumulate, combinations
from pathlib import Path

import sqlite_utils
from spacy.lang.en.stop_words import STOP_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.cluster import QuoteRecord, cluster_db, cluster_quotes, summarise  # noqa: E402
from quotes.store import ensure_db_shape  # noqa: E402

SYLLABLES = ["ka", "ro", "mi", "tan", "vel", "sor", "du", "pre", "lin", "gor", "ek", "sta", "nov", "al", "ber", "chi"]
OUTLETS = [f"Outlet {i}" for i in range(300)]


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(STOP_WORDS) + sorted(words)


def zipf_cumulative(n: int, s: float) -> list[float]:
    return list(accumulate(1 / (rank ** s) for rank in range(1, n + 1)))


def variant(rng: random.Random, words: list[str], vocab: list[str]) -> tuple[str, str]:
    """A reported form of an utterance and its kind."""
    words = list(words)
    roll = rng.random()
    if roll < 0.2 and len(words) > 6:
        start = rng.randrange(len(words) - 3)
        return " ".join(words[start:start + rng.randint(2, 5)]), "partial"
    if roll < 0.35:
        words.pop(rng.randrange(len(words)))
    elif roll < 0.45:
        words.insert(rng.randrange(len(words)), rng.choice(vocab[:300]))
    elif roll < 0.55:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    text = " ".join(words)
    text = text[0].upper() + text[1:] + rng.choice([".", ",", "", "…"])
    if rng.random() < 0.3:
        text = text.replace(" ", ", ", 1)
    return text, rng.choice(["direct", "direct", "direct", "block"])


def synthetic_quotes(n: int, seed: int = 8) -> tuple[list[QuoteRecord], dict[str, int]]:
    """``n`` quote records and, for each, the utterance it reports."""
    rng = random.Random(seed)
    vocab = vocabulary(rng, 30_000)
    word_weights = zipf_cumulative(len(vocab), 1.05)
    speakers = [f"speaker{i}" for i in range(max(10, n // 30))]
    speaker_weights = zipf_cumulative(len(speakers), 1.1)
    records, truth = [], {}
    utterance = 0
    while len(records) < n:
        speaker = rng.choices(speakers, cum_weights=speaker_weights)[0]
        words = rng.choices(vocab, cum_weights=word_weights, k=rng.randint(4, 40))
        utterance += 1
        for _ in range(min(1 + int(rng.expovariate(0.7)), 12)):
            text, kind = variant(rng, words, vocab)
            roll = rng.random()
            if roll < 0.1:
                kind = "indirect"
            who = None if roll > 0.95 else speaker
            i = len(records)
            published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            records.append(QuoteRecord(f"q{i:07d}", who, text, kind, f"a{i // 8}", rng.choice(OUTLETS), published))
            truth[records[-1].id] = utterance
    return records[:n], truth


def pair_scores(members, truth) -> tuple[float, float]:
    """Pairwise precision and recall of clusters against the utterances."""
    clusters = defaultdict(list)
    for m in members:
        clusters[m.cluster_id].append(m.quote_id)
    found = {frozenset(p) for qs in clusters.values() for p in combinations(sorted(qs), 2)}
    by_utterance = defaultdict(list)
    for m in members:
        by_utterance[truth[m.quote_id]].append(m.quote_id)
    true = {frozenset(p) for qs in by_utterance.values() for p in combinations(sorted(qs), 2)}
    hits = len(found & true)
    return hits / max(len(found), 1), hits / max(len(true), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000, help="How many quotes to cluster.")
    parser.add_argument("--db", help="Also time cluster_db on a database written here (default: a temporary file).")
    args = parser.parse_args()

    records, truth = synthetic_quotes(args.quotes)
    per_speaker = defaultdict(int)
    for r in records:
        per_speaker[r.speaker_id] += 1
    print(f"{len(records):,} quotes, {len(per_speaker):,} speakers, the most quoted with {max(per_speaker.values()):,}")

    started = time.perf_counter()
    members = list(cluster_quotes(records))
    clusters = list(summarise(records, members))
    elapsed = time.perf_counter() - started
    precision, recall = pair_scores(members, truth)
    print(f"cluster_quotes + summarise: {elapsed:.1f} s → {len(clusters):,} clusters of {len(members):,} quotes, "
          f"{sum(c.sources_count > 1 for c in clusters):,} reported by 2+ outlets")
    print(f"pairwise precision {precision:.3f}, recall {recall:.3f} against the utterances quoted")

    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(args.db or Path(tmp) / "bench.db")
        ensure_db_shape(db)
        with db.atomic():
            db["articles"].insert_all(({"id": a, "source": s, "published": p}
                                       for a, s, p in {(r.article_id, r.source, r.published) for r in records}),
                                      pk="id", replace=True)
            db["speakers"].insert_all(({"id": s, "name": s} for s in per_speaker if s), pk="id", replace=True)
            db["quotes"].insert_all(({"id": r.id, "speaker_id": r.speaker_id, "text": r.text, "kind": r.kind,
                                      "article_id": r.article_id} for r in records), pk="id", replace=True)
        for run in ("first", "second"):
            started = time.perf_counter()
            stats = cluster_db(db)
            print(f"cluster_db, {run} run: {time.perf_counter() - started:.1f} s, "
                  f"{stats.changed_quotes:,} quotes changed cluster")
        db.close()


if __name__ == "__main__":
    main()
