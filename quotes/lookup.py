"""“Did they really say that?”: the stored quotes closest to a text someone typed, with a verdict.

:func:`lookup` takes candidates from the full-text index — every quote holding the typed words
as a phrase, and the best-ranked (bm25) quotes holding the rarest of its words — then aligns
the typed words with each candidate (rapidfuzz) and gives one of :data:`VERDICTS`:

- ``verbatim``: the typed words are in the quote, in order (case, accents, punctuation and
  quote marks aside): the whole quote or a passage of it;
- ``close``: the typed words are the quote or a passage of it with a few words different
  (at most one in four, never one in two, and in a phrase under six words only a word in
  another form; :attr:`Match.diff` shows which);
- ``partial``: the two share a passage but not the rest: the quote is inside a longer typed
  text, or the typed text runs past the quote's start or end.

Quotes with none of these are not returned. Matches come best first: verbatim before close
before partial, then by score (how alike the typed text and the aligned passage are, 0–100),
then (close and partial) the shorter quote, then newest first. Nothing here needs spaCy.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .cite import CITATION_SQL
from .words import DB_WORD_LISTS, word_set

VERDICTS = ("verbatim", "close", "partial")
# Typed text past this many characters is cut: no quote someone checks is longer.
MAX_TYPED_CHARS = 2000
# Candidates: quotes holding the typed words as a phrase, and the best ranked holding its rarest words.
PHRASE_CANDIDATES = 200
PHRASE_WORDS = 12
RANKED_CANDIDATES = 60
# Of those, the distinct texts most like the typed one (rapidfuzz's partial ratio) are aligned word by word.
ALIGNED_CANDIDATES = 40
# Past this many word pairs (a text of some 140 words against a quote as long), the alignment is
# rapidfuzz's Levenshtein opcodes rather than the semi-global alignment written in Python here.
MAX_ALIGNED_CELLS = 20_000
# The rarest words are searched for until the quotes holding them pass this many (bm25 ranks
# every quote holding any of them, so the search costs what that many quotes cost).
RANKED_WORD_BUDGET = 20_000
MAX_SEARCH_WORDS = 8
# Never searched for: they are in most quotes and tell none apart.
_STOPWORDS = word_set("lookup_stop_words", folder=DB_WORD_LISTS)
_WORD = re.compile(r"\w+")


@dataclass
class Match:
    """A stored quote and how it compares with the typed text."""

    quote: dict
    verdict: str
    score: float
    # The word diff of the typed text against the quote's aligned passage: (op, typed, quote)
    # triples, op one of equal, replace, delete (typed only) and insert (quote only).
    diff: list[tuple[str, str, str]] = field(default_factory=list)

    def word_diff(self) -> str:
        """The diff as text: words as typed, ``[-typed-]`` left out of the quote, ``{+quote+}`` the quote's instead."""
        out = []
        for op, typed, said in self.diff:
            if op == "equal":
                out.append(said)
            else:
                out += [f"[-{typed}-]"] if typed else []
                out += [f"{{+{said}+}}"] if said else []
        return " ".join(out)


def fold(text: str) -> str:
    """Lower case without accents, apostrophes and quote marks unified: what comparison sees."""
    text = unicodedata.normalize("NFKD", text.lower())  # lower(), as the full-text index folds case
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[tuple[str, str]]:
    """The words of ``text`` as (folded, as written) pairs; punctuation and quote marks are not words."""
    return [(fold(m.group()), m.group()) for m in _WORD.finditer(text)]


