"""The database side imports downward only: reading, citing, clustering and serving a
database load neither spaCy nor textacy (nor the extraction rules' pipeline)."""

import json
import subprocess
import sys

from quotes.words import STOP_WORDS, plain_quotation_marks, remove_accents

NLP = ("spacy", "textacy", "thinc", "quotes.pipeline", "quotes.attribute", "quotes.parallel")


def loaded_after(code: str) -> list[str]:
    """The modules a fresh interpreter holds after running ``code``, of those in :data:`NLP`."""
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    modules = json.loads(out.splitlines()[-1])
    return [m for m in modules if m.split(".")[0] in NLP or m in NLP]


def test_importing_the_database_side_loads_no_nlp():
    assert loaded_after("import quotes.cite, quotes.cluster, quotes.store, quotes.lookup, quotes.db, quotes.pool, "
                        "quotes.schema, quotes.reading, quotes.publish, quotes.cli") == []


def test_an_nlp_import_is_seen():
    assert "spacy" in loaded_after("import quotes.pipeline")  # the check above can fail


def test_cite_cluster_speakers_and_serve_run_without_nlp(seeds_db):
    code = f"""
import asyncio
from quotes.cli import cli
for args in (["cite", "sacred fight", "--db", {str(seeds_db)!r}], ["cluster", "--db", {str(seeds_db)!r}],
             ["speakers", "--db", {str(seeds_db)!r}], ["speakers", "--db", {str(seeds_db)!r}, "--format", "json"]):
    try:
        cli.main(args, standalone_mode=False)
    except SystemExit:
        pass
from quotes.publish import make_datasette
ds = make_datasette({str(seeds_db)!r})
async def pages():
    await ds.invoke_startup()
    for path in ("/", "/quotes/quotes", "/quotes/speakers"):
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
asyncio.run(pages())
"""
    assert loaded_after(code) == []


def test_stop_words_and_accents_are_spacys_and_textacys():
    from spacy.lang.en.stop_words import STOP_WORDS as SPACY_STOP_WORDS
    from textacy.preprocessing.remove import accents

    assert STOP_WORDS == SPACY_STOP_WORDS
    for text in ("Zelenskyy", "Āsia Ōsaka", "Mélenchon’s café", "Dvořák ﬁne", "plain"):
        assert remove_accents(text) == accents(text)


def test_quotation_marks_are_normalised_as_textacy_does():
    from textacy.preprocessing.normalize import quotation_marks

    text = "\u2018a\u2019 \u201cb\u201d \u00b4c` \u02bcd O’Brien"
    assert plain_quotation_marks(text) == quotation_marks(text)


def test_speaker_names_are_compared_without_loading_nlp():
    code = ('import sys, quotes.speakers as s; s.name_key("Kim Jong-un"); '
            'print(any(m.startswith(("spacy", "textacy")) for m in sys.modules))')
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_extracting_with_the_rules_never_imports_textacy():
    # textacy/__init__ pulls in scikit-learn (most of a second); only --engine textacy needs it
    loaded = loaded_after("from quotes.pipeline import quotes_of_text\nquotes_of_text('“We will win,” Kim said.')")
    assert "spacy" in loaded and "textacy" not in loaded


def test_no_module_binds_a_constant_twice():
    # a second "_ROLE_OF = …" further down a module silently changes what the first one's users read
    import ast
    from pathlib import Path

    import quotes

    twice = []
    for path in sorted(Path(quotes.__file__).parent.glob("*.py")):
        names = [target.id for node in ast.parse(path.read_text(encoding="utf-8")).body
                 if isinstance(node, (ast.Assign, ast.AnnAssign))
                 for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                 if isinstance(target, ast.Name) and target.id.lstrip("_")[:1].isupper()
                 and target.id.upper() == target.id]
        twice += [f"{path.name}: {name}" for name in sorted(set(names)) if names.count(name) > 1]
    assert twice == []
