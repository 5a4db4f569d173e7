"""Speed of ``quotes cite`` lookups (candidates, alignment, verdicts) on a large database.

    .venv/bin/python bench/lookup_bench.py --source-db SMALL.db --db /tmp/quotes-lookup/large.db

Builds (once; ``--rebuild`` to build again) a database of ``--quotes`` quotes from a small
ingested one, as ``bench/bench.py`` builds its Datasette database (the source's articles and
quotes copied under new ids), then times ``quotes.lookup.lookup`` on ``--lookups`` texts made
from stored quotes (verbatim passages, copies with one word changed, quotes of 800
characters or more with their first three words cut and eight words added) and on made-up
phrases of corpus words, in this process, warm. Prints p50, p95 and the slowest, per kind.
Make the small database with ``quotes ingest ../shared/gold/polnear-train/texts --db SMALL.db``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from quotes.lookup import lookup  # noqa: E402

TARGET_MS = 200


def texts(conn: sqlite3.Connection, n: int, rng: random.Random) -> dict[str, list[str]]:
    quotes = [t for (t,) in conn.execute(
        "select text from quotes where kind != 'indirect' and length(text) > 60 order by random() limit ?", [n * 2])]
    words = sorted({w for q in quotes for w in q.split() if w.isalpha() and w.islower()})
    passages, changed = [], []
    for q in quotes[:n]:
        w = q.split()
        passages.append(" ".join(w[: max(4, len(w) // 2)]))
        i = rng.randrange(len(w))
        changed.append(" ".join(w[:i] + [rng.choice(words)] + w[i + 1:]))
    made_up = [" ".join(rng.choice(words) for _ in range(rng.randint(6, 14))) for _ in range(n)]
    long_ones = [t for (t,) in conn.execute(
        "select text from quotes where length(text) > 800 order by random() limit ?", [n])]
    longer = [" ".join(t.split()[3:] + [rng.choice(words) for _ in range(8)]) for t in long_ones]
    return {"verbatim passage": passages, "one word changed": changed, "made-up phrase": made_up,
            "long quote, ends changed": longer}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source-db", type=Path, help="a small ingested database to copy from")
    parser.add_argument("--db", type=Path, default=Path("/tmp/quotes-lookup/large.db"))
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=100, help="texts timed per kind")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    if args.rebuild or not args.db.is_file():
        if not args.source_db:
            parser.error(f"{args.db} does not exist: give --source-db to build it")
        from bench import build_large_db

        args.db.parent.mkdir(parents=True, exist_ok=True)
        print("built:", build_large_db(args.source_db, args.db, args.quotes))
    conn = sqlite3.connect(f"{args.db.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA mmap_size = 2147483648")  # as the reading room reads it
    (count,) = conn.execute("select count(*) from quotes").fetchone()
    rng = random.Random(17)
    worst = 0.0
    print(f"{count:,} quotes in {args.db}")
    for kind, typed in texts(conn, args.lookups, rng).items():
        lookup(conn, typed[0])  # warm the page cache for this kind
        times, found = [], 0
        for t in typed:
            start = time.perf_counter()
            matches = lookup(conn, t)
            times.append((time.perf_counter() - start) * 1000)
            found += bool(matches)
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        worst = max(worst, p95)
        print(f"{kind:25} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  max {times[-1]:6.1f} ms  "
              f"found {found}/{len(typed)}")
    print(f"target: p95 under {TARGET_MS} ms — {'met' if worst < TARGET_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
