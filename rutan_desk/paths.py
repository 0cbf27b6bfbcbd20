"""Every file location of the app, from platformdirs; ``--data-dir`` moves all of them."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from rutan_desk import APP_ID

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    """A folder shipped beside the package: in a PyInstaller bundle, in an installed wheel
    (copied into the package as ``_name``), or in the source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(__file__).resolve().parent / f"_{name}", _SOURCE_ROOT / name]
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def migrations_dir() -> Path:
    return _bundled("migrations")


def resources_dir() -> Path:
    return _bundled("resources")


def docs_dir() -> Path:
    """The user guide (``panduan.md``) and its screenshots (``panduan/``)."""
    return _bundled("docs")


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    backups_dir: Path
    demo: bool = False

    @property
    def database_file(self) -> Path:
        return self.data_dir / ("rutan-desk-demo.sqlite" if self.demo else "rutan-desk.sqlite")

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "rutan-desk.ini"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "rutan-desk.log"

    def create(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: Path | None = None, *, demo: bool = False) -> AppPaths:
    """The user's folders, or everything under ``data_dir``. The demo lives in its own
    sub-folder so that it can never be mistaken for, or overwrite, the real database."""
    if data_dir is not None:
        root = data_dir.resolve()
        base = AppPaths(root, root, root / "logs", root / "backups")
    else:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
        data = Path(dirs.user_data_dir)
        base = AppPaths(data, Path(dirs.user_config_dir), Path(dirs.user_log_dir), data / "backups")
    if not demo:
        return base
    demo_root = base.data_dir / "demo"
    return AppPaths(demo_root, demo_root, demo_root / "logs", demo_root / "backups", demo=True)
