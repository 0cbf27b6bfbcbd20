# The two commands of the README:
#   make demo    install Rutan Desk in .venv and start it on a fresh demo database
#   make check   install the test tools and run the whole suite (lint, types, tests, migrations)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Shared libraries the Qt wheels load on Debian/Ubuntu (xcb for a desktop, EGL/GL and fonts
# for every platform, offscreen included). Installed when missing and we are root.
QT_SYSTEM_PACKAGES := libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 \
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 fonts-dejavu-core

.PHONY: demo check system-deps lint typecheck test migrations-check bench translations

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
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(MAKE) --no-print-directory system-deps
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(MAKE) --no-print-directory system-deps
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

test:
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The models and the migration scripts must describe the same schema.
migrations-check:
	@tmp=$$(mktemp -d) && \
	$(BIN)/alembic -x db_url=sqlite:///$$tmp/check.sqlite upgrade head >/dev/null && \
	$(BIN)/alembic -x db_url=sqlite:///$$tmp/check.sqlite check && \
	rm -rf $$tmp

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py

# Refresh the Indonesian catalogue from the code, then compile it (translate with pyside6-linguist).
translations:
	$(BIN)/pyside6-lupdate $$(find rutan_desk -name '*.py' | sort) -locations none -no-obsolete \
		-source-language en -target-language id_ID -ts resources/i18n/rutan_desk_id.ts
	$(BIN)/pyside6-lrelease resources/i18n/rutan_desk_id.ts -qm resources/i18n/rutan_desk_id.qm
