"""Publication dates and outlets read from saved web pages, against the true dates.

    .venv/bin/python bench/webnews_dates.py ../shared/gold/webnews-dev

Reads every page of ``FOLDER/pages`` as ``quotes ingest`` does (trafilatura and htmldate on
the page's own metadata) and compares the date with ``FOLDER/dates.json``; prints each miss,
every page's outlet, and the count right.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.read import read_path  # noqa: E402


def main(folder: Path) -> None:
    truth = json.loads((folder / "dates.json").read_text(encoding="utf-8"))
    right = 0
    for name, t in sorted(truth.items()):
        article = next(read_path(folder / "pages" / name))
        ok = article.published == t["date"]
        right += ok
        print(f"{'ok  ' if ok else 'MISS'} {name:44} {article.published or '-':10}  true {t['date']}  "
              f"outlet: {article.source}")
    print(f"publication date right for {right} of {len(truth)} pages ({100 * right / len(truth):.1f}%)")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/gold/webnews-dev"))
