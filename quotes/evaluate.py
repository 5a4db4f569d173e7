"""Score extraction and attribution against a gold folder (``texts/*.txt`` + ``gold.jsonl``).

Scoring rules:

- A prediction is a found quote where at least half of its characters lie inside one
  gold quote, and an attributed quote where its speaker is right as well. Predictions
  overlapping each other by more than half count once.
- A gold quote is found where predictions cover at least half of its characters; for a
  gold quote holding quote marks, half of the characters inside the marks (PolNeAR marks
  the whole clause around a quotation, the seed gold only the quoted words). A quotation
  found inside a longer quote in marks ("He told me, ‘…’") covers only a gold quote it
  holds four fifths of, never the quote around it.
- ``optional`` gold rows count neither way; a prediction on a ``negative`` row is wrong.
  Where the gold has no reported speech (the seeds), or with ``kinds="direct"``,
  predictions of kind ``indirect`` are not scored.
- A speaker is right where canonical names agree (ignoring case, accents, hyphens, dots
  and a leading "the"; both unknown agree), or, where the gold gives only a mention
  (PolNeAR), where the predicted mention overlaps the gold source span.
- Where the gold names who spoke (``canonical`` in PolNeAR dev, ``speaker`` in the seeds and
  web news), the *canonical* figures judge the name a user would search by: a found quote
  counts only where its predicted speaker is the gold's canonical name, compared by
  :func:`canonical_key` (case, accents, hyphens, dots, a leading "the", middle initials and
  Jr./Sr. aside). A null canonical is not judged.
- The speaker index (:func:`index_report`) is judged on the database an ingest of the same
  predictions writes: the share of indexed quotes whose speaker row names a canonical
  speaker of the gold, gold speakers split over several rows, and rows naming no one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .clean import clean_text
from .extract import MARKS
from .pipeline import Extracted, extract_articles, load_pipeline
from .read import read_text_file
from .speakers import name_key
from .vocab import QuoteKind
from .words import DB_WORD_LISTS, word_set


class GoldError(Exception):
    """A gold folder that is missing a part or holds a malformed row."""


@dataclass
class Gold:
    doc: str
    chars: frozenset[int]  # the characters a prediction may fall in
    core: frozenset[int]  # the characters recall is measured on (inside marks, where marked)
    speaker: str | None
    speaker_span: tuple[int, int] | None
    kind: str
    status: str
    quote: str
    canonical: str | None = None  # who spoke, by name, where the gold says so
    judged: bool = False  # whether the canonical name is judged (given, and not null)


@dataclass
class Pred:
    doc: str
    start: int
    end: int
    quote: str
    kind: str
    speaker: str | None
    mention: str | None
    mention_span: tuple[int, int] | None
    mention_kind: str | None = None
    confidence: float = 0.0
    sieve: str | None = None


@dataclass
class Report:
    """Counts behind the scores, and the errors for ``--show-errors``."""

    pred_scored: int = 0
    pred_found: int = 0
    pred_attributed: int = 0
    gold_required: int = 0
    gold_found: int = 0
    gold_attributed: int = 0
    speaker_checked: int = 0
    speaker_right: int = 0
    # canonical figures: over found quotes and required gold whose canonical name is judged
    canon_scored: int = 0
    canon_attributed: int = 0
    canon_checked: int = 0
    canon_right: int = 0
    canon_required: int = 0
    canon_gold_attributed: int = 0
    confident_checked: int = 0  # found quotes with confidence >= CONFIDENT, canonical judged
    confident_right: int = 0
    misses: list = field(default_factory=list)
    false_quotes: list = field(default_factory=list)
    wrong_speakers: list = field(default_factory=list)
    wrong_names: list = field(default_factory=list)
    index: dict | None = None  # speaker-index figures (:func:`index_report`)

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def scores(self) -> dict[str, float]:
        qp = self.pred_found / self.pred_scored if self.pred_scored else 0.0
        qr = self.gold_found / self.gold_required if self.gold_required else 0.0
        ap = self.pred_attributed / self.pred_scored if self.pred_scored else 0.0
        ar = self.gold_attributed / self.gold_required if self.gold_required else 0.0
        return {
            "quote_precision": qp, "quote_recall": qr, "quote_f1": self._f1(qp, qr),
            "speaker_accuracy": self.speaker_right / self.speaker_checked if self.speaker_checked else 0.0,
            "attributed_precision": ap, "attributed_recall": ar, "attributed_f1": self._f1(ap, ar),
            **self.canonical_scores(),
        }

    def canonical_scores(self) -> dict[str, float]:
        """Canonical speaker accuracy and attributed P/R/F1, where the gold names who spoke."""
        if not self.canon_required and not self.canon_checked:
            return {}
        cp = self.canon_attributed / self.canon_scored if self.canon_scored else 0.0
        cr = self.canon_gold_attributed / self.canon_required if self.canon_required else 0.0
        return {
            "canonical_accuracy": self.canon_right / self.canon_checked if self.canon_checked else 0.0,
            "canonical_precision": cp, "canonical_recall": cr, "canonical_f1": self._f1(cp, cr),
            "confident_share": self.confident_checked / self.canon_checked if self.canon_checked else 0.0,
            "confident_accuracy": self.confident_right / self.confident_checked if self.confident_checked else 0.0,
        }


def read_gold(gold_dir: Path, kinds: str = "all") -> tuple[list[Path], dict[str, list[Gold]]]:
    """The gold folder's texts and its rows by document; ``kinds="direct"`` keeps marked quotes."""
    texts_dir, gold_file = gold_dir / "texts", gold_dir / "gold.jsonl"
    if not texts_dir.is_dir() or not gold_file.is_file():
        raise GoldError(f"{gold_dir}: expected texts/ and gold.jsonl inside")
    texts = sorted(texts_dir.glob("*.txt"))
    raw = {p.name: read_text_file(p).text for p in texts}
    rows: dict[str, list[Gold]] = defaultdict(list)
    for n, line in enumerate(gold_file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            text = raw[r["doc"]]
            spans = r.get("spans") or [[r["start"], r["end"]]]
        except (json.JSONDecodeError, KeyError) as e:
            raise GoldError(f"{gold_file}:{n}: malformed gold row ({e})") from e
        if kinds == "direct" and r["kind"] == "indirect" and not MARKS.search(r["quote"]):
            continue  # no quote marks (PolNeAR's own "direct" misses doubled apostrophes: ''…'')
        chars = frozenset(i for a, b in spans for i in range(a, b))
        sp = (r["speaker_start"], r["speaker_end"]) if r.get("speaker_start") is not None else None
        # The seeds and web news give the canonical name as `speaker`; PolNeAR dev gives `canonical`
        # beside the mention; PolNeAR train gives only the mention.
        canonical, judged = (r["canonical"], r["canonical"] is not None) if "canonical" in r else (
            (r.get("speaker"), r.get("speaker") is not None) if sp is None else (None, False))
        rows[r["doc"]].append(Gold(r["doc"], chars, _inside_marks(text, spans) or chars, r.get("speaker"), sp,
                                   r["kind"], r["status"], r["quote"], canonical, judged))
    return texts, rows


def _inside_marks(text: str, spans: list[list[int]]) -> frozenset[int]:
    """Characters of the spans lying between paired quote marks."""
    inside: set[int] = set()
    for a, b in spans:
        marks = [(m.start(), m.end()) for m in MARKS.finditer(text, a, b)]
        for (_, o), (c, _) in zip(marks[::2], marks[1::2]):
            inside.update(range(o, c))
        if len(marks) % 2:
            inside.update(range(marks[-1][1], b))
    return frozenset(inside)


def _speaker_right(p: Pred, g: Gold) -> bool:
    if g.speaker_span is not None:
        return (p.mention_span is not None
                and p.mention_span[0] < g.speaker_span[1] and g.speaker_span[0] < p.mention_span[1])
    if g.speaker is None or p.speaker is None:
        return g.speaker is None and p.speaker is None
    return name_key(p.speaker) == name_key(g.speaker)


_MIDDLE_INITIAL = re.compile(r"^[a-z]$")
_SUFFIXES = word_set("scored_name_suffixes", folder=DB_WORD_LISTS)


def canonical_key(name: str) -> str:
    """A name as the canonical comparison reads it: case, accents, apostrophe style, hyphens,
    dots, a leading "the", middle initials ("Loretta E. Lynch"), Jr./Sr. and the order of names
    joined by "and" aside."""
    name = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    words = re.sub(r"[-‐–—,]", " ", re.sub(r"\.(?=[a-z]{2})", " ", name).replace(".", "")).split()  # "T.Clayson"
    if words and words[0] == "the":
        words = words[1:]
    words = [w for w in words if w not in _SUFFIXES]
    key = " ".join(w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and _MIDDLE_INITIAL.match(w)))
    return " and ".join(sorted(key.split(" and ")))  # "Susan Shaw and Peter Shaw" in either order


