"""Score extraction and attribution against a gold folder (``texts/*.txt`` + ``gold.jsonl``).

Scoring rules:

- A prediction is a found quote where at least half of its characters lie inside one
  gold quote, and an attributed quote where its speaker is right as well. Predictions
  overlapping each other by more than half count once.
- A gold quote is found where predictions cover at least half of its characters; for a
  gold quote holding quote marks, half of the characters inside the marks (PolNeAR marks
  the whole clause around a quotation, the seed gold only the quoted words).
- ``optional`` gold rows count neither way; a prediction on a ``negative`` row is wrong.
  Where the gold has no reported speech (the seeds), or with ``kinds="direct"``,
  predictions of kind ``indirect`` are not scored.
- A speaker is right where canonical names agree (ignoring case, accents, hyphens, dots
  and a leading "the"; both unknown agree), or, where the gold gives only a mention
  (PolNeAR), where the predicted mention overlaps the gold source span.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .clean import clean_text
from .extract import MARKS
from .pipeline import extract_articles, load_pipeline
from .read import read_text_file
from .speakers import name_key



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
    misses: list = field(default_factory=list)
    false_quotes: list = field(default_factory=list)
    wrong_speakers: list = field(default_factory=list)

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
        rows[r["doc"]].append(Gold(r["doc"], chars, _inside_marks(text, spans) or chars, r.get("speaker"), sp, r["kind"], r["status"], r["quote"]))
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
        return p.mention_span is not None and p.mention_span[0] < g.speaker_span[1] and g.speaker_span[0] < p.mention_span[1]
    if g.speaker is None or p.speaker is None:
        return g.speaker is None and p.speaker is None
    return name_key(p.speaker) == name_key(g.speaker)


def predict(texts: list[Path], nlp: Language) -> dict[str, list[Pred]]:
    """Run extraction on the gold texts; offsets mapped back to the raw files."""
    articles = (read_text_file(p) for p in texts)
    preds: dict[str, list[Pred]] = defaultdict(list)
    for ex in extract_articles(articles, nlp):
        to_raw = ex.clean.to_raw
        for q in ex.quotes:
            span = (to_raw(q.speaker_start), to_raw(q.speaker_end)) if q.speaker_start is not None else None
            preds[ex.article.doc].append(Pred(ex.article.doc, to_raw(q.start), to_raw(q.end), q.quote, q.kind, q.speaker, q.speaker_mention, span))
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
            preds[article.doc].append(Pred(article.doc, start, end, content.text, "direct", mention, mention, (s_start, s_end)))
    return preds


def score(gold: dict[str, list[Gold]], preds: dict[str, list[Pred]], texts: dict[str, str], kinds: str = "all") -> Report:
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
        for g in rows:
            if g.status != "required":
                continue
            report.gold_required += 1
            covered = _covered(g.core, scored)
            right = _covered(g.core, [p for p in scored if _speaker_right(p, g)])
            if covered * 2 >= len(g.core):
                report.gold_found += 1
            else:
                report.misses.append((doc, g, _context(text, min(g.chars), max(g.chars) + 1)))
            if right * 2 >= len(g.core):
                report.gold_attributed += 1
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


def _covered(chars: frozenset[int], preds: list[Pred]) -> int:
    return len({i for p in preds for i in range(p.start, p.end)} & chars)


def _context(text: str, start: int, end: int, width: int = 80) -> str:
    return text[max(0, start - width):min(len(text), end + width)].replace("\n", " ⏎ ")


ENGINES = {"rules": predict, "textacy": predict_textacy}


class EngineError(Exception):
    """An engine that cannot run with the pipeline given."""


def evaluate(gold_dir: str | Path, kinds: str = "all", nlp: Language | None = None, engine: str = "rules") -> Report:
    """Extract from a gold folder's texts with ``engine`` and score against its gold rows."""
    texts, gold = read_gold(Path(gold_dir), kinds)
    preds = ENGINES[engine](texts, nlp or load_pipeline())
    raw = {p.name: read_text_file(p).text for p in texts}
    return score(gold, preds, raw, kinds)


def format_report(report: Report, show_errors: bool = False) -> str:
    """The scores as a small table, and the errors where asked."""
    s = report.scores()
    lines = [
        f"quotes      precision {s['quote_precision']:.3f}  recall {s['quote_recall']:.3f}  F1 {s['quote_f1']:.3f}",
        f"speakers    accuracy  {s['speaker_accuracy']:.3f}  ({report.speaker_right}/{report.speaker_checked} found quotes)",
        f"attributed  precision {s['attributed_precision']:.3f}  recall {s['attributed_recall']:.3f}  F1 {s['attributed_f1']:.3f}",
        f"            {report.pred_scored} predictions scored, {report.gold_required} required gold quotes",
    ]
    if show_errors:
        lines.append(f"\nMISSED ({len(report.misses)})")
        lines += [f"  {doc}: [{g.speaker}] {g.quote[:100]!r}\n      … {ctx}" for doc, g, ctx in report.misses]
        lines.append(f"\nFALSE QUOTES ({len(report.false_quotes)})")
        lines += [f"  {doc}: ({p.kind}) [{p.speaker}] {p.quote[:100]!r}\n      … {ctx}" for doc, p, ctx in report.false_quotes]
        lines.append(f"\nWRONG SPEAKERS ({len(report.wrong_speakers)})")
        lines += [
            f"  {doc}: predicted {p.speaker!r} ({p.mention!r}), gold {g.speaker!r}: {p.quote[:80]!r}\n      … {ctx}"
            for doc, p, g, ctx in report.wrong_speakers
        ]
    return "\n".join(lines)
