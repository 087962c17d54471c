PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint bench bench-web soak soak-pg clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/gyeot run

# The browser tests (tests/web) drive Debian's Chromium; nothing downloads a browser.
BROWSER_PACKAGES := chromium chromium-driver fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

test: $(STAMP)
	@test -x /usr/bin/chromium || { $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(BROWSER_PACKAGES); }
	$(BIN)/python -m pytest -q -n 2 --dist worksteal

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

check: $(STAMP)
	scripts/check

bench: $(STAMP)
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

bench-web: $(STAMP)
	$(BIN)/python -m benchmarks.web $(BENCH_WEB_ARGS)

soak: $(STAMP)
	$(BIN)/python -m benchmarks.soak $(SOAK_ARGS)

soak-pg: $(STAMP)
	$(BIN)/python -m benchmarks.soak --processes 3 --storage postgresql $(SOAK_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