def _canonical_right(p: Pred, g: Gold) -> bool:
    return p.speaker is not None and g.canonical is not None and canonical_key(p.speaker) == canonical_key(g.canonical)


def _name_error(p: Pred, g: Gold) -> str:
    """What kind of canonical error a found quote makes."""
    if p.speaker is None:
        return "no speaker" if p.mention is None else "mention left unresolved"
    if g.speaker_span is not None and (p.mention_span is None or not (
            p.mention_span[0] < g.speaker_span[1] and g.speaker_span[0] < p.mention_span[1])):
        return "wrong mention"
    said, gold = canonical_key(p.speaker).split(), canonical_key(g.canonical or "").split()
    if said and set(said) < set(gold):
        return "name not given in full"
    if said and set(gold) < set(said):
        return "name with extra words"
    return "mention resolved to the wrong name" if g.speaker_span is not None else "wrong speaker"


def predict(texts: list[Path], nlp: Language) -> dict[str, list[Pred]]:
    """Run extraction on the gold texts; offsets mapped back to the raw files."""
    return predictions(extract_articles((read_text_file(p) for p in texts), nlp))


def predictions(extracted: Iterable[Extracted]) -> dict[str, list[Pred]]:
    """The predictions of extracted articles, offsets mapped back to the raw files."""
    preds: dict[str, list[Pred]] = defaultdict(list)
    for ex in extracted:
        to_raw = ex.clean.to_raw
        for q in ex.quotes:
            span = ((to_raw(q.speaker_start), to_raw(q.speaker_end))
                    if q.speaker_start is not None and q.speaker_end is not None else None)
            preds[ex.article.doc].append(Pred(
                ex.article.doc, to_raw(q.start), to_raw(q.end), q.quote, q.kind, q.speaker, q.speaker_mention, span,
                q.mention_kind, q.confidence, q.sieve))
    return preds