def lookup(conn: sqlite3.Connection, typed: str, limit: int = 10) -> list[Match]:
    """The stored quotes closest to ``typed``, best first, at most ``limit`` (every verbatim one up to it)."""
    typed = (typed or "")[:MAX_TYPED_CHARS]
    t = words(typed)
    if not t:
        return []
    rows = candidates(conn, [w for w, _ in t], enough=limit)
    # Aligned word by word: the distinct texts (syndicated copies once) most like the typed one.
    ts = " ".join(w for w, _ in t)
    texts = {q.get("text") or "" for q in rows}
    likeness = {text: fuzz.partial_ratio(ts, " ".join(w for w, _ in words(text))) for text in texts}
    aligned = set(sorted(texts, key=lambda x: -likeness[x])[:ALIGNED_CANDIDATES])
    seen = {text: compare(t, {"text": text}) for text in aligned}
    matches = [Match(q, m.verdict, m.score, m.diff) for q in rows if (m := seen.get(q.get("text") or ""))]
    # Among equals, a close or partial quote that holds less besides the passage first (the quote
    # itself before a longer one that also reports it), then the newest.
    def key(m: Match) -> tuple:
        extra = 0 if m.verdict == "verbatim" else len(_WORD.findall(m.quote.get("text") or ""))
        return VERDICTS.index(m.verdict), -m.score, extra, _newest(m.quote)

    matches.sort(key=key)
    return matches[:limit]


def _newest(quote: dict) -> tuple:
    published = quote.get("published") or ""
    return (-int(published[:4]) if published[:4].isdigit() else 0, tuple(-ord(c) for c in published), quote["id"])


def candidates(conn: sqlite3.Connection, typed_words: list[str], enough: int = PHRASE_CANDIDATES) -> list[dict]:
    """Quotes that may match: those holding the typed words as a phrase, those holding all of its
    four rarest words, and the best ranked by bm25 among those holding any of the rarest words
    typed (:data:`RANKED_WORD_BUDGET`). Where ``enough`` quotes hold the phrase, they are all there is
    to show (verbatim comes first), and the other searches are not made."""
    # A quote holding the whole phrase holds its first words: searching a dozen costs a dozen
    # doclists, not one for each word of a long text (compare() checks the rest).
    phrase = 'text : "' + " ".join(typed_words[:PHRASE_WORDS]) + '"'
    rowids = [r for (r,) in conn.execute(
        "select rowid from quotes_fts where quotes_fts match ? limit ?", [phrase, PHRASE_CANDIDATES])]
    whole_phrase = len(typed_words) <= PHRASE_WORDS
    search = _rarest(conn, typed_words) if len(rowids) < enough or not whole_phrase else []
    if len(search) >= 3:
        # the quotes holding all of the rarest words: for a long text, bm25 may rank shorter quotes
        # holding some of them above the one holding them all
        query = "text : (" + " AND ".join(f'"{w}"' for w in search[:4]) + ")"
        rowids += [r for (r,) in conn.execute(
            "select rowid from quotes_fts where quotes_fts match ? limit ?", [query, RANKED_CANDIDATES])]
    if search:
        query = "text : (" + " OR ".join(f'"{w}"' for w in search) + ")"
        rowids += [r for (r,) in conn.execute(
            "select rowid from quotes_fts where quotes_fts match ? order by rank limit ?", [query, RANKED_CANDIDATES])]
    rowids = list(dict.fromkeys(rowids))
    if not rowids:
        return []
    cursor = conn.execute(CITATION_SQL + f" where q.rowid in ({', '.join('?' * len(rowids))})", rowids)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def _rarest(conn: sqlite3.Connection, typed_words: list[str]) -> list[str]:
    """The rarest of the typed words found in some quote, up to the budget of quotes they cover;
    common words only where fewer than two others are found."""
    def counted(ws: list[str]) -> list[tuple[int, str]]:
        found = []
        for w in ws[:24]:
            (n,) = conn.execute("select count(*) from quotes_fts where quotes_fts match ?",
                                [f'text : "{w}"']).fetchone()
            if n:
                found.append((n, w))
        return sorted(found)

    distinct = list(dict.fromkeys(typed_words))
    found = counted([w for w in distinct if w not in _STOPWORDS and len(w) > 1])
    if len(found) < 2:
        found += counted([w for w in distinct if w in _STOPWORDS or len(w) == 1])
    chosen: list[str] = []
    covered = 0
    for n, w in found:
        if len(chosen) >= MAX_SEARCH_WORDS or (len(chosen) >= 2 and covered + n > RANKED_WORD_BUDGET):
            break
        chosen.append(w)
        covered += n
    return chosen


