"""Citations: the three styles on quote records, and `quotes cite` on the ingested seeds."""

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from quotes.cite import citation, citations, fts_phrase, format_date
from quotes.cli import cli

PESKOV = {
    "id": "q1", "text": "Putin and Kim talked about it.", "kind": "direct", "cue": "told", "role": "Kremlin spokesman",
    "speaker": "Dmitry Peskov", "source": "TASS", "title": "Kim visits the cosmodrome", "url": "https://tass.example/1",
    "published": "2023-09-13", "author": "Ivan Petrov", "doc": "tass.txt",
}


@pytest.mark.parametrize("style, expected", [
    ("plain", "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said. — TASS, September 13, 2023, https://tass.example/1"),
    ("markdown", "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said. — [TASS](https://tass.example/1), September 13, 2023"),
    ("chicago", "Dmitry Peskov, quoted in Ivan Petrov, “Kim visits the cosmodrome,” TASS, September 13, 2023, https://tass.example/1."),
])
def test_styles_of_a_fully_known_quote(style, expected):
    assert citation(PESKOV, style) == expected


@pytest.mark.parametrize("changes, expected", [
    ({"cue": "added"}, "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, added."),
    ({"text": "Why now?", "role": None}, "“Why now?” Dmitry Peskov said."),
    ({"text": "a “sacred fight”", "kind": "partial", "role": None}, "“a ‘sacred fight’,” Dmitry Peskov said."),
    ({"kind": "indirect", "text": "the talks went well", "cue": "said"},
     "Dmitry Peskov, Kremlin spokesman, said the talks went well."),
    ({"kind": "indirect", "text": "the talks went well", "cue": "according to"},
     "According to Dmitry Peskov, Kremlin spokesman, the talks went well."),
    ({"speaker": None, "role": None}, "“Putin and Kim talked about it,” an unnamed speaker said."),
])
def test_attributed_sentence(changes, expected):
    assert citation({**PESKOV, **changes}, "plain").startswith(expected + " — ")


def test_missing_article_metadata_falls_back_to_what_is_known():
    bare = {**PESKOV, "source": None, "title": None, "url": None, "published": None, "author": None}
    assert citations(bare) == {
        "plain": "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said. — tass.txt",
        "markdown": "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said. — *tass.txt*",
        "chicago": "Dmitry Peskov, quoted in tass.txt.",
    }
    assert citation({**bare, "title": "Is it war?"}, "chicago") == "Dmitry Peskov, quoted in “Is it war?”"


def test_markdown_escapes_what_would_become_markup():
    text = citation({**PESKOV, "text": "use <script> and *stars* [here]"}, "markdown")
    assert r"use \<script\> and \*stars\* \[here\]" in text


def test_unknown_style_is_an_error_naming_the_choices():
    with pytest.raises(ValueError, match="plain, markdown, chicago"):
        citation(PESKOV, "apa")


@pytest.mark.parametrize("published, expected", [
    ("2023-09-13", "September 13, 2023"), ("2023-09-13T08:00:00Z", "September 13, 2023"),
    ("13 Sept 2023", "13 Sept 2023"), ("2023-02-30", "2023-02-30"), (None, None),
])
def test_format_date(published, expected):
    assert format_date(published) == expected


def test_fts_phrase_quotes_the_phrase_and_drops_double_quotes():
    assert fts_phrase('  sacred "fight" ') == 'text : "sacred fight"'


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("cite") / "quotes.db"
    CliRunner().invoke(cli, ["ingest", str(SEEDS), "--db", str(db_path), "--silent"], catch_exceptions=False)
    return str(db_path)


def test_cite_sacred_fight_prints_kim_jong_uns_quotes_with_sources(seeds_db):
    result = CliRunner().invoke(cli, ["cite", "sacred fight", "--db", seeds_db, "--no-outlets"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("“sacred fight") and "Kim Jong Un" in line and " — " in line for line in lines)
    assert "“sacred fight to defend sovereignty and security,” Kim Jong Un said. — 1945" in lines


@pytest.mark.parametrize("style, marker", [("markdown", "*1945*"), ("chicago", "quoted in “North Korea and Russia")])
def test_cite_styles_from_the_command_line(seeds_db, style, marker):
    result = CliRunner().invoke(cli, ["cite", "SACRED   Fight", "--style", style, "--db", seeds_db])
    assert result.exit_code == 0 and marker in result.output


def test_cite_matches_across_apostrophe_styles(seeds_db):
    result = CliRunner().invoke(cli, ["cite", "that's why we came here", "--db", seeds_db])
    assert result.exit_code == 0
    assert result.output.count("“That’s why we came here,” Vladimir Putin") == 2


@pytest.mark.parametrize("args, code, message", [
    (["cite", "no such words anywhere"], 1, "no quote in"),
    (["cite", "   "], 2, "PHRASE is empty"),
    (["cite", "x", "--style", "apa"], 2, "'apa' is not one of"),
])
def test_cite_errors(seeds_db, args, code, message):
    result = CliRunner().invoke(cli, args + ["--db", seeds_db])
    assert result.exit_code == code and message in result.output


@pytest.mark.parametrize("content, message", [(None, "no such database"), (b"not sqlite", "not a quotes database")])
def test_cite_on_a_missing_or_foreign_file(tmp_path, content, message):
    path = tmp_path / "other.db"
    if content is not None:
        path.write_bytes(content)
    result = CliRunner().invoke(cli, ["cite", "x", "--db", str(path)])
    assert result.exit_code != 0 and message in result.output and str(path) in result.output


@pytest.mark.parametrize("url", ["javascript:alert(document.domain)", "data:text/html,<script>x</script>", "ftp://x.example/a"])
def test_only_http_addresses_become_links_or_addresses_in_citations(url):
    cited = citations({**PESKOV, "url": url})
    assert cited["markdown"].endswith("— [TASS](https://tass.example/1), September 13, 2023".replace(
        "[TASS](https://tass.example/1)", "*TASS*"))
    assert all(url not in text and "](" not in text for text in cited.values())


def test_a_markdown_link_survives_parentheses_in_its_address():
    text = citation({**PESKOV, "url": "https://en.example/wiki/Kim_(name)"}, "markdown")
    assert "[TASS](https://en.example/wiki/Kim_%28name%29)" in text


@pytest.mark.parametrize("args", [["sacred", "fight"], ["-sacred", "fight"], ["--", "-sacred fight"]])
def test_cite_reads_every_word_as_the_phrase_even_after_a_dash(seeds_db, args):
    result = CliRunner().invoke(cli, ["cite", "--db", seeds_db, *args])
    assert result.exit_code == 0 and "Kim Jong Un" in result.output