def predict_textacy(texts: list[Path], nlp: Language) -> dict[str, list[Pred]]:
    """Run textacy's ``direct_quotations`` (the second engine) on the gold texts.

    It needs a trained pipeline with a parser, part-of-speech tags and lemmas, and gives up
    on a document whose quote marks do not pair (such documents yield nothing).
    """
    if not nlp.has_pipe("parser"):
        raise EngineError("the textacy engine needs a trained spaCy pipeline with a parser (--model NAME_OR_PATH)")
    from textacy.extract.triples import direct_quotations

    preds: dict[str, list[Pred]] = defaultdict(list)
    for path in texts:
        article = read_text_file(path)
        clean = clean_text(article.text)
        doc = nlp(clean.text)
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            continue  # unpaired quote marks: textacy bails out on the whole document
        for speaker, _cue, content in triples:
            start, end = clean.to_raw(content.start_char + 1), clean.to_raw(content.end_char - 1)
            s_start, s_end = clean.to_raw(speaker[0].idx), clean.to_raw(speaker[-1].idx + len(speaker[-1]))
            mention = " ".join(t.text for t in speaker)
            preds[article.doc].append(Pred(article.doc, start, end, content.text, "direct", mention, mention,
                                           (s_start, s_end)))
    return preds


def score(gold: dict[str, list[Gold]], preds: dict[str, list[Pred]], texts: dict[str, str],
          kinds: str = "all") -> Report:
    """Apply the scoring rules of this module to gold rows and predictions."""
    report = Report()
    has_indirect = any(g.kind == "indirect" for rows in gold.values() for g in rows)
    for doc in sorted(set(gold) | set(preds)):
        rows = gold.get(doc, [])
        scored = [p for p in preds.get(doc, []) if p.kind != "indirect" or (has_indirect and kinds != "direct")]
        text = texts.get(doc, "")
        for group in _dedupe(scored):
            verdicts = [_judge(p, rows) for p in group]
            status = max(verdicts, key=lambda v: ("ignored", "wrong", "found", "attributed").index(v[0]))
            if status[0] == "ignored":
                continue
            report.pred_scored += 1
            p, g = status[1], status[2]
            if g is None or g.judged or status[0] == "wrong":
                report.canon_scored += 1
            if status[0] in ("found", "attributed") and g is not None and g.judged:
                named = next((q for q in group if _canonical_right(q, g)), None)
                report.canon_checked += 1
                report.canon_right += named is not None
                report.canon_attributed += named is not None
                if max(q.confidence for q in group) >= CONFIDENT:
                    report.confident_checked += 1
                    report.confident_right += named is not None
                if named is None:
                    report.wrong_names.append((_name_error(p, g), doc, p, g, _context(text, p.start, p.end)))
            if status[0] in ("found", "attributed"):
                report.pred_found += 1
                report.speaker_checked += 1
                if status[0] == "attributed":
                    report.pred_attributed += 1
                    report.speaker_right += 1
                else:
                    report.wrong_speakers.append((doc, p, g, _context(text, p.start, p.end)))
            else:
                report.false_quotes.append((doc, group[0], _context(text, group[0].start, group[0].end)))
        inner = _nested(scored)
        for g in rows:
            if g.status != "required":
                continue
            report.gold_required += 1
            fit = [p for p in scored if id(p) not in inner or _fits(p, g)]
            covered = _covered(g.core, fit)
            right = _covered(g.core, [p for p in fit if _speaker_right(p, g)])
            if covered * 2 >= len(g.core):
                report.gold_found += 1
            else:
                report.misses.append((doc, g, _context(text, min(g.chars), max(g.chars) + 1)))
            if right * 2 >= len(g.core):
                report.gold_attributed += 1
            if g.judged:
                report.canon_required += 1
                if _covered(g.core, [p for p in fit if _canonical_right(p, g)]) * 2 >= len(g.core):
                    report.canon_gold_attributed += 1
    return report


