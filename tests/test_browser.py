"""End to end in a real browser: `quotes serve` driven by headless Debian Chromium through Playwright.

Does the reader's tasks of the README's table, counting clicks (everything one speaker said, a
phrase to a copied citation, a quote checked against its paragraph, a speaker's quotes as a
spreadsheet), checks that no page a reader lands on shows an id and that the rows come before
the column notes; searches a phrase, clicks a speaker facet, opens a quote and reads its
citation, downloads the CSV, and checks markup in a quote stays text. Screenshots go to
test-artifacts/ (the README's come from docs/screenshots.py).
"""

import csv
import io
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ROOT
from quotes.cite import STYLES, citation, quote_by_id
from test_publish import HOSTILE_METADATA_PAGES, RAW_SCRIPT, hostile_ids, hostile_metadata_db, reading_room_db

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
# Flags known to work for headless Chromium run as root in containers.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(), reason=f"no Chromium at {CHROMIUM}: `make test` installs Debian's chromium"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`quotes serve` on the seeds plus an article quoting markup; yields (base URL, database path)."""
    yield from serving(reading_room_db(tmp_path_factory.mktemp("browser")))


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """`quotes serve` on the seeds plus a page with JSON-shaped metadata and a script URL."""
    yield from serving(hostile_metadata_db(tmp_path_factory.mktemp("browser-hostile")))


def serving(db_path):
    """Serve ``db_path`` until the module's tests are done; yields (base URL, database path)."""
    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "quotes"), "serve", "--db", str(db_path), "--port",
                             str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"`quotes serve` did not start: {proc.stdout.read().decode(errors='replace')}")
            time.sleep(0.2)
    yield base, db_path
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_ARGS, accept_downloads=True,
        )
        page = context.new_page()
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        yield page
        context.close()


def cell_texts(page, column):
    return page.locator(f"table.rows-and-columns td.col-{column}").all_inner_texts()


def test_search_facet_quote_page_and_csv(server, page):
    base, db_path = server
    page.goto(base + "/quotes/quotes")
    page.fill("input[name=_search]", '"sacred fight"')
    page.press("input[name=_search]", "Enter")
    page.wait_for_url("**_search=*")
    db = sqlite3.connect(db_path)
    (matching,) = db.execute("select count(*) from quotes where text like '%sacred fight%'").fetchone()
    texts = cell_texts(page, "text")
    assert len(texts) == matching >= 3 and all("sacred fight" in t for t in texts)
    page.screenshot(path=ARTIFACTS / "1-search.png", full_page=True)

    page.goto(base + "/quotes/quotes")
    page.locator("#facet-speaker_id a", has_text="Vladimir Putin").first.click()
    page.wait_for_url("**speaker_id=*")
    (putin,) = db.execute(
        "select count(*) from quotes join speakers on speakers.id = speaker_id where speakers.name = 'Vladimir Putin'"
    ).fetchone()
    speakers = cell_texts(page, "speaker_id")
    assert len(speakers) == min(putin, 100) > 10 and all(s.startswith("Vladimir Putin") for s in speakers)
    page.screenshot(path=ARTIFACTS / "2-speaker-facet.png", full_page=True)

    page.locator("td.col-text a").first.click()
    page.wait_for_selector("#citation-plain")
    quote_id = page.url.rstrip("/").rsplit("/", 1)[-1]
    quote = quote_by_id(sqlite3.connect(db_path), quote_id)
    assert quote["speaker"] == "Vladimir Putin"
    for style in STYLES:
        assert page.input_value(f"#citation-{style}") == citation(quote, style)
    page.click("button[data-target=citation-plain]")
    page.wait_for_function("document.querySelector('button[data-target=citation-plain]').textContent === 'Copied'",
                           timeout=5000)
    page.screenshot(path=ARTIFACTS / "3-quote-citation.png", full_page=True)

    page.goto(base + "/")
    page.click("text=Check a quote")
    page.fill("#check-text", "the glory of Russia which gave birth to the first conquerors of space will live forever")
    page.select_option("#check-style", "mla")
    page.click("form.check-quote input[type=submit]")
    page.wait_for_selector(".check-result")
    first = page.locator(".check-result").first
    assert first.locator(".verdict").inner_text() == "close" and "Kim Jong Un" in first.inner_text()
    assert first.locator(".word-diff del").inner_text() == "live forever"
    assert first.locator(".word-diff ins").inner_text() == "be immortal"
    assert "(qtd. in" in first.locator("textarea.citation").input_value()
    page.screenshot(path=ARTIFACTS / "3b-check-a-quote.png", full_page=True)

    page.goto(base + "/quotes/quotes?_labels=on&_stream=on")
    with page.expect_download() as download:
        page.click("a.csv-export")
    saved = ARTIFACTS / "quotes.csv"
    download.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    stored = dict(sqlite3.connect(db_path).execute("select id, text from quotes").fetchall())
    assert {r["id"]: r["text"] for r in rows} == stored
    assert "Dmitry Peskov" in {r["speaker_id_label"] for r in rows}


