"""Throughput, memory and Datasette latency of ``quotes``, measured in one run.

    .venv/bin/python bench/bench.py ../shared/gold/polnear-train/texts

The corpus is the folder of ``.txt`` articles given, and multiples of it: copy ``k`` is a
folder of hard links (copies where links are impossible) under the work folder, outside the
repository, so every article of every copy has its own path and id. For each multiple the
tokenizer-only floor (spaCy's blank English ``nlp.pipe``), ``quotes extract`` (no database)
and ``quotes ingest`` (SQLite with full-text search, fresh database) each run in their own
process, whose peak resident memory and CPU time come from ``os.wait4``; each is also run
on one article, to report its start-up time and its rate once started; on the smallest
multiple, whose runs take seconds, each is run ``--repeats`` times and the median kept. ``--jobs`` runs are
timed against one process on ``--jobs-multiple`` times the corpus (the largest multiple
unless given: ``--jobs`` is for long runs, and on a short one the start-up, which workers
cannot share, is a quarter of the run), each side ``--jobs-repeats`` times in turn, their
medians compared. Then a database of ``--quotes`` quotes is built from the 1× ingest
(its articles and quotes copied under new ids, dated across years) and Datasette, in
process, answers ``--requests`` requests for each of three pages; p50/p95 are printed.

    .venv/bin/python bench/bench.py ../shared/gold/polnear-dev/texts --hostile

``--hostile`` times extraction alone (the rules, in this process) on shapes of text an
attacker or a bad scrape can send, made from the corpus given: one paragraph with no sentence
ends, stray straight marks between words, only opening curly marks, one word with no spaces
(1 MB at the size 1,000 K). Each shape's microseconds per character are printed beside those
of the normal news it was made from, for each of ``--hostile-sizes`` (cost linear in the text
keeps the figure flat), with the target: no shape over ``HOSTILE_TARGET`` times normal news.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TARGETS = {
    "ingest articles/s (one core, largest corpus)": 200,
    "ingest articles/s after start-up": 200,
    "extract / floor time (max)": 2.0,
    "extract / floor after start-up (max)": 2.0,
    "peak memory growth 1× → largest (max)": 0.20,
    "--jobs speed-up (min)": 1.7,
    "--jobs speed-up after start-up (min)": 1.7,
    "Datasette p95 ms (max)": 500,
}
# Hostile shapes of text may cost at most this many times normal news, per character.
HOSTILE_TARGET = 10.0


def tokenize_only(paths: list[str]) -> None:
    """The floor: read the texts and run spaCy's blank English tokenizer over them with ``nlp.pipe``."""
    import spacy

    from quotes.read import iter_paths

    nlp = spacy.blank("en")
    texts = (p.read_text(encoding="utf-8-sig") for p in iter_paths(paths))
    for _ in nlp.pipe(texts, batch_size=64):
        pass