def _dedupe(preds: list[Pred]) -> list[list[Pred]]:
    """Group predictions overlapping each other by more than half of the shorter."""
    groups: list[list[Pred]] = []
    for p in sorted(preds, key=lambda p: (p.start, -p.end)):
        for group in groups:
            q = group[0]
            overlap = min(p.end, q.end) - max(p.start, q.start)
            if overlap * 2 > min(p.end - p.start, q.end - q.start):
                group.append(p)
                break
        else:
            groups.append([p])
    return groups


def _judge(p: Pred, rows: list[Gold]) -> tuple[str, Pred, Gold | None]:
    size = max(1, p.end - p.start)
    for g in rows:
        inside = sum(1 for i in range(p.start, p.end) if i in g.chars)
        if inside * 2 >= size:
            if g.status == "optional":
                return ("ignored", p, g)
            if g.status == "negative":
                return ("wrong", p, g)
            return ("attributed" if _speaker_right(p, g) else "found", p, g)
    return ("wrong", p, None)


def _nested(preds: list[Pred]) -> set[int]:
    """The ids of the predictions lying inside a longer quote in marks: quotations a quote
    quotes ("He told me, ‘…’"), not a partial quote inside reported speech."""
    return {id(p) for p in preds if any(q.start <= p.start and p.end <= q.end and q.end - q.start > p.end - p.start
                                        and q.kind != QuoteKind.INDIRECT for q in preds)}