@pytest.mark.parametrize("path, name", [
    ("/-/search?q=paste", "search-all"),
    ("/quotes/quotes?_search=paste", "table-search"),
    ("/quotes/cite?phrase=never+paste", "cite-query"),
])
def test_markup_in_a_quote_stays_text_in_the_browser(server, page, path, name):
    base, _ = server
    page.goto(base + path)
    page.wait_for_selector(f"text={RAW_SCRIPT}")
    assert page.locator("b", has_text="bold").count() == 0
    assert page.dialogs == []
    page.screenshot(path=ARTIFACTS / f"4-markup-{name}.png", full_page=True)


FOREIGN = "evil.example"


@pytest.mark.parametrize("path", HOSTILE_METADATA_PAGES + ["/-/search?q=vote"])
def test_no_foreign_link_image_or_script_from_article_metadata(hostile_server, page, path):
    base, db_path = hostile_server
    page.goto(base + path.format(**hostile_ids(db_path)))
    page.wait_for_load_state("networkidle")
    assert FOREIGN in page.inner_text("body"), "the metadata is on the page, as text"
    links = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    sources = page.eval_on_selector_all("img, script[src], iframe, embed, object, link[href]",
                                        "els => els.map(e => e.src || e.href || e.data || '')")
    # the site's own links may carry the metadata in their query (a facet's filter), never as their host
    assert links and not [u for u in links if urlsplit(u).hostname == FOREIGN
                          or urlsplit(u).scheme not in ("http", "https")]
    assert not [u for u in sources if urlsplit(u).hostname == FOREIGN or urlsplit(u).scheme in ("javascript", "data")]
    assert page.dialogs == []
    name = path.strip("/").split("?")[0].replace("/", "-").replace("{", "").replace("}", "") or "index"
    page.screenshot(path=ARTIFACTS / f"5-hostile-metadata-{name}.png", full_page=True)


# The reader's tasks of the README, each done as a reader would from the page it starts on,
# counting clicks (typing and Enter are not clicks).
HEX_ID = re.compile(r"\b[0-9a-f]{16}\b")


class Clicks:
    def __init__(self, page):
        self.page, self.count = page, 0

    def __call__(self, selector, **kwargs):
        self.page.locator(selector, **kwargs).first.click()
        self.count += 1


def speaker_row(db_path, name):
    return sqlite3.connect(db_path).execute("select id, quote_count from speakers where name = ?", [name]).fetchone()


def test_task_everything_one_speaker_said(server, page):
    """From the home page: find a speaker by an alias, open them; every quote is on their page."""
    base, db_path = server
    _, count = speaker_row(db_path, "Dmitry Peskov")
    page.goto(base + "/")
    click = Clicks(page)
    page.fill("#home-speaker-search", "Peskov")
    page.press("#home-speaker-search", "Enter")
    page.wait_for_url("**/speakers?_search=Peskov")
    click("td.col-name a", has_text="Dmitry Peskov")
    page.wait_for_selector("table.speaker-quotes-table")
    assert click.count <= 2
    assert page.title() == "Dmitry Peskov" and page.inner_text("h1") == "Dmitry Peskov"
    assert page.locator("table.speaker-quotes-table tbody tr").count() == count
    kinds = set(page.locator("table.speaker-quotes-table td.col-kind").all_inner_texts())
    assert kinds and kinds <= {"verbatim", "partial", "reported"}
    page.screenshot(path=ARTIFACTS / "task-1-speaker.png", full_page=True)

    page.goto(base + "/")  # or straight from the most quoted
    page.locator(".most-quoted a", has_text="Kim Jong Un").click()
    _, kim = speaker_row(db_path, "Kim Jong Un")
    assert page.locator("table.speaker-quotes-table tbody tr").count() == kim


def test_task_a_phrase_to_a_copied_citation(server, page):
    base, db_path = server
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page.goto(base + "/")
    click = Clicks(page)
    page.fill("#home-quote-search", '"sacred fight to defend"')
    page.press("#home-quote-search", "Enter")
    page.wait_for_url("**/quotes?_search=*")
    click("td.col-text a", has_text="sacred fight to defend")
    page.wait_for_selector("#citation-plain")
    click("button[data-target=citation-plain]")
    page.wait_for_function("document.querySelector('button[data-target=citation-plain]').textContent === 'Copied'",
                           timeout=5000)
    assert click.count <= 3
    quote = quote_by_id(sqlite3.connect(db_path), page.url.rstrip("/").rsplit("/", 1)[-1])
    expected = citation(quote, "plain")
    assert page.evaluate("navigator.clipboard.readText()") == expected
    assert expected.startswith("“sacred fight to defend sovereignty and security,” Kim Jong Un")
    page.screenshot(path=ARTIFACTS / "task-2-citation.png", full_page=True)


