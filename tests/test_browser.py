"""End to end in a real browser: `quotes serve` driven by headless Debian Chromium through Playwright.

Searches a phrase, clicks a speaker facet, opens a quote and reads its citation, downloads
the CSV, and checks markup in a quote stays text; screenshots go to test-artifacts/.
"""

import csv
import io
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
    proc = subprocess.Popen([str(Path(sys.executable).parent / "quotes"), "serve", "--db", str(db_path), "--port", str(port)],
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

    page.locator("td.col-id a").first.click()
    page.wait_for_selector("#citation-plain")
    quote_id = page.url.rstrip("/").rsplit("/", 1)[-1]
    quote = quote_by_id(sqlite3.connect(db_path), quote_id)
    assert quote["speaker"] == "Vladimir Putin"
    for style in STYLES:
        assert page.input_value(f"#citation-{style}") == citation(quote, style)
    page.click("button[data-target=citation-plain]")
    page.wait_for_function("document.querySelector('button[data-target=citation-plain]').textContent === 'Copied'", timeout=5000)
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

    page.goto(base + "/quotes/quotes")
    page.check("form[action$='quotes.csv'] input[name=_dl]")
    with page.expect_download() as download:
        page.click("form[action$='quotes.csv'] input[type=submit]")
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
    assert links and not [u for u in links if urlsplit(u).hostname == FOREIGN or urlsplit(u).scheme not in ("http", "https")]
    assert not [u for u in sources if urlsplit(u).hostname == FOREIGN or urlsplit(u).scheme in ("javascript", "data")]
    assert page.dialogs == []
    name = path.strip("/").split("?")[0].replace("/", "-").replace("{", "").replace("}", "") or "index"
    page.screenshot(path=ARTIFACTS / f"5-hostile-metadata-{name}.png", full_page=True)