def _fits(p: Pred, g: Gold) -> bool:
    """Whether the quotation inside a quote ``p`` holds nearly all of ``g``: it counts for the
    gold quotation it is, never for the quote around it."""
    return sum(1 for i in g.core if p.start <= i < p.end) * 5 >= len(g.core) * 4


def _covered(chars: frozenset[int], preds: list[Pred]) -> int:
    return len({i for p in preds for i in range(p.start, p.end)} & chars)


def _context(text: str, start: int, end: int, width: int = 80) -> str:
    return text[max(0, start - width):min(len(text), end + width)].replace("\n", " ⏎ ")


ENGINES = {"rules": predict, "textacy": predict_textacy}


# A quote attributed with at least this confidence is one the reading room presents without a caution.
CONFIDENT = 0.9


class EngineError(Exception):
    """An engine that cannot run with the pipeline given."""


def evaluate(gold_dir: str | Path, kinds: str = "all", nlp: Language | None = None, engine: str = "rules",
             index: bool = True) -> Report:
    """Extract from a gold folder's texts with ``engine`` and score against its gold rows; with
    ``index`` (and the rules engine), also judge the speaker index an ingest of them writes."""
    texts, gold = read_gold(Path(gold_dir), kinds)
    nlp = nlp or load_pipeline()
    extracted = None
    if engine == "rules":
        extracted = list(extract_articles((read_text_file(p) for p in texts), nlp))
        preds = predictions(extracted)
    else:
        preds = ENGINES[engine](texts, nlp)
    raw = {p.name: read_text_file(p).text for p in texts}
    report = score(gold, preds, raw, kinds)
    if index and extracted is not None and any(g.judged for rows in gold.values() for g in rows):
        report.index = index_report(extracted, gold, kinds)
    return report


def index_report(extracted: list[Extracted], gold: dict[str, list[Gold]], kinds: str = "all") -> dict:
    """Ingest ``extracted`` into a fresh in-memory database and judge its speaker index.

    Returns ``precision`` (the share of indexed quotes whose speaker row names a canonical
    speaker of the gold), ``split`` (gold speakers with two or more found quotes spread over
    several rows that each name them, in full or in part) and ``unmatched`` (rows holding two
    or more quotes that name no speaker of the gold), with the rows behind the last two.
    """
    import sqlite_utils

    from .store import ingest, link_speakers

    db = sqlite_utils.Database(memory=True)
    for _ in ingest(db, extracted):
        pass
    link_speakers(db)
    to_raw = {ex.article.doc: ex.clean.to_raw for ex in extracted}
    has_indirect = any(g.kind == "indirect" for rows in gold.values() for g in rows)
    scored_kinds = "" if has_indirect and kinds != "direct" else "and q.kind != 'indirect'"
    names = {canonical_key(g.canonical) for rows in gold.values() for g in rows if g.judged and g.canonical}
    indexed = db.execute(
        "select a.doc, q.start, q.end, s.id, s.name from quotes q join articles a on a.id = q.article_id "
        f"join speakers s on s.id = q.speaker_id where 1 {scored_kinds}").fetchall()
    right = sum(canonical_key(name) in names for *_, name in indexed)
    per_row = Counter((sid, name) for *_, sid, name in indexed)
    unmatched = sorted(((name, n) for (sid, name), n in per_row.items() if n >= 2 and canonical_key(name) not in names),
                       key=lambda r: (-r[1], r[0]))
    rows_of: dict[str, set[tuple[str, str]]] = defaultdict(set)
    quotes_of: Counter = Counter()
    for doc, start, end, sid, name in indexed:
        to = to_raw[doc]
        a, b = to(start), to(end)
        for g in gold.get(doc, []):
            if (g.judged and g.canonical is not None and g.status != "negative"
                    and sum(i in g.chars for i in range(a, b)) * 2 >= max(1, b - a)):
                key, words = canonical_key(g.canonical), set(canonical_key(name).split())
                quotes_of[key] += 1
                if words and (words <= set(key.split()) or set(key.split()) <= words):
                    rows_of[key].add((sid, name))
                break
    split = sorted((key, sorted(name for _, name in rows)) for key, rows in rows_of.items()
                   if len(rows) > 1 and quotes_of[key] >= 2)
    return {"precision": right / len(indexed) if indexed else 0.0, "indexed": len(indexed),
            "split": len(split), "split_rows": split, "unmatched": len(unmatched), "unmatched_rows": unmatched}


