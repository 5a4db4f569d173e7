"""Citations: the three styles on quote records, and `quotes cite` on the ingested seeds."""

import pytest
from click.testing import CliRunner

from quotes.cite import citation, citations, format_date, fts_phrase
from quotes.cli import cli

PESKOV = {
    "id": "q1", "text": "Putin and Kim talked about it.", "kind": "direct", "cue": "told", "role": "Kremlin spokesman",
    "speaker": "Dmitry Peskov", "source": "TASS", "title": "Kim visits the cosmodrome", "url": "https://tass.example/1",
    "published": "2023-09-13", "author": "Ivan Petrov", "doc": "tass.txt",
}


@pytest.mark.parametrize("style, expected", [
    ("plain",
     "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said. — TASS, September 13, 2023, https://tass.example/1"),
    ("markdown",
     "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said. — [TASS](https://tass.example/1), "
     "September 13, 2023"),
    ("chicago",
     "Dmitry Peskov, quoted in Ivan Petrov, “Kim visits the cosmodrome,” TASS, September 13, 2023, https://tass.example/1."),
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


def test_unknown_outlet_and_date_are_said_in_each_styles_way_never_a_file_name():
    bare = {**PESKOV, "source": None, "title": None, "url": None, "published": None, "author": None}
    assert citations(bare) == {
        "plain": "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said. — unknown outlet, n.d.",
        "markdown": "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said. — *unknown outlet*, n.d.",
        "chicago": "Dmitry Peskov, quoted in an unidentified news article, n.d.",
        "apa": "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said "
               "(as cited in “Untitled news article,” n.d.). [Untitled news article]. (n.d.).",
        "mla": "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said "
               "(qtd. in unidentified news article). Untitled news article. n.d.",
    }
    assert all("tass.txt" not in text for text in citations(bare).values())
    assert citation({**bare, "title": "Is it war?"}, "chicago") == "Dmitry Peskov, quoted in “Is it war?” n.d."


@pytest.mark.parametrize("style, expected", [
    ("apa", "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said (as cited in Petrov, 2023). "
            "Petrov, I. (2023, September 13). Kim visits the cosmodrome. TASS. https://tass.example/1"),
    ("mla", "“Putin and Kim talked about it,” Dmitry Peskov, Kremlin spokesman, said (qtd. in Petrov). "
            "Petrov, Ivan. “Kim visits the cosmodrome.” TASS, 13 Sept. 2023, tass.example/1."),
])
def test_apa_and_mla(style, expected):
    assert citation(PESKOV, style) == expected


@pytest.mark.parametrize("changes, expected", [
    # a description or a group reads as one in a sentence
    ({"speaker": "dispatcher", "speaker_type": "description", "role": None},
     "“Putin and Kim talked about it,” a dispatcher said."),
    ({"speaker": "one GOP operative", "speaker_type": "description", "role": None, "kind": "indirect",
      "text": "The plan failed", "cue": "said"}, "One GOP operative said the plan failed."),
    ({"speaker": "critics", "speaker_type": "group", "role": None}, "“Putin and Kim talked about it,” critics said."),
    # no repeated descriptions, no capital mid-sentence
    ({"speaker": "the company", "role": "the company", "speaker_type": "organization"},
     "“Putin and Kim talked about it,” the company said."),
    ({"role": "The Kremlin spokesperson", "cue": "stated"},
     "“Putin and Kim talked about it,” Dmitry Peskov, the Kremlin spokesperson, stated."),
    ({"kind": "indirect", "cue": "according to", "speaker": "Janet Okafor", "role": None,
      "text": "The project will be paid for by bonds."},
     "According to Janet Okafor, the project will be paid for by bonds."),
    # a role cut inside a book title is read whole from the article
    ({"role": "author of “Putin’s Playbook",
      "speaker_context": "Rebekah Koffler, author of “Putin’s Playbook: Russia’s Secret Plan,” told 1945"},
     "“Putin and Kim talked about it,” Dmitry Peskov, author of “Putin’s Playbook: Russia’s Secret Plan,” said."),
    # a description as the article wrote it, a short title before the name, no word for a speaker
    ({"speaker": "Homeland Security Department official", "role": "a Homeland Security Department official",
      "speaker_type": "description"}, "“Putin and Kim talked about it,” a Homeland Security Department official said."),
    ({"speaker": "David Perdue", "role": "Sen.", "speaker_type": "person"},
     "“Putin and Kim talked about it,” Sen. David Perdue said."),
    ({"speaker": "which", "role": "the study", "speaker_type": "unknown"},
     "“Putin and Kim talked about it,” the study said."),
    ({"speaker": "The network", "role": None, "speaker_type": "organization"},
     "“Putin and Kim talked about it,” the network said."),
    ({"speaker": "Westfield High School", "role": "a student at", "speaker_type": "organization"},
     "“Putin and Kim talked about it,” Westfield High School said."),
    ({"speaker": "Westfield High School", "role": "a student at", "speaker_type": "organization",
      "speaker_context": "said a student at Westfield High School, who"},
     "“Putin and Kim talked about it,” a student at Westfield High School said."),
    ({"role": "author of “Putin’s Playbook", "speaker_context": None},
     "“Putin and Kim talked about it,” Dmitry Peskov said."),
])
def test_citation_text_reads_cleanly(changes, expected):
    assert citation({**PESKOV, **changes}, "plain").startswith(expected + " — ")


def test_chicago_never_doubles_punctuation_after_a_title_ending_in_quotes():
    note = citation({**PESKOV, "title": "Trump speaks on ‘American values.’"}, "chicago")
    assert "“Trump speaks on ‘American values,’” TASS" in note


def test_markdown_escapes_what_would_become_markup():
    text = citation({**PESKOV, "text": "use <script> and *stars* [here]"}, "markdown")
    assert r"use \<script\> and \*stars\* \[here\]" in text


def test_unknown_style_is_an_error_naming_the_choices():
    with pytest.raises(ValueError, match="plain, markdown, chicago, apa, mla"):
        citation(PESKOV, "harvard")


@pytest.mark.parametrize("published, expected", [
    ("2023-09-13", "September 13, 2023"), ("2023-09-13T08:00:00Z", "September 13, 2023"),
    ("13 Sept 2023", "13 Sept 2023"), ("2023-02-30", "2023-02-30"), (None, None),
])
def test_format_date(published, expected):
    assert format_date(published) == expected


def test_fts_phrase_quotes_the_phrase_and_drops_double_quotes():
    assert fts_phrase('  sacred "fight" ') == 'text : "sacred fight"'


@pytest.fixture
def seeds_db(seeds_db):
    """The session's seeds database (conftest.py), as the command line takes it."""
    return str(seeds_db)


def test_cite_sacred_fight_prints_kim_jong_uns_quotes_with_sources(seeds_db):
    result = CliRunner().invoke(cli, ["cite", "sacred fight", "--db", seeds_db, "--no-outlets"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1::2] == ["  verbatim"] * 3
    assert all(line.startswith("“sacred fight") and "Kim Jong Un" in line and " — " in line for line in lines[::2])
    assert "“sacred fight to defend sovereignty and security,” Kim Jong Un said. — 19FortyFive, n.d." in lines


@pytest.mark.parametrize("style, marker", [
    ("markdown", "*19FortyFive*"),
    ("chicago", "quoted in “North Korea and Russia"),
    ("apa", "(as cited in “North Korea and Russia Now…,” n.d.). "
            "North Korea and Russia Now Look Like Real Allies. (n.d.). 19FortyFive."),
    ("mla", "(qtd. in “North Korea and Russia Now…”). "
            "“North Korea and Russia Now Look Like Real Allies.” 19FortyFive, n.d."),
])
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
    (["cite", "x", "--style", "harvard"], 2, "'harvard' is not one of"),
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


@pytest.mark.parametrize("url",
                         ["javascript:alert(document.domain)", "data:text/html,<script>x</script>",
                          "ftp://x.example/a"])
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


def test_cite_finds_kim_jong_uns_guest_book_line_remembered_in_other_words(seeds_db):
    phrase = "the glory of Russia which gave birth to the first conquerors of space will live forever"
    result = CliRunner().invoke(cli, ["cite", phrase, "--db", seeds_db, "--no-outlets"])
    assert result.exit_code == 0
    first, verdict = result.output.splitlines()[:2]
    assert first.startswith(
        "“The glory of Russia, which gave birth to the first conquerors of space, will be immortal,” Kim Jong Un")
    assert verdict.startswith("  close (") and "[-live forever-] {+be immortal+}" in verdict


def test_cite_json_lists_matches_with_verdicts(seeds_db):
    import json

    result = CliRunner().invoke(cli, ["cite", "Russia is now rising to the sacred fight", "--json", "--db", seeds_db])
    assert result.exit_code == 0
    found = json.loads(result.output)
    assert {"text", "speaker", "verdict", "score", "citation", "article_id"} <= set(found[0])
    assert found[0]["verdict"] == "close" and found[0]["speaker"] == "Kim Jong Un"
    assert found[0]["text"].startswith("Russia is now rising to the sacred struggle")
    assert found[0]["diff"] == "Russia is now rising to the sacred [-fight-] {+struggle+}"


@pytest.mark.parametrize("phrase, verdict", [
    ("That’s why we came here", "verbatim"),
    ("“THAT'S WHY we came here”", "verbatim"),  # other marks, case
    ("That's why we come here", "close"),  # a changed tense
    ("Kim said the sacred fight to defend sovereignty and security would go on and on", "partial"),  # the quote inside
    # a long quote without its first words, with words of the typist's own after it
    ("rising to the sacred struggle to defend its state sovereignty and protect its security. We have always "
     "supported and stand by all decisions of President Putin and the Russian government. I hope that we will "
     "always stand together in the fight against imperialism, as the leader said in his toast at dinner", "close"),
])
def test_verdicts(seeds_db, phrase, verdict):
    import json

    result = CliRunner().invoke(cli, ["cite", phrase, "--json", "--db", seeds_db])
    assert result.exit_code == 0 and json.loads(result.output)[0]["verdict"] == verdict


def test_nothing_close_exits_1(seeds_db):
    result = CliRunner().invoke(cli, ["cite", "purple elephants dance on the moon every Tuesday", "--db", seeds_db])
    assert result.exit_code == 1 and "no quote in" in result.output


@pytest.mark.parametrize("author, chicago_byline, apa_cited", [
    ("The Washington Times https; Www Washingtontimes Com; Susan Ferrechio", "Susan Ferrechio", "Ferrechio, 2023"),
    ("Condé Nast; Morgan Meaker", "Morgan Meaker", "Meaker, 2023"),
    ("TASS Staff", None, "“Kim visits the cosmodrome,” 2023"),
    ("By Jane Doe and John Smith", "Jane Doe and John Smith", "Doe & Smith, 2023"),
])
def test_bylines_name_people_only(author, chicago_byline, apa_cited):
    quote = {**PESKOV, "author": author}
    note = citation(quote, "chicago")
    assert note.startswith(f"Dmitry Peskov, quoted in {chicago_byline + ', ' if chicago_byline else ''}“Kim visits")
    assert f"(as cited in {apa_cited})" in citation(quote, "apa")


def test_an_opening_mark_a_source_used_to_close_is_read_as_closing():
    from quotes.cite import attributed_sentence

    cited = attributed_sentence({"text": "his comments were “Mostly False.“", "kind": "indirect", "cue": "said",
                                 "speaker": "PolitiFact", "speaker_type": "organization"})
    assert cited == "PolitiFact said his comments were “Mostly False”."
