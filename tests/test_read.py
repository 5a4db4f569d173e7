"""Reading inputs: text, HTML, JSONL/JSON/CSV, folders, globs, stdin, encodings, metadata, bad files."""

import io
import json
import sys
from pathlib import Path

import pytest

from conftest import SEEDS
from quotes.read import MAX_ARTICLE_BYTES, ReadError, guess_published, guess_title, read_articles

PAGE = """<!doctype html><html><head><title>Kim pledges support | Example News</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-09-13T10:00:00Z">
<link rel="canonical" href="https://example.com/world/kim-putin">
<script>var tracking = "“Buy now,” the advert said";</script><style>p { color: red }</style></head>
<body><nav>Home | World | Sport</nav><article><h1>Kim pledges support</h1>
<p>“That’s why we came here,” Putin said when reporters asked about satellites at the cosmodrome.</p>
<p>“The glory of Russia will be immortal,” Kim Jong Un wrote in the guest book of the space centre.</p>
</article><script>document.write("“Subscribe,” said the popup")</script><footer>© Example</footer></body></html>"""


def read(*paths, **metadata):
    errors = []
    return list(read_articles(paths, errors, **metadata)), [str(e) for e in errors]


def test_seed_metadata_from_headline_and_source_lines():
    articles = {a.doc[:3]: a for a in read_articles([SEEDS])}
    assert articles["000"].title == "North Korea and Russia Now Look Like Real Allies"
    assert articles["000"].source == "19FortyFive"  # "Original News Source – 1945": the site, not a year
    assert articles["002"].source == "Today IT"
    assert articles["002"].title == "Kim restarts nuclear fight against the West at Putin’s palace"
    assert articles["003"].title is None  # "Wednesday, October 4" is a dateline, not a headline
    assert articles["001"].title is None  # opens with a sentence


@pytest.mark.parametrize("text,published", [
    ("A headline\nSeptember 13, 2023\n\nBody text here.", "2023-09-13"),
    ("A headline\nPublished: 13 Sept 2023 10:05 BST\n\nBody.", "2023-09-13"),
    ("A headline\nUpdated on Wednesday, Sep. 13, 2023\n\nBody.", "2023-09-13"),
    ("Body that ends.\n\n2023-09-14\n", "2023-09-14"),
    ("Wednesday, October 4\n\nNo year, so no date.", None),
    ("He was born on September 13, 2023 in a village, and then a long sentence followed.\n\nMore.", None),
    ("Council backs harbor plan\n\nHARBOR CITY, March 4, 2024 — The council voted.\n\nMore.", "2024-03-04"),
    ("Council backs harbor plan\n\nHARBOR CITY (March 4, 2024) — The council voted.", "2024-03-04"),
    ("Council\n\nHarbor City, Calif., March 4, 2024 (AP) - The council voted.", "2024-03-04"),
    ("Council\nBy Jane Doe | Feb. 2, 2015\n\nThe council voted.", "2015-02-02"),
    ("Council\n\nThe council voted.\n\n" + "More.\n" * 10 + "Published March 5, 2024", "2024-03-05"),
    # never a correction notice, nor a date in the story or in a timeline below it
    ("Council\n\nHARBOR CITY, Feb. 2, 2015 — The council voted.\n\nThis article was corrected on May 3, 2015.",
     "2015-02-02"),
    ("Council\nCorrected on May 3, 2015\n\nThe council voted on November 4, 2014.\n\nMore.", None),
    ("Council\n\nThe council voted.\n" + "More.\n" * 10 + "November 4, 2014\nThe vote.\nNovember 5, 2014\nThe count.",
     None),
    ("Council\n\nThe council voted.\nNovember 4, 2014\nThe vote happened.", None),
    # a date at the end of an article with a correction appended is the correction's (as NYT archives print it)
    ("Golf courses change\n\nCORRECTION APPENDED.\n\nWeeds cover the greens.\n\n" + "More.\n" * 8
     + "An article misstated the club.\n\nFriday, December 4, 2015.", None),
])
def test_published_from_a_dateline(text, published):
    assert guess_published(text) == published


@pytest.mark.parametrize("text,title", [
    ("Kim meets Putin at cosmodrome\n\nBody.", "Kim meets Putin at cosmodrome"),
    ("Kim met Putin at the cosmodrome on Wednesday.\n\nBody.", None),
    ("September 13, 2023\n\nBody.", None),
    ("Only one line", None),
])
def test_title_when_the_first_line_is_a_headline(text, title):
    assert guess_title(text) == title


