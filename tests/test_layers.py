"""The house rules, read from the source: the layers point one way, no module of a layer is
part of an import cycle, and the UI writes only through the operation runner."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "rutan_desk"


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    """The rutan_desk (and Qt) modules ``path`` imports; with ``top_level_only``, not those
    imported inside functions (an import on first use cannot close a cycle at load time)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.If):  # TYPE_CHECKING blocks do not import at run time
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_layers_point_one_way() -> None:
    allowed = {
        "domain": {"domain"},
        "store": {"store", "domain", "paths"},
        "reports": {"reports", "domain", "paths"},
        "services": {"services", "store", "reports", "domain", "paths"},
        "ui": {"ui", "services", "domain", "paths"},
    }
    wrong = []
    modules = _modules()
    for module, path in modules.items():
        layer = _layer(module)
        if layer not in allowed:
            continue
        for name in _imports(path):
            if name.startswith("PySide6") and layer != "ui":
                wrong.append(f"{module} imports Qt ({name})")
            if name.startswith("rutan_desk.") and name in modules:
                target = _layer(name)
                if target not in allowed[layer] and target != "":
                    wrong.append(f"{module} imports {name}")
    assert wrong == []


def test_no_import_cycles() -> None:
    modules = _modules()
    graph = {
        module: {name for name in _imports(path, top_level_only=True) if name in modules}
        for module, path in modules.items()
    }
    # A package's __init__ is imported with each of its modules: it is not an edge back.
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in graph[module]:
            if module.startswith(target + "."):
                continue
            if state.get(target) == 1:
                cycles.append([*trail[trail.index(target) :], target])
            elif state.get(target) is None:
                visit(target, [*trail, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_ui_writes_only_through_the_operation_runner() -> None:
    """A widget never opens a database session and never words a database error itself."""
    offenders = []
    for module, path in _modules().items():
        if _layer(module) != "ui":
            continue
        text = path.read_text(encoding="utf-8")
        for forbidden in (".write()", "db.read()", "except DatabaseBusyError", "data_changed"):
            if forbidden in text:
                offenders.append(f"{module}: {forbidden}")
    assert offenders == []