def test_task_a_quote_checked_against_its_paragraph(server, page):
    """One click from a quote in a list: its paragraph, the quote marked, who it was resolved from."""
    base, db_path = server
    quote_id, text, mention = sqlite3.connect(db_path).execute(
        "select id, text, speaker_mention from quotes "
        "where mention_kind = 'pronoun' and speaker_name = 'Kim Jong Un' limit 1").fetchone()
    speaker, _ = speaker_row(db_path, "Kim Jong Un")
    page.goto(base + f"/quotes/speakers/{speaker}")
    click = Clicks(page)
    click(f"table.speaker-quotes-table a[href$='{quote_id}']")
    page.wait_for_selector(".excerpt mark")
    assert click.count == 1
    assert page.inner_text(".excerpt mark#the-quote") == text
    paragraph = page.locator(".excerpt p", has=page.locator("mark#the-quote")).inner_text()
    assert text in paragraph and mention in paragraph and len(paragraph) > len(text) + len(mention)
    assert page.inner_text(".speaker-resolution").startswith(f"“{mention}” → Kim Jong Un")
    assert page.locator(".caution").is_visible() and "pronoun" in page.inner_text(".caution")
    assert page.locator(".confidence").inner_text()
    page.screenshot(path=ARTIFACTS / "task-3-paragraph.png", full_page=True)


def test_task_a_speakers_quotes_as_a_spreadsheet(server, page):
    base, db_path = server
    _, count = speaker_row(db_path, "Kim Jong Un")
    page.goto(base + "/")
    click = Clicks(page)
    click(".most-quoted a", has_text="Kim Jong Un")
    page.wait_for_selector("a.spreadsheet-export")
    with page.expect_download() as download:
        click("a.spreadsheet-export")
    assert click.count <= 2
    saved = ARTIFACTS / "task-4-kim-jong-un.csv"
    download.value.save_as(saved)
    raw = saved.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, as Excel reads it"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0]) == ["speaker", "quote", "kind", "cue", "outlet", "date", "headline", "url", "citation"]
    assert len(rows) == count and {r["speaker"] for r in rows} == {"Kim Jong Un"}
    assert any("’" in r["quote"] for r in rows), "curly apostrophes survive"
    assert download.value.suggested_filename == "quotes-kim-jong-un.csv"
    page.screenshot(path=ARTIFACTS / "task-4-speaker-page.png", full_page=True)


def main_pages(db_path):
    """The pages a reader lands on, on the seeds: home, tables, a quote, a speaker, an article, a cluster, queries."""
    conn = sqlite3.connect(db_path)
    (quote,) = conn.execute("select id from quotes where cluster_id is not null and article_id in "
                            "(select id from articles where title is null) limit 1").fetchone()
    (speaker,) = conn.execute("select id from speakers order by quote_count desc limit 1").fetchone()
    (article,) = conn.execute("select id from articles where title is null limit 1").fetchone()
    (cluster,) = conn.execute("select id from quote_clusters order by sources_count desc limit 1").fetchone()
    return [
        "/", "/quotes", "/quotes/quotes", "/quotes/speakers", "/quotes/articles", "/quotes/quote_clusters",
        f"/quotes/quotes/{quote}", f"/quotes/speakers/{speaker}", f"/quotes/articles/{article}",
        f"/quotes/quote_clusters/{cluster}",
        f"/quotes/quotes?speaker_id={speaker}", f"/quotes/quotes?article_id={article}", "/quotes/quotes?_search=sacred",
        "/quotes/speakers?_search=kim", "/-/search?q=sacred+fight", "/quotes/cite?phrase=sacred+fight",
        "/quotes/speaker_quotes?speaker=Peskov", "/quotes/quotes?_kind=reported&_facet=cue",
    ]


def test_no_id_is_visible_on_the_main_pages(server, page):
    base, db_path = server
    for path in main_pages(db_path):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        seen = page.evaluate("document.title + '\\n' + document.body.innerText")
        assert not HEX_ID.findall(seen), f"{path}: {HEX_ID.findall(seen)[:3]}"
    page.screenshot(path=ARTIFACTS / "6-no-ids-last-page.png", full_page=True)


def test_the_rows_come_before_the_column_notes(server, page):
    base, _ = server
    page.set_viewport_size({"width": 1280, "height": 800})
    for path in ("/quotes/quotes", "/quotes/quotes?_search=russia", "/quotes/speakers"):
        page.goto(base + path)
        search = page.locator("#_search").bounding_box()
        first_row = page.locator("table.rows-and-columns tbody tr").first.bounding_box()
        assert search["y"] < 300 and first_row["y"] < 600, (path, search, first_row)
        assert not page.locator("dl.column-descriptions").is_visible()
    page.click("details.column-notes summary")
    assert page.locator("dl.column-descriptions").is_visible()
