# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= db/quotes.db
# The tested versions of every dependency (made with Python 3.11); `make install CONSTRAINTS=`
# installs the newest versions pyproject.toml allows instead.
CONSTRAINTS ?= constraints.txt

.PHONY: install demo ingest serve test lint evaluate clean

$(BIN)/quotes: pyproject.toml $(CONSTRAINTS)
	@echo "make: creating $(VENV) and installing quotes with its test extras into it (pip install -e '.[test]'$(if $(CONSTRAINTS), -c $(CONSTRAINTS)))"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet $(if $(CONSTRAINTS),-c $(CONSTRAINTS)) -e ".[test]"
	touch $@

install: $(BIN)/quotes

ingest: install
	$(BIN)/quotes ingest seeds/ --db $(DB)

serve: install
	$(BIN)/quotes serve --db $(DB)

demo: ingest serve

# Debian's Chromium for tests/test_browser.py (Playwright drives it; Playwright's own browser
# download is not used). Installed once; skipped where apt-get is missing, and the test then skips.
CHROMIUM ?= /usr/bin/chromium

$(CHROMIUM):
	@if command -v apt-get >/dev/null; then \
	  echo "make: installing Debian's chromium with apt-get for the browser test (tests/test_browser.py)"; \
	  SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	else echo "make: no apt-get: install Chromium at $(CHROMIUM) to run the browser test"; fi

# Also builds the wheel and installs it into a fresh venv from the package registry
# (tests/test_wheel.py, about a minute with pip's cache warm), then runs the linters.
test: install $(CHROMIUM)
	@echo "make: running the tests; tests/test_wheel.py builds the wheel and installs it with its dependencies into a fresh venv in a temporary folder"
	$(BIN)/pytest
	$(MAKE) --no-print-directory lint

# ruff (style, imports, likely bugs) and mypy (the package's type annotations), both set up in
# pyproject.toml and expected at zero findings.
lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

evaluate: install
	$(BIN)/quotes evaluate ../shared/gold/seeds
	$(BIN)/quotes evaluate ../shared/gold/polnear-dev --kinds direct
	$(BIN)/quotes evaluate ../shared/gold/polnear-dev
	$(BIN)/quotes evaluate ../shared/gold/webnews-dev

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