def format_report(report: Report, show_errors: bool = False) -> str:
    """The scores as a small table, and the errors where asked."""
    s = report.scores()
    lines = [
        f"quotes      precision {s['quote_precision']:.3f}  recall {s['quote_recall']:.3f}  F1 {s['quote_f1']:.3f}",
        f"speakers    accuracy  {s['speaker_accuracy']:.3f}  "
        f"({report.speaker_right}/{report.speaker_checked} found quotes)",
        f"attributed  precision {s['attributed_precision']:.3f}  recall {s['attributed_recall']:.3f}  "
        f"F1 {s['attributed_f1']:.3f}",
        f"            {report.pred_scored} predictions scored, {report.gold_required} required gold quotes",
    ]
    c = report.canonical_scores()
    if c:
        lines += [
            f"canonical   accuracy  {c['canonical_accuracy']:.3f}  "
            f"({report.canon_right}/{report.canon_checked} found quotes"
            " whose gold names the speaker)",
            f"canonical   precision {c['canonical_precision']:.3f}  recall {c['canonical_recall']:.3f}"
            f"  F1 {c['canonical_f1']:.3f}",
            f"confidence  {c['confident_accuracy']:.3f} right among the {report.confident_checked} found quotes"
            f" with confidence >= {CONFIDENT} ({c['confident_share']:.0%} of them)",
        ]
    if report.index:
        ix = report.index
        lines.append(f"index       precision {ix['precision']:.3f}  ({ix['indexed']} indexed quotes),"
                     f" split speakers {ix['split']}, unmatched rows {ix['unmatched']}")
        if show_errors:
            lines += [f"  split: {key}: {' | '.join(rows)}" for key, rows in ix["split_rows"]]
            lines += [f"  unmatched: {name} ({n} quotes)" for name, n in ix["unmatched_rows"]]
    if show_errors:
        lines.append(f"\nMISSED ({len(report.misses)})")
        lines += [f"  {doc}: [{g.speaker}] {g.quote[:100]!r}\n      … {ctx}" for doc, g, ctx in report.misses]
        lines.append(f"\nFALSE QUOTES ({len(report.false_quotes)})")
        lines += [f"  {doc}: ({p.kind}) [{p.speaker}] {p.quote[:100]!r}\n      … {ctx}"
                  for doc, p, ctx in report.false_quotes]
        lines.append(f"\nWRONG SPEAKERS ({len(report.wrong_speakers)})")
        lines += [
            f"  {doc}: predicted {p.speaker!r} ({p.mention!r}), gold {g.speaker!r}: {p.quote[:80]!r}\n      … {ctx}"
            for doc, p, g, ctx in report.wrong_speakers
        ]
        if report.canon_checked:
            by_kind: dict[str, list] = defaultdict(list)
            for kind, *error in report.wrong_names:
                by_kind[kind].append(error)
            lines.append(f"\nWRONG CANONICAL NAMES ({len(report.wrong_names)})")
            for kind, errors in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
                lines.append(f"  {kind} ({len(errors)})")
                lines += [
                    f"    {doc}: mention {p.mention!r} ({p.mention_kind}, {p.sieve}), named {p.speaker!r},"
                    f" gold {g.canonical!r}: {p.quote[:70]!r}\n        … {ctx}"
                    for doc, p, g, ctx in errors
                ]
    return "\n".join(lines)