def hostile_shapes(news: str, chars: int) -> dict[str, str]:
    """``chars`` characters of normal news (the corpus repeated) and of each hostile shape made from it."""
    normal = (news * (chars // max(len(news), 1) + 1))[:chars]
    words = normal.split()  # every shape but normal news is one paragraph
    run_on = re.sub(r"[.!?]+(?=\s|$)", "", " ".join(words))  # and has no sentence ends
    stray = " ".join(w + ' "' if k % 7 == 3 else w for k, w in enumerate(words))  # straight marks never paired
    openers = " ".join("“" + w.strip("“”\"") if k % 5 == 0 else w.strip("“”\"") for k, w in enumerate(words))
    return {
        "normal news": normal,
        "no sentence ends": run_on[:chars],
        "stray straight marks": stray[:chars],
        "only opening curly marks": openers,
        "one word, no spaces": "a" * chars,
    }


def hostile(source: Path, sizes: list[int]) -> bool:
    """Time the rules' extraction of each hostile shape at each size; print µs per character."""
    from quotes.pipeline import extract_articles, load_pipeline
    from quotes.read import Article, iter_paths

    nlp = load_pipeline()
    news = "\n\n".join(p.read_text(encoding="utf-8-sig").strip() for p in iter_paths([source]))
    costs: dict[str, dict[int, float]] = {}
    print(f"{'shape':26}" + "".join(f"{f'µs/char at {n // 1000:,} K':>20}" for n in sizes) + f"{'× normal':>10}")
    for size in sizes:
        for shape, text in hostile_shapes(news, size).items():
            start = time.process_time()
            for _ in extract_articles([Article(doc=shape, text=text)], nlp):
                pass
            costs.setdefault(shape, {})[size] = (time.process_time() - start) / len(text) * 1e6
    worst = 0.0
    for shape, by_size in costs.items():
        ratio = max(by_size[n] / costs["normal news"][n] for n in sizes)
        worst = max(worst, ratio) if shape != "normal news" else worst
        print(f"{shape:26}" + "".join(f"{by_size[n]:20.2f}" for n in sizes) + f"{ratio:10.1f}", flush=True)
    met = worst <= HOSTILE_TARGET
    print(f"\n  {'met    ' if met else 'NOT MET'}  hostile / normal news per character (max) {worst:6.1f}  "
          f"(target <= {HOSTILE_TARGET})")
    return met


def corpus(source: Path, work: Path, copies: int) -> list[str]:
    """Folders ``copy-00`` … holding the articles of ``source``; the first ``copies`` of them."""
    folders = []
    for k in range(copies):
        folder = work / "corpus" / f"copy-{k:02d}"
        if not folder.is_dir():
            tmp = folder.with_suffix(".partial")
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            for f in sorted(source.glob("*.txt")):
                try:
                    os.link(f, tmp / f.name)
                except OSError:
                    shutil.copyfile(f, tmp / f.name)
            tmp.rename(folder)
        folders.append(str(folder))
    return folders


def measure(args: list[str], stdout=subprocess.DEVNULL) -> dict:
    """Run ``args``; its wall time, CPU time and peak resident memory (of that process itself)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: {' '.join(args)} failed:\n{stderr.decode(errors='replace')}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def throughput(paths: list[str], work: Path, multiple: int, articles: int, words: int,
               repeats: int = 1) -> Iterator[tuple[str, dict]]:
    """Floor, extract and ingest over ``paths``, each in its own process; yields each as it is measured.

    Each stage is also run on a single article, and its wall time there (imports, loading the
    pipeline, opening the database) is taken as the stage's start-up: ``steady_articles_s``
    and ``steady_ratio`` are the rates once that is paid. With ``repeats``, each stage and its
    start-up run that many times and the run of median wall time is reported, with the median start-up.
    """
    from quotes.read import iter_paths

    first = str(next(iter_paths(paths)))
    stages = {
        "floor": lambda inputs, db: [sys.executable, __file__, "--tokenize-only", *inputs],
        "extract": lambda inputs, db: [str(BIN / "quotes"), "extract", *inputs],
        "ingest": lambda inputs, db: [str(BIN / "quotes"), "ingest", *inputs, "--db", str(db), "--silent"],
    }
    floor = None
    for stage, command in stages.items():
        startups, runs = [], []
        for _ in range(repeats):
            for f in work.glob(f"ingest-{multiple}x*.db*"):
                f.unlink()
            startups.append(measure(command([first], work / f"ingest-{multiple}x-startup.db"))["wall"])
            runs.append(measure(command(paths, work / f"ingest-{multiple}x.db")))
        startup = statistics.median(startups)
        run = sorted(runs, key=lambda r: r["wall"])[len(runs) // 2]
        steady = max(run["wall"] - startup, 1e-9)
        floor = floor or (run["wall"], steady)
        run.update(articles_s=articles / run["wall"], words_s=words / run["wall"], startup=startup,
                   steady_articles_s=articles / steady, articles_cpu_s=articles / run["cpu"],
                   ratio=run["wall"] / floor[0], steady_ratio=steady / floor[1])
        yield stage, run

def jobs_speedup(paths: list[str], work: Path, jobs: int, startup: dict[str, float], repeats: int) -> dict:
    """Wall-time speed-up of ``--jobs`` over one process on the same corpus, whole and after
    the one-process start-up (``startup``, per stage) that both runs pay.

    One process and ``jobs`` are run ``repeats`` times, one after the other, and the median
    wall of each is compared: a single pair moved by a fifth from run to run on a shared machine.
    """
    figures: dict = {}
    for stage in ("extract", "ingest"):
        walls: dict[int, list[float]] = {1: [], jobs: []}
        for _ in range(repeats):
            for n in walls:
                for f in work.glob("ingest-jobs.db*"):
                    f.unlink()
                database = ["--db", str(work / "ingest-jobs.db"), "--silent"] if stage == "ingest" else []
                walls[n].append(measure([str(BIN / "quotes"), stage, *paths, *database, "--jobs", str(n)])["wall"])
        one, many = statistics.median(walls[1]), statistics.median(walls[jobs])
        figures[stage] = one / many
        figures[f"{stage}_after_startup"] = (one - startup[stage]) / max(many - startup[stage], 1e-9)
        figures[f"{stage}_walls"] = [one, many]
        figures[f"{stage}_runs"] = walls
    return figures


def build_large_db(source_db: Path, target: Path, quotes_wanted: int) -> dict:
    """A database of at least ``quotes_wanted`` quotes: the source's articles and quotes copied under new ids.

    Copy ``k`` moves every date (2017-01-01 where the article has none) back ``k`` weeks and up to six
    days more, so facets and date ranges spread as in an archive;
    speakers are shared by all copies, as a speaker quoted in many articles is. Indexes and
    full-text search are those of ``quotes.store.ensure_db_shape``.
    """
    import sqlite_utils

    from quotes.store import ensure_db_shape

    for f in target.parent.glob(target.name + "*"):
        f.unlink()
    db = sqlite_utils.Database(target)
    ensure_db_shape(db)
    conn = db.conn
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("ATTACH DATABASE ? AS src", [str(source_db)])
    per_copy = conn.execute("select count(*) from src.quotes").fetchone()[0]
    copies = -(-quotes_wanted // per_copy)

    def shared_columns(table: str) -> list[str]:  # the source may predate a column added since
        source = {r[0] for r in conn.execute("select name from pragma_table_info(?, 'src')", [table])}
        return [c.name for c in db[table].columns if c.name in source]

    quote_cols, article_cols, speaker_cols = map(shared_columns, ("quotes", "articles", "speakers"))
    # FTS is filled once at the end (as enable_fts(replace=True) does), not row by row by its triggers.
    triggers = [r[0] for r in conn.execute("select name from sqlite_master where type='trigger' and tbl_name='quotes'")]
    for name in triggers:
        conn.execute(f"drop trigger [{name}]")

    def shifted(col: str, k: int) -> str:
        rewrite = {
            "id": f"substr(id, 1, 12) || printf('%04x', {k})",
            "article_id": f"substr(article_id, 1, 12) || printf('%04x', {k})",
            "key": f"key || '#{k}'",
            "published": f"date(coalesce(published, '2017-01-01'), '-{7 * k} days', '-' || (rowid % 7) || ' days')",
        }
        return rewrite.get(col, f"[{col}]")

    with conn:
        conn.execute(f"insert into speakers ({', '.join(speaker_cols)}) "
                     f"select {', '.join(speaker_cols)} from src.speakers")
        for k in range(copies):
            conn.execute(f"insert into articles ({', '.join(article_cols)}) "
                         f"select {', '.join(shifted(c, k) for c in article_cols)} from src.articles")
            conn.execute(f"insert into quotes ({', '.join(quote_cols)}) "
                         f"select {', '.join(shifted(c, k) for c in quote_cols)} from src.quotes")
        conn.execute("""
            update speakers set
              quote_count = (select count(*) from quotes where speaker_id = speakers.id),
              article_count = (select count(distinct article_id) from quotes where speaker_id = speakers.id),
              first_seen = (select min(published) from quotes where speaker_id = speakers.id),
              last_seen = (select max(published) from quotes where speaker_id = speakers.id)
        """)
    conn.execute("DETACH DATABASE src")
    db["quotes"].enable_fts(["text", "speaker_name", "speaker_mention"], create_triggers=True, replace=True)
    conn.execute("ANALYZE")
    top_speaker = conn.execute("select id, name from speakers order by quote_count desc limit 1").fetchone()
    return {"quotes": db["quotes"].count, "articles": db["articles"].count, "speaker": top_speaker}


def datasette_figures(source_db: Path, large: Path, quotes: int, requests: int) -> tuple[dict, dict]:
    """Build the large database and time Datasette on it."""
    sys.path.insert(0, str(ROOT))
    built = build_large_db(source_db, large, quotes)
    return built, asyncio.run(datasette_latency(large, built["speaker"][0], requests))


async def datasette_latency(db_path: Path, speaker_id: str, requests: int) -> dict:
    """p50/p95/max over ``requests`` requests for each page, Datasette in process, as ``quotes serve`` configures it."""
    from quotes.publish import make_datasette

    ds = make_datasette(db_path)
    name = db_path.stem
    pages = {
        "quotes table, default facets": f"/{name}/quotes",
        "full-text search": f"/{name}/quotes?_search=president",
        "one speaker's quotes": f"/{name}/quotes?speaker_id={speaker_id}",
    }
    # Datasette 0.65's JSON has no facets_timed_out: a facet that timed out is missing from facet_results.
    shown = set((await ds.client.get(f"/{name}/quotes.json")).json().get("facet_results", {}))
    if missing := {"speaker_id", "source", "cue", "kind", "published"} - shown:
        raise SystemExit(f"bench: the quotes table lacks the facets {sorted(missing)} (timed out?)")
    results = {}
    for label, path in pages.items():
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            response = await ds.client.get(path)
            times.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"bench: {path} answered {response.status_code}")
        times.sort()
        results[label] = {"path": path, "p50": statistics.median(times),
                          "p95": times[max(0, round(0.95 * len(times)) - 1)], "max": times[-1]}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path, help="folder of .txt articles (the 1× corpus)")
    parser.add_argument("--multiples", default="1,20", help="corpus multiples to time, comma-separated")
    parser.add_argument("--repeats", type=int, default=3,
                        help="runs of each stage on the smallest multiple, medians reported (a few seconds each, "
                             "so one run moves with the machine); larger multiples run once")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the --jobs runs")
    parser.add_argument("--jobs-multiple", type=int,
                        help="corpus multiple the --jobs runs time (default: the largest of --multiples)")
    parser.add_argument("--jobs-repeats", type=int, default=3,
                        help="runs of each side of the --jobs comparison (their medians are compared)")
    parser.add_argument("--quotes", type=int, default=1_000_000, help="quotes in the Datasette database")
    parser.add_argument("--requests", type=int, default=50, help="requests per Datasette page")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "quotes-bench",
                        help="folder for the corpus copies and databases (outside the repository)")
    parser.add_argument("--hostile", action="store_true",
                        help="time extraction of hostile shapes of text made from ARTICLES, per character, "
                             "and nothing else")
    parser.add_argument("--hostile-sizes", default="100000,1000000",
                        help="characters of each hostile shape, comma-separated")
    parser.add_argument("--tokenize-only", nargs="+", metavar="PATH", help=argparse.SUPPRESS)
    if "--tokenize-only" in sys.argv:
        return tokenize_only(sys.argv[sys.argv.index("--tokenize-only") + 1:])
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from quotes.read import iter_paths

    if not args.articles.is_dir():
        raise SystemExit(f"bench: {args.articles}: not a folder of .txt articles")
    if args.hostile:
        sizes = sorted(int(n) for n in args.hostile_sizes.split(","))
        raise SystemExit(0 if hostile(args.articles, sizes) else 1)
    multiples = sorted({int(m) for m in args.multiples.split(",")})
    args.jobs_multiple = args.jobs_multiple or multiples[-1]
    base = list(iter_paths([args.articles]))
    base_articles, base_words = len(base), sum(len(p.read_text(encoding="utf-8-sig").split()) for p in base)
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"corpus {args.articles}: {base_articles} articles, {base_words:,} words; "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}", flush=True)

    report: dict = {"articles": base_articles, "words": base_words, "load_before": os.getloadavg()[0], "multiples": {}}

    def time_multiple(m: int) -> None:
        runs = report["multiples"][m] = {}
        print(f"\n{m}× ({base_articles * m} articles, {base_words * m:,} words)")
        print(f"  {'stage':8} {'articles/s':>10} {'words/s':>10} {'art/CPU-s':>10} {'× floor':>8} {'peak MB':>8} "
              f"{'wall s':>8} {'start-up s':>10} {'art/s after':>11} {'× floor after':>13}")
        for stage, r in throughput(corpus(args.articles, args.work, m), args.work, m, base_articles * m, base_words * m,
                                   repeats=args.repeats if m == multiples[0] else 1):
            runs[stage] = r
            print(f"  {stage:8} {r['articles_s']:10.1f} {r['words_s']:10,.0f} {r['articles_cpu_s']:10.1f} "
                  f"{r['ratio']:8.2f} {r['rss_mb']:8.0f} {r['wall']:8.1f} {r['startup']:10.1f} "
                  f"{r['steady_articles_s']:11.1f} {r['steady_ratio']:13.2f}", flush=True)

    # The smallest multiple first, then --jobs and Datasette, which build on it; the long runs last.
    time_multiple(multiples[0])
    one = report["multiples"][multiples[0]]
    speedup = jobs_speedup(corpus(args.articles, args.work, args.jobs_multiple), args.work, args.jobs,
                           {stage: one[stage]["startup"] for stage in ("extract", "ingest")}, args.jobs_repeats)
    report["jobs"] = {"jobs": args.jobs, "multiple": args.jobs_multiple, **speedup}
    print(f"\n--jobs {args.jobs} on {args.jobs_multiple}×, median of {args.jobs_repeats} runs each: "
          + "; ".join(f"{stage} {speedup[stage]:.2f}× ({speedup[stage + '_walls'][0]:.1f} s → "
                      f"{speedup[stage + '_walls'][1]:.1f} s), {speedup[stage + '_after_startup']:.2f}× after start-up"
                      for stage in ("extract", "ingest")), flush=True)
    for stage in ("extract", "ingest"):
        runs = speedup[stage + "_runs"]
        print(f"  {stage} runs: one process " + ", ".join(f"{w:.1f}" for w in runs[1])
              + f" s; --jobs {args.jobs} " + ", ".join(f"{w:.1f}" for w in runs[args.jobs]) + " s", flush=True)

    large = args.work / "datasette.db"
    start = time.perf_counter()
    # In a fresh process: a Datasette grown in this one would be copied into the peak memory of
    # every process it starts afterwards (fork counts the parent's pages until exec).
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        built, latency = pool.submit(datasette_figures, args.work / f"ingest-{multiples[0]}x.db", large,
                                     args.quotes, args.requests).result()
    print(f"\nDatasette database: {built['quotes']:,} quotes, {built['articles']:,} articles "
          f"({large.stat().st_size / 2**20:,.0f} MB, built and timed in {time.perf_counter() - start:.0f} s)",
          flush=True)
    report["datasette"] = {"quotes": built["quotes"], "speaker": built["speaker"][1], "pages": latency}
    for label, r in latency.items():
        print(f"  {label:30} p50 {r['p50']:6.0f} ms  p95 {r['p95']:6.0f} ms  max {r['max']:6.0f} ms   {r['path']}",
              flush=True)

    for m in multiples[1:]:
        time_multiple(m)

    top = report["multiples"][multiples[-1]]
    growth = max(top[s]["rss_mb"] / one[s]["rss_mb"] - 1 for s in ("extract", "ingest"))
    checks = [
        # Throughput is a long run's: on the largest corpus, counted from process start. On the
        # 1× corpus the imports of spaCy and textacy (≈3 s) are a third of the run; the table
        # above prints that rate too, and the next line checks every multiple once started.
        ("ingest articles/s (one core, largest corpus)", top["ingest"]["articles_s"], ">="),
        ("ingest articles/s after start-up",
         min(r["ingest"]["steady_articles_s"] for r in report["multiples"].values()), ">="),
        ("extract / floor time (max)", max(r["extract"]["ratio"] for r in report["multiples"].values()), "<="),
        ("extract / floor after start-up (max)",
         max(r["extract"]["steady_ratio"] for r in report["multiples"].values()), "<="),
        ("peak memory growth 1× → largest (max)", growth, "<="),
        ("--jobs speed-up (min)", min(speedup["extract"], speedup["ingest"]), ">="),
        ("--jobs speed-up after start-up (min)",
         min(speedup["extract_after_startup"], speedup["ingest_after_startup"]), ">="),
        ("Datasette p95 ms (max)", max(r["p95"] for r in latency.values()), "<="),
    ]
    report["load_after"] = os.getloadavg()[0]
    print(f"\ntargets (load average {report['load_before']:.1f} before, {report['load_after']:.1f} after):")
    for name, value, op in checks:
        target = TARGETS[name]
        met = value >= target if op == ">=" else value <= target
        print(f"  {'met    ' if met else 'NOT MET'}  {name:40} {value:10.2f}  (target {op} {target})")
    (args.work / "report.json").write_text(json.dumps(report, indent=1, default=str))
    print(f"\nfigures as JSON: {args.work / 'report.json'}")


if __name__ == "__main__":
    main()