def compare(typed: list[tuple[str, str]], quote: dict) -> Match | None:
    """How ``quote`` compares with the typed words: a :class:`Match`, or None when it is not close."""
    q = words(quote.get("text") or "")
    if not q:
        return None
    tw, qw = [w for w, _ in typed], [w for w, _ in q]
    ts, qs = " ".join(tw), " ".join(qw)
    if f" {ts} " in f" {qs} ":
        i = _find(qw, tw)
        return Match(quote, "verbatim", 100.0, [("equal", a, b) for (_, a), (_, b) in zip(typed, q[i:i + len(tw)])])
    n = len(tw)
    if len(ts) <= len(qs) * 1.25:
        # The typed words aligned with the whole quote, the quote's words before and after the
        # passage they align with left out: what differs inside the passage is the diff.
        al = fuzz.partial_ratio_alignment(ts, qs) if len(ts) < len(qs) else None
        if (al.score if al else fuzz.ratio(ts, qs)) < 60:
            return _partial(typed, q, tw, qw, quote)
        lo, hi = _word_span(qs, al.dest_start, al.dest_end) if al else (0, len(qw))
        lo, hi = max(0, lo - 3), min(len(qw), hi + 3)  # the alignment's edges may cut a word changed
        diff = _aligned(typed, q[lo:hi])
        passage = " ".join(fold(b) for op, _, b in diff if b)
        changed = sum(_changed(op, a, b) for op, a, b in diff)
        score = round(fuzz.ratio(ts, passage), 1)
        budget = n / 4 if n >= 6 else 0.5  # a short phrase: only a word in another form
        if changed <= budget and score >= 75 and changed * 2 < n:
            return Match(quote, "close", score, diff)
    return _partial(typed, q, tw, qw, quote)


def _partial(typed, q, tw, qw, quote) -> Match | None:
    """A passage shared, the rest not: the quote inside the typed text, or one running past the other."""
    n = len(tw)
    run = SequenceMatcher(None, tw, qw, autojunk=False).find_longest_match(0, len(tw), 0, len(qw))
    shorter = min(n, len(qw))
    if run.size >= 2 and (run.size == len(qw) or run.size >= max(4, 0.4 * shorter)):
        lo, hi = run.b, run.b + run.size
        score = round(100 * run.size / max(n, 1), 1)
        diff = _diff(typed, q[max(0, lo - run.a):min(len(q), hi + n - run.a - run.size)])
        return Match(quote, "partial", score, diff)
    return None


def _changed(op: str, typed: str, said: str) -> float:
    """Words changed by one diff operation; one word for a near twin ("fight"/"fights") counts half."""
    if op == "equal":
        return 0
    a, b = typed.split(), said.split()
    if op == "replace" and len(a) == len(b) and len(a) > 1:
        return sum(_changed("replace", x, y) for x, y in zip(a, b))
    if len(a) == len(b) == 1 and fuzz.ratio(fold(a[0]), fold(b[0])) >= 80:
        return 0.5
    return max(len(a), len(b))