def test_html_main_text_and_metadata_without_scripts(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [a], errors = read(tmp_path / "page.html")
    assert not errors
    assert "“That’s why we came here,” Putin said" in a.text and "immortal" in a.text
    assert "Subscribe" not in a.text and "Buy now" not in a.text and "color" not in a.text
    assert (a.title, a.author, a.published, a.url, a.source) == (
        "Kim pledges support", "Jane Doe", "2023-09-13", "https://example.com/world/kim-putin", "Example News")
    assert a.key == "https://example.com/world/kim-putin"


def test_html_of_scripts_only_is_skipped_with_a_reason(tmp_path):
    page = tmp_path / "scripts.htm"
    page.write_text("<html><head><script>" + "var a = 1;" * 5000
                    + "</script></head><body><script>x()</script></body></html>")
    articles, errors = read(page)
    assert articles == [] and errors == [f"{page}: no article text found in the HTML"]


def test_jsonl_records_with_fields_and_bad_lines(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([
        json.dumps({"text": "“We will win,” Kim said.", "title": "Kim", "url": "https://x.test/1", "source": "X",
                    "published": "September 13, 2023", "author": "A. Writer", "lang": "en"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "“Fine,” Putin said."}),
    ]), encoding="utf-8")
    articles, errors = read(feed)
    assert [(a.title, a.url, a.source, a.published, a.author) for a in articles] == [
        ("Kim", "https://x.test/1", "X", "2023-09-13", "A. Writer"), (None, None, None, None, None)]
    assert articles[0].extra == {"lang": "en"}
    assert articles[1].key == f"{feed.resolve()}#5" and articles[1].doc == "feed.jsonl#5"
    assert errors[0].startswith(f"{feed}#2: not JSON") and errors[1] == f"{feed}#3: record has no text"


def test_json_list_and_csv(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"text": "One.", "title": "T1"},
                                                 {"text": "Two.", "url": "https://x.test/2"}]))
    (tmp_path / "b.csv").write_text('Text,Title,source\n"“Yes,” she said, ""quoted"".",T3,S\n', encoding="utf-8")
    (tmp_path / "c.csv").write_text("body,title\nx,y\n")
    articles, errors = read(tmp_path)
    assert [(a.text, a.title, a.url, a.source) for a in articles] == [
        ("One.", "T1", None, None), ("Two.", None, "https://x.test/2", None),
        ('“Yes,” she said, "quoted".', "T3", None, "S")]
    assert errors == [f"{tmp_path / 'c.csv'}: CSV has no text column (columns: body, title)"]


def test_folders_recursively_and_globs(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("One said it.")
    (tmp_path / "a" / "b" / "two.html").write_text(PAGE)
    (tmp_path / "a" / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert [a.doc for a in read(tmp_path)[0]] == ["two.html", "one.txt"]  # a/b/two.html sorts before a/one.txt
    assert [a.doc for a in read(str(tmp_path / "**" / "*.html"))[0]] == ["two.html"]
    assert read(str(tmp_path / "*.nothing"))[1] == [f"{tmp_path / '*.nothing'}: no such file or folder"]


@pytest.mark.parametrize("data,expect", [
    (b"\xe2\x80\x9cWe will win,\xe2\x80\x9d Kim said.", ("text", "“We will win,” Kim said.")),
    (PAGE.encode(), ("html", "That’s why we came here")),
    (b'{"text": "One.", "title": "T"}\n{"text": "Two."}\n', ("jsonl", "One.")),
])
def test_standard_input(monkeypatch, data, expect):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, errors = read("-")
    assert not errors and expect[1] in articles[0].text
    assert articles[0].path is None and articles[0].doc.startswith("stdin")
    if expect[0] == "jsonl":
        assert len(articles) == 2 and articles[0].key != articles[1].key


@pytest.mark.parametrize("data,text", [
    ("“Café,” he said – twice.".encode("cp1252"), "“Café,” he said – twice."),
    ("“Café,” he said.".encode("utf-16"), "“Café,” he said."),
    ("\ufeffBOM then text.".encode("utf-8"), "BOM then text."),
])
def test_encodings_utf8_first_then_detected(tmp_path, data, text):
    (tmp_path / "a.txt").write_bytes(data)
    [a], errors = read(tmp_path / "a.txt")
    assert not errors and a.text.strip() == text


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"  \n\n\t ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, not text"),
    (bytes(range(1, 32)) * 50, "binary file, not text"),
    (b"ok " + bytes(range(0x80, 0x100)) * 4, "undecodable bytes (not UTF-8 at byte 3, and no other encoding fits)"),
])
def test_bad_files_are_named_with_a_reason(tmp_path, data, reason):
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text("“Fine,” Kim said.")
    articles, errors = read(tmp_path)
    assert [a.doc for a in articles] == ["good.txt"] and errors == [f"{tmp_path / 'bad.txt'}: {reason}"]


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50_000_000)  # sparse: costs no disk and would be binary if read
    articles, errors = read(big)
    assert articles == [] and errors == [f"{big}: over {MAX_ARTICLE_BYTES // 1_000_000} MB, too large for one article"]


