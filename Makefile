# The two commands of the README:
#   make demo    install Rutan Desk in .venv and start it on a fresh demo database
#   make check   install the test tools and run the whole suite (lint, types, tests, migrations)
#   make bundle  build the one-folder bundle (build.spec) into dist/ and self-test it

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Shared libraries the Qt wheels load on Debian/Ubuntu (xcb for a desktop, EGL/GL and fonts
# for every platform, offscreen included). Installed when missing and we are root.
QT_SYSTEM_PACKAGES := libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 \
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 fonts-dejavu-core

.PHONY: demo check bundle system-deps venv-deps lint typecheck test migrations-check bench \
	translations guide-screenshots

demo: $(VENV)/.installed
	$(BIN)/rutan-desk --demo

check: $(VENV)/.installed-test lint typecheck test migrations-check

system-deps:
	@if command -v dpkg >/dev/null 2>&1; then \
		missing=$$(for p in $(QT_SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
		if [ -n "$$missing" ]; then \
			if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
			elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo apt-get install -y -qq $$missing; \
			else echo "Please install: $$missing"; exit 1; fi; \
		fi; \
	fi

$(VENV)/bin/python:
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || $(MAKE) --no-print-directory venv-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# A stock Debian/Ubuntu ships Python without its venv module (the python3-venv package).
venv-deps:
	@version=$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
	wanted="python3-venv python$$version-venv"; \
	if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && apt-get install -y -qq python3-venv && \
		(apt-get install -y -qq python$$version-venv 2>/dev/null || true); \
	elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then \
		sudo apt-get update -qq && sudo apt-get install -y -qq python3-venv && \
		(sudo apt-get install -y -qq python$$version-venv 2>/dev/null || true); \
	else \
		echo "Python's venv module is missing. Install it (on Debian/Ubuntu: $$wanted)"; \
		echo "and run make again."; exit 1; \
	fi
	@$(PYTHON) -c "import ensurepip, venv" || \
		{ echo "Python's venv module is still missing: install python3-venv by hand."; exit 1; }

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(MAKE) --no-print-directory system-deps
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(MAKE) --no-print-directory system-deps
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

$(VENV)/.installed-bundle: pyproject.toml | $(VENV)/bin/python
	$(MAKE) --no-print-directory system-deps
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $(VENV)/.installed $@

# The bundle the clerk gets (here for Linux; the same spec on a Windows PC makes the .exe), then
# the frozen app checks itself (a temporary database, a PDF and its preview), and its size and
# its start time (until its first window is shown, on a second start: the first one migrates).
# build/ keeps PyInstaller's analysis between runs.
BUNDLE := dist/rutan-desk
bundle: $(VENV)/.installed-bundle
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen $(BUNDLE)/rutan-desk --self-test
	@echo "bundle size: $$(du -sh $(BUNDLE) | cut -f1)"
	@tmp=$$(mktemp -d) && \
	QT_QPA_PLATFORM=offscreen $(BUNDLE)/rutan-desk --data-dir $$tmp --quit-after-show && \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -c 'import subprocess, sys, time; \
		started = time.perf_counter(); subprocess.run(sys.argv[1:], check=True); \
		print(f"frozen start: {time.perf_counter() - started:.2f} s")' \
		$(BUNDLE)/rutan-desk --data-dir $$tmp --quit-after-show && \
	rm -rf $$tmp

# Each step installs what it needs first, so that `make test` alone or `make -j check` works on
# a fresh clone.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The models and the migration scripts must describe the same schema.
migrations-check: $(VENV)/.installed-test
	@tmp=$$(mktemp -d) && \
	$(BIN)/alembic -x db_url=sqlite:///$$tmp/check.sqlite upgrade head >/dev/null && \
	$(BIN)/alembic -x db_url=sqlite:///$$tmp/check.sqlite check && \
	rm -rf $$tmp

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py

# Refresh the Indonesian catalogue from the code, then compile it (translate with pyside6-linguist).
translations: $(VENV)/.installed-test
	$(BIN)/pyside6-lupdate $$(find rutan_desk -name '*.py' | sort) -locations none -no-obsolete \
		-source-language en -target-language id_ID -ts resources/i18n/rutan_desk_id.ts
	$(BIN)/pyside6-lrelease resources/i18n/rutan_desk_id.ts -qm resources/i18n/rutan_desk_id.qm

# The screenshots of the user guide (docs/panduan/*.png), from a fresh demo database, offscreen.
guide-screenshots: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots.py