def _aligned(typed: list[tuple[str, str]], said: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """The word diff of the typed words against the passage of ``said`` they fit best.

    A semi-global alignment: the quote's words before and after the passage cost nothing, a
    word typed in another form ("fights", "fight") costs half a word, any other change one.
    """
    n, m = len(typed), len(said)
    if n * m > MAX_ALIGNED_CELLS:  # a long text: rapidfuzz's alignment, the quote's words around it trimmed
        return _trimmed(_diff(typed, said))
    ta, sa = [w for w, _ in typed], [w for w, _ in said]
    cost = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[""] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost[i][0], move[i][0] = float(i), "delete"
        for j in range(1, m + 1):
            sub = 0.0 if ta[i - 1] == sa[j - 1] else _changed("replace", ta[i - 1], sa[j - 1])
            # on a tie, a word for a word before a word left out
            cost[i][j], _, move[i][j] = min(
                (cost[i - 1][j - 1] + sub, 0, "equal" if sub == 0 else "replace"),
                (cost[i - 1][j] + 1, 1, "delete"),
                (cost[i][j - 1] + 1, 2, "insert"),
            )
    j = min(range(m + 1), key=lambda k: (cost[n][k], move[n][k] not in ("equal", "replace"), -k))
    i, ops = n, []
    while i > 0:
        op = move[i][j]
        if op in ("equal", "replace"):
            ops.append((op, typed[i - 1][1], said[j - 1][1]))
            i, j = i - 1, j - 1
        elif op == "delete":
            ops.append(("delete", typed[i - 1][1], ""))
            i -= 1
        else:
            ops.append(("insert", "", said[j - 1][1]))
            j -= 1
    diff: list[tuple[str, str, str]] = []
    for op, a, b in reversed(ops):  # runs of one kind of change as one operation
        if diff and op != "equal" and diff[-1][0] == op:
            diff[-1] = (op, f"{diff[-1][1]} {a}".strip(), f"{diff[-1][2]} {b}".strip())
        else:
            diff.append((op, a, b))
    return diff


def _trimmed(diff: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A diff without the quote's words before and after the typed passage."""
    while diff and diff[0][0] == "insert":
        diff = diff[1:]
    while diff and diff[-1][0] == "insert":
        diff = diff[:-1]
    return diff


def _find(haystack: list[str], needle: list[str]) -> int:
    for i in range(len(haystack) - len(needle) + 1):
        if haystack[i:i + len(needle)] == needle:
            return i
    return 0


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of space-joined ``text`` that characters ``start``..``end`` touch, as word indexes."""
    lo = text.count(" ", 0, start)
    hi = text.count(" ", 0, max(start, end - 1)) + 1
    return lo, hi


def _diff(typed: list[tuple[str, str]], said: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Word diff (rapidfuzz's Levenshtein opcodes), words shown as written.

    Words are aligned by their stems, so a word typed in another form ("fights", "fight") pairs
    with the quote's; such a pair is then a replacement of its own.
    """
    ops = Levenshtein.opcodes([_stem(w) for w, _ in typed], [_stem(w) for w, _ in said])
    out = []
    for op in ops:
        if op.tag == "equal":
            for i, j in zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end)):
                out.append(("equal" if typed[i][0] == said[j][0] else "replace", typed[i][1], said[j][1]))
            continue
        a = " ".join(w for _, w in typed[op.src_start:op.src_end])
        b = " ".join(w for _, w in said[op.dest_start:op.dest_end])
        out.append((op.tag, a, b))
    return out


def _stem(word: str) -> str:
    """A crude stem: "fights", "fighting" and "fought"'s cousins "fight"; enough to pair word forms."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def as_json(matches: Iterable[Match], style: str = "plain") -> list[dict]:
    """Matches as the objects ``quotes cite --json`` prints."""
    from .cite import article_outlet, citation

    return [{
        "text": m.quote["text"], "speaker": m.quote["speaker"], "verdict": m.verdict, "score": m.score,
        "citation": citation(m.quote, style), "style": style, "article_id": m.quote["article_id"],
        "quote_id": m.quote["id"], "outlet": article_outlet(m.quote), "published": m.quote["published"],
        "url": m.quote["url"], "diff": None if m.verdict == "verbatim" else m.word_diff(),
        "changes": [] if m.verdict == "verbatim" else [{"op": op, "typed": a, "said": b} for op, a, b in m.diff],
    } for m in matches]
