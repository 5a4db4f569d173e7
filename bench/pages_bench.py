"""Latency of the reading room's pages on a large database: what a reader opens, timed in process.

    .venv/bin/python bench/pages_bench.py ../shared/gold/polnear-train/texts --quotes 1000000

Ingests the folder of articles (or takes ``--db``, an ingested database), builds a database of
``--quotes`` quotes from it as ``bench/bench.py`` does (its articles and quotes copied under new
ids, dated across years, speakers shared), and answers ``--requests`` requests for each page
with Datasette in process, as ``quotes serve`` configures it: the home page, the quotes table,
a search, the reader's filters, the most quoted speaker's page and quotes, a speaker search, a
quote's page, an article's page, a cluster's page. p50/p95/max are printed, with the target
(p95 under ``TARGET_MS``), and each page's first request apart: the server is fresh, so that
one counts its rows and facets, as the first request after an ingest does, where the others
take the counts ``plugins/count_cache.py`` kept. The spreadsheet export of one speaker is
timed once and printed apart (it is a download of every quote, not a page). Figures are the
bench's, never a test's.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TARGET_MS = 300


def pages(db_path: Path) -> dict[str, str]:
    """The reader's pages on ``db_path``: label → path."""
    conn = sqlite3.connect(db_path)
    name = db_path.stem
    speaker_id, speaker = conn.execute("select id, name from speakers order by quote_count desc limit 1").fetchone()
    (quote,) = conn.execute("select id from quotes where speaker_id = ? and cluster_id is not null "
                            "order by published desc limit 1", [speaker_id]).fetchone() or \
        conn.execute("select id from quotes limit 1").fetchone()
    (article,) = conn.execute("select article_id from quotes where id = ?", [quote]).fetchone()
    cluster = conn.execute("select id from quote_clusters order by sources_count desc limit 1").fetchone()
    (latest,) = conn.execute("select max(published) from quotes").fetchone()
    word = speaker.split()[-1]
    found = {
        "home page": "/",
        "quotes table (reader columns, facets)": f"/{name}/quotes",
        "search 'president'": f"/{name}/quotes?_search=president",
        "verbatim only, a month, with facets": f"/{name}/quotes?_kind=verbatim&_from={latest[:8]}01&_to={latest[:10]}",
        f"speaker page ({speaker})": f"/{name}/speakers/{speaker_id}",
        "one speaker's quotes (table)": f"/{name}/quotes?speaker_id={speaker_id}",
        f"speaker search '{word}'": f"/{name}/speakers?_search={word}",
        "a quote's page": f"/{name}/quotes/{quote}",
        "an article's page": f"/{name}/articles/{article}",
        "speakers table": f"/{name}/speakers",
    }
    if cluster:
        found["a cluster's page"] = f"/{name}/quote_clusters/{cluster[0]}"
    return found


async def latency(db_path: Path, requests: int) -> dict:
    from quotes.publish import make_datasette

    ds = make_datasette(db_path)
    results = {}
    for label, path in pages(db_path).items():
        times = []
        for _ in range(requests):  # the first on a fresh server: nothing kept
            start = time.perf_counter()
            response = await ds.client.get(path)
            times.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"bench: {path} answered {response.status_code}")
        first = times[0]
        times.sort()
        results[label] = {"path": path, "first": first, "p50": statistics.median(times),
                          "p95": times[max(0, round(0.95 * len(times)) - 1)], "max": times[-1]}
    conn = sqlite3.connect(db_path)
    speaker_id, count = conn.execute(
        "select id, quote_count from speakers where quote_count <= 5000 order by quote_count desc limit 1").fetchone()
    start = time.perf_counter()
    response = await ds.client.get(f"/{db_path.stem}/-/spreadsheet.csv?speaker_id={speaker_id}&bom=1")
    export = {"quotes": count, "ms": (time.perf_counter() - start) * 1000, "bytes": len(response.content)}
    return {"pages": results, "export": export}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path, nargs="?", help="folder of articles to ingest (or give --db)")
    parser.add_argument("--db", type=Path, help="an ingested database to build from, instead of ARTICLES")
    parser.add_argument("--quotes", type=int, default=1_000_000, help="quotes in the timed database")
    parser.add_argument("--as-is", action="store_true", help="time --db itself (a database built by an earlier run)")
    parser.add_argument("--requests", type=int, default=50, help="requests per page")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "quotes-pages-bench",
                        help="folder for the databases (outside the repository)")
    args = parser.parse_args()
    if not args.db and not args.articles:
        parser.error("give ARTICLES or --db")
    args.work.mkdir(parents=True, exist_ok=True)
    source = args.db
    if source is None:
        source = args.work / "source.db"
        if not source.exists():
            subprocess.run([str(Path(sys.executable).parent / "quotes"), "ingest", str(args.articles), "--db",
                            str(source),
                            "--silent"], check=True)
    from bench import build_large_db

    if args.as_is:
        if not args.db:
            parser.error("--as-is times the database given with --db")
        large = args.db
    else:
        large = args.work / "reading.db"
        started = time.perf_counter()
        built = build_large_db(source, large, args.quotes)
        subprocess.run([str(Path(sys.executable).parent / "quotes"), "cluster", "--db", str(large), "--silent"],
                       check=True)
        print(f"built {built['quotes']:,} quotes, {built['articles']:,} articles, clustered, in "
              f"{time.perf_counter() - started:.0f} s", flush=True)
    figures = asyncio.run(latency(large, args.requests))
    worst = 0.0
    for label, r in figures["pages"].items():
        worst = max(worst, r["p95"])
        print(f"  {label:42} p50 {r['p50']:6.0f} ms  p95 {r['p95']:6.0f} ms  max {r['max']:6.0f} ms  "
              f"first {r['first']:6.0f} ms   {r['path']}")
    e = figures["export"]
    print(f"  spreadsheet export of {e['quotes']:,} quotes: {e['ms']:.0f} ms, {e['bytes']:,} bytes (once)")
    print(f"p95 of the slowest page: {worst:.0f} ms (target < {TARGET_MS} ms): "
          f"{'met' if worst < TARGET_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