def test_metadata_given_by_hand_wins(tmp_path):
    (tmp_path / "a.txt").write_text("Headline here\n\nBody.\n\nSource: Today IT")
    [a], _ = read(tmp_path / "a.txt", source="Reuters", published="2023-09-13", url="https://x.test/a")
    assert (a.source, a.published, a.url, a.key, a.title) == (
        "Reuters", "2023-09-13", "https://x.test/a", "https://x.test/a", "Headline here")


def test_without_an_errors_list_the_first_bad_input_raises(tmp_path):
    (tmp_path / "a.txt").write_text("")
    with pytest.raises(ReadError, match="a.txt: empty file"):
        list(read_articles([tmp_path]))


@pytest.mark.parametrize("through", ["real folder", "symlinked folder", "symlinked file", "relative path"])
def test_an_article_is_identified_by_its_resolved_path_however_it_is_reached(tmp_path, monkeypatch, through):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("“We will win,” Kim said.")
    (tmp_path / "linked").symlink_to(real)
    (tmp_path / "b.txt").symlink_to(real / "a.txt")
    monkeypatch.chdir(real)
    path = {"real folder": real / "a.txt", "symlinked folder": tmp_path / "linked" / "a.txt",
            "symlinked file": tmp_path / "b.txt", "relative path": Path("a.txt")}[through]
    (article,) = read_articles([path])
    assert article.path == str((real / "a.txt").resolve()) and article.key == article.path


def test_html_date_is_the_pages_own_never_one_in_the_story(tmp_path):
    page = ("<html><head><title>Council</title></head><body><article><h1>Council backs plan</h1>"
            "<p>The council first discussed the plan on November 4, 2014, and voted on it again this week, "
            "a spokesperson for the council said after a long meeting on the harbor.</p>"
            "<p>“We are glad it passed at last,” the mayor said to reporters gathered outside the hall.</p>"
            "</article></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    [a], _ = read(tmp_path / "p.html")
    assert a.published is None


def test_a_registered_reader_reads_its_suffix_in_files_folders_and_standard_input(tmp_path, monkeypatch):
    """A new input format is one function registered with quotes.read.reader."""
    from quotes import read

    monkeypatch.setattr(read, "READERS", dict(read.READERS))  # registered for this test only

    @read.reader("Markdown", ".md", sniff=lambda head: head == b"#")
    def read_markdown(path, raw, errors=None):
        text = read.decode(raw, path)
        title, _, body = text.partition("\n")
        yield read.Article(doc=path.name, text=body, title=title.lstrip("# "), path=read.resolved(path))

    (tmp_path / "a.md").write_text("# Talks resume\n“We will talk,” Putin said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Plain\n\n“Fine,” Kim said.\n", encoding="utf-8")
    (tmp_path / "c.rst").write_text("not an input when a folder is walked\n", encoding="utf-8")
    articles = list(read_articles([tmp_path]))
    assert [(a.doc, a.title) for a in articles] == [("a.md", "Talks resume"), ("b.txt", "Plain")]
    assert articles[0].text == "“We will talk,” Putin said.\n"
    assert read._sniff(b"# Headline") is read.READERS[".md"] and read._sniff(b"Headline") is read.READERS[".txt"]
    assert "Markdown (.md)" in read.formats_help()  # the command line help is built from it at import


def test_the_readers_registry_holds_the_documented_formats():
    from quotes import read

    assert {s: r.name for s, r in read.READERS.items()} == {
        ".txt": "text", ".html": "HTML", ".htm": "HTML", ".jsonl": "JSON Lines", ".json": "JSON", ".csv": "CSV"}
    assert [s for s, r in read.READERS.items() if r.records] == [".jsonl", ".json", ".csv"]
    assert read.reader_for(Path("notes.TEXT")) is read.READERS[".txt"]  # any other suffix: text
