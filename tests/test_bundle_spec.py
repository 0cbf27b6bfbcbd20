"""build.spec ships what the frozen app reads at run time beside its code."""

from __future__ import annotations

from rutan_desk.paths import _SOURCE_ROOT, docs_dir


def test_the_bundle_ships_the_user_guide_and_its_pictures() -> None:
    spec = (_SOURCE_ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(root / "docs" / "panduan.md"), "docs")' in spec
    assert '(str(root / "docs" / "panduan"), "docs/panduan")' in spec
    assert (docs_dir() / "panduan.md").is_file()
    assert any((docs_dir() / "panduan").glob("*.png"))
