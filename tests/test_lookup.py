"""Fuzzy quote lookup on PolNeAR dev, and clean citations for every quote of the seeds and PolNeAR dev.

The lookup set is built here: 300 stored quotes of eight words or more, each typed with one
edit (a dropped word, a synonym, a changed tense, other quote marks, a cut start or end),
and 100 phrases no one said, made of words of the corpus. Run with ``-s`` to see the figures
the README gives.
"""

import random
import re
import sqlite3
from collections import Counter

import pytest
from click.testing import CliRunner

from conftest import SEEDS, shared_gold
from quotes.cite import CITATION_SQL, STYLES, citation
from quotes.cli import cli
from quotes.lookup import fold, lookup

SYNONYMS = {
    "big": "large", "large": "big", "people": "folks", "country": "nation", "nation": "country", "think": "believe",
    "believe": "think", "very": "really", "really": "very", "good": "fine", "want": "wish", "help": "assist",
    "great": "terrific", "important": "crucial", "job": "work", "jobs": "work", "america": "the us", "said": "stated",
    "get": "obtain", "make": "create", "going": "heading", "know": "understand", "need": "require",
    "president": "leader",
    "problem": "issue", "start": "begin", "end": "finish", "fight": "struggle", "bad": "poor", "hard": "difficult",
}
TENSES = {"is": "was", "are": "were", "was": "is", "were": "are", "will": "would", "has": "had", "have": "had",
          "do": "did", "does": "did", "say": "said", "says": "said", "can": "could", "go": "went", "get": "got"}
EDITS = ("dropped word", "synonym", "tense", "quote marks", "cut start or end")


def _edit(text: str, kind: str, rng: random.Random) -> str | None:
    words = text.split()
    if kind == "dropped word":
        i = rng.randrange(1, len(words) - 1)
        return " ".join(words[:i] + words[i + 1:])
    if kind in ("synonym", "tense"):
        table = SYNONYMS if kind == "synonym" else TENSES
        spots = [i for i, w in enumerate(words) if re.sub(r"\W", "", w.lower()) in table]
        if not spots:
            return None
        i = rng.choice(spots)
        words[i] = table[re.sub(r"\W", "", words[i].lower())]
        return " ".join(words)
    if kind == "quote marks":
        return '"' + text.replace("’", "'").replace("‘", "'").replace("“", "'").replace("”", "'") + '"'
    cut = rng.choice((2, 3))
    return " ".join(words[cut:] if rng.random() < 0.5 else words[:-cut])


def build_lookup_set(quotes: list[str], seed: int = 17) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(kind, original, typed) for 300 edited quotes of 8+ words, and 100 made-up phrases."""
    rng = random.Random(seed)
    long_ones = sorted({q for q in quotes if len(q.split()) >= 8})
    rng.shuffle(long_ones)
    edited, i = [], 0
    for original in long_ones:
        if len(edited) == 300:
            break
        kind = EDITS[i % len(EDITS)]
        typed = _edit(original, kind, rng)
        if typed:
            edited.append((kind, original, typed))
            i += 1
    vocabulary = sorted({w for q in quotes for w in re.findall(r"[A-Za-z]+", q) if len(w) > 2})
    made_up = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(8, 14))) for _ in range(100)]
    return edited, made_up


@pytest.fixture(scope="module")
def polnear_db(tmp_path_factory):
    gold = shared_gold("polnear-dev")
    path = tmp_path_factory.mktemp("lookup") / "quotes.db"
    result = CliRunner().invoke(cli, ["ingest", str(gold / "texts"), str(SEEDS), "--db", str(path), "--silent"])
    assert result.exit_code == 0, result.output
    return path


def test_lookup_set_on_polnear_dev(polnear_db):
    conn = sqlite3.connect(polnear_db)
    quotes = [t for (t,) in conn.execute(
        "select q.text from quotes q join articles a on a.id = q.article_id "
        "where q.kind != 'indirect' and a.doc not glob '0*_*.txt'")]
    edited, made_up = build_lookup_set(quotes)
    assert len(edited) == 300
    first, by_kind, misses = 0, Counter(), []
    for kind, original, typed in edited:
        found = lookup(conn, typed)
        if found and fold(" ".join(found[0].quote["text"].split())) == fold(" ".join(original.split())):
            first += 1
            by_kind[kind] += 1
        else:
            misses.append((kind, typed, found[0].quote["text"] if found else None))
    verdicts = Counter(m.verdict for phrase in made_up for m in lookup(conn, phrase)[:1])
    print(f"\nlookup set: genuine quote first for {first}/300 edited quotes ({first / 3:.1f}%); by edit: "
          + ", ".join(f"{k} {by_kind[k]}/60" for k in EDITS))
    print(f"made-up phrases: top verdicts {dict(verdicts)} of 100 (none verbatim or close expected)")
    for miss in misses[:10]:
        print("  miss:", miss)
    assert first >= 0.95 * 300
    assert verdicts["verbatim"] == verdicts["close"] == 0


def _doubled_word_group(text: str) -> str | None:
    """A group of one to four words said twice in a row ("the company, the company")."""
    m = re.search(r"(?i)\b(\w+(?:\W+\w+){0,3})[\s,]+\1\b", text)
    if m and not re.fullmatch(r"\d+|[a-z]{1,3}", m.group(1).lower()):
        return m.group()
    return None


def _problems(cited: str, quote: dict, common: set[str]) -> list[str]:
    found = []
    doubled = _doubled_word_group(cited)
    said = set(re.findall(r"\w+", (quote["text"] or "").lower()))
    if doubled and not set(re.findall(r"\w+", doubled.lower())) <= said:  # "jobs, jobs, jobs" is what he said
        found.append(f"doubled words {doubled!r}")
    if cited.count("“") != cited.count("”") or cited.count('"') % 2:
        found.append("unbalanced double quotation marks")
    depth = 0
    for ch in cited:
        depth += ch == "‘"
        depth -= ch == "’" and depth > 0
    if depth:
        found.append("an opening single quotation mark never closed")
    for m in re.finditer(r"(\S*?)([.,;:!?])[’”'\"]*[.,;:]|,[’”'\"]*[?!]", cited.replace("...", "…")):
        abbreviation = m.group(2) == "." and m.group(1) is not None and (
            "." in m.group(1) or len(m.group(1).strip("(“‘")) <= 3)  # "Gov.,", "a.m.,", "n.d."
        if not abbreviation:
            found.append(f"doubled punctuation {m.group()!r}")
    for m in re.finditer(r"(?:\bsaid, |According to [^,]+(?:, [^,]+)?, )([A-Z][a-z]+)\b", cited):
        if m.group(1).lower() in common:
            found.append(f"capitalised clause {m.group()!r}")
    return found


def test_every_citation_of_seeds_and_polnear_dev_reads_cleanly(polnear_db):
    conn = sqlite3.connect(polnear_db)
    cursor = conn.execute(CITATION_SQL)
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, r)) for r in cursor]
    # Words written lower case mid-sentence in the corpus more often than capitalised: not names.
    lower, upper = Counter(), Counter()
    for (text,) in conn.execute("select text from articles"):
        for m in re.finditer(r"(?<=[a-z,;] )([A-Za-z]+)", text):
            (upper if m.group(1)[0].isupper() else lower)[m.group(1).lower()] += 1
    common = {w for w in lower if lower[w] > upper[w]}
    bad = [(style, cited, problem) for row in rows for style in STYLES
           for cited in [citation(row, style)] for problem in _problems(cited, row, common)]
    print(f"\n{len(rows)} quotes × {len(STYLES)} styles: {len(bad)} citations with a problem")
    for b in bad[:15]:
        print("  ", b)
    assert len(rows) > 1000 and not bad
