"""The shape of `desktop_app`'s imports, as docs/architecture.md draws it, read from the source.

Every `import` and `from ... import` counts, wherever it stands: at the top, inside a function,
or under `if TYPE_CHECKING:`. An import moved into a function to dodge a circle is still an
edge of the graph, so the circle is still found. Relative imports are resolved, and
`from package import module` is an edge to the module. `importlib.import_module("...")` with a
literal name counts too.

The rules: no import circle; `core` imports neither the app layer nor Qt; `workers` use QtCore
only (no widgets, no GUI classes); only `__main__` imports the two composition roots (`app`,
`cli`); no private name (`_x`) crosses a module. A last test imports every core module for real
and checks that Qt never got loaded, not even through a third-party library.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "desktop_app"
PACKAGE_DIR = Path(__file__).resolve().parents[1] / PACKAGE


@dataclass(frozen=True)
class Edge:
    """One imported name: `importer` (file, line) imports `target`, maybe `name` from it."""

    importer: str  # dotted module name
    target: str  # dotted module name (a desktop_app module when internal, else as written)
    line: int
    name: str | None = None  # for `from target import name` when name is not a module

    def where(self) -> str:
        return f"{module_files()[self.importer].relative_to(PACKAGE_DIR.parent)}:{self.line}"

    def describe(self) -> str:
        what = f"{self.target}.{self.name}" if self.name else self.target
        return f"{self.importer} imports {what}  ({self.where()})"


_module_files: dict[str, Path] = {}


def module_files() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its __init__.py)."""
    if not _module_files:
        for path in sorted(PACKAGE_DIR.rglob("*.py")):
            parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            _module_files[".".join(parts)] = path
    return _module_files


def _is_package(module: str) -> bool:
    return module_files()[module].name == "__init__.py"


def _resolve_relative(importer: str, level: int, module: str | None) -> str:
    """The absolute name of `from <dots><module> import ...` written in `importer`."""
    if level == 0:
        return module or ""
    package = importer if _is_package(importer) else importer.rpartition(".")[0]
    base = package.split(".")
    if level > 1:
        base = base[: -(level - 1)]
    return ".".join([*base, module] if module else base)


def _edges_of(module: str, tree: ast.AST) -> Iterable[Edge]:
    known = module_files()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Edge(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _resolve_relative(module, node.level, node.module)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in known or not base.startswith(PACKAGE):
                    # `from package import module`; for third-party packages the name may be a
                    # module too (`from PySide6 import QtWidgets`): count it as one.
                    yield Edge(module, submodule, node.lineno)
                else:
                    yield Edge(module, base, node.lineno, name=alias.name)
        elif isinstance(node, ast.Call) and _is_import_module_call(node):
            yield Edge(module, node.args[0].value, node.lineno)


def _is_import_module_call(node: ast.Call) -> bool:
    function = node.func
    named = (isinstance(function, ast.Attribute) and function.attr == "import_module") or (
        isinstance(function, ast.Name) and function.id in ("import_module", "__import__")
    )
    return (
        named
        and len(node.args) >= 1
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


_trees: dict[str, ast.Module] = {}


def parsed(module: str) -> ast.Module:
    if module not in _trees:
        path = module_files()[module]
        _trees[module] = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return _trees[module]


def all_edges() -> list[Edge]:
    return [edge for module in module_files() for edge in _edges_of(module, parsed(module))]


def internal_edges() -> list[Edge]:
    known = module_files()
    return [edge for edge in all_edges() if edge.target in known and edge.target != edge.importer]


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _offenders(edges: Iterable[Edge]) -> str:
    return "\n  ".join(sorted({edge.describe() for edge in edges}))


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


# -- the reading itself is right ----------------------------------------------------------------


def test_the_graph_reads_every_kind_of_import():
    """The parser sees imports in functions, under TYPE_CHECKING, relative ones and modules."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from desktop_app.core.ingest.document import Page\n"
        "def read():\n"
        "    from . import readers\n"
        "    from ..errors import DocumentError\n"
        "    import importlib; importlib.import_module('desktop_app.paths')\n"
    )
    edges = list(_edges_of("desktop_app.core.ingest.preparation", ast.parse(source)))
    targets = {(edge.target, edge.name) for edge in edges}
    assert ("desktop_app.core.ingest.document", "Page") in targets
    assert ("desktop_app.core.ingest.readers", None) in targets
    assert ("desktop_app.core.errors", "DocumentError") in targets
    assert ("desktop_app.paths", None) in targets
    private_use = "from desktop_app.core import store\nstore._lock\nstore.public\n"
    uses = list(_private_attribute_uses("desktop_app.core.retrieval", ast.parse(private_use)))
    assert [(use.target, use.name) for use in uses] == [("desktop_app.core.store", "_lock")]
    assert len(module_files()) >= 40  # the whole package was found, not an empty folder


# -- (a) no import circle -----------------------------------------------------------------------


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (the graph is small, but recursion limits are not)."""
    index: dict[str, int] = {}
    lowlink: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = lowlink[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = lowlink[successor] = counter
                    counter += 1
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    break
                if successor in on_stack:
                    lowlink[node] = min(lowlink[node], index[successor])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    lowlink[parent] = min(lowlink[parent], lowlink[node])
                if lowlink[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def _a_cycle_through(start: str, members: set[str], graph: dict[str, set[str]]) -> list[str]:
    """The shortest path start -> ... -> start inside one strongly connected component."""
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for successor in sorted(graph[node] & members):
                if successor == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if successor not in previous:
                    previous[successor] = node
                    following.append(successor)
        frontier = following
    return [start]


def test_no_import_circle():
    edges = internal_edges()
    graph: dict[str, set[str]] = {module: set() for module in module_files()}
    for edge in edges:
        graph[edge.importer].add(edge.target)
    circles = []
    for component in _strongly_connected(graph):
        if len(component) < 2:
            continue
        cycle = _a_cycle_through(component[0], set(component), graph)
        steps = [
            next(e for e in edges if e.importer == a and e.target == b).describe()
            for a, b in zip(cycle, cycle[1:], strict=False)
        ]
        circles.append(f"circle among {', '.join(component)}:\n    " + "\n    ".join(steps))
    assert not circles, "import circles (shared types belong in a leaf module):\n  " + (
        "\n  ".join(circles)
    )


# -- (b) core does not reach up into the app ----------------------------------------------------


def test_core_does_not_import_the_app_layer():
    # Everything outside core is the app layer, except the root package's __init__, which holds
    # only the app's name and version.
    forbidden = [
        edge
        for edge in internal_edges()
        if _within(edge.importer, "desktop_app.core")
        and edge.target != PACKAGE
        and not _within(edge.target, "desktop_app.core")
    ]
    assert not forbidden, (
        "core imports the app layer (paths, config, services, ui, workers, app, cli); pass what "
        "it needs in as parameters instead:\n  " + _offenders(forbidden)
    )


# -- (c) core has no Qt -------------------------------------------------------------------------


def _is_qt(target: str) -> bool:
    return target.split(".")[0] in ("PySide6", "shiboken6")


def test_core_does_not_import_qt():
    qt = [e for e in all_edges() if _within(e.importer, "desktop_app.core") and _is_qt(e.target)]
    assert not qt, "core imports Qt (it runs headless, in the CLI too):\n  " + _offenders(qt)


# -- (d) workers use QtCore only ----------------------------------------------------------------


def test_workers_import_no_widgets_nor_gui_classes():
    gui = [
        edge
        for edge in all_edges()
        if _within(edge.importer, "desktop_app.workers")
        and (_within(edge.target, "PySide6.QtWidgets") or _within(edge.target, "PySide6.QtGui"))
    ]
    assert not gui, "workers import QtWidgets/QtGui (a worker never touches a widget):\n  " + (
        _offenders(gui)
    )


# -- (e) nothing imports the composition roots --------------------------------------------------

_ROOTS = ("desktop_app.app", "desktop_app.cli")


def test_only_main_imports_app_and_cli():
    into_roots = [
        edge
        for edge in internal_edges()
        if edge.target in _ROOTS and edge.importer != "desktop_app.__main__"
    ]
    assert not into_roots, (
        "app.py and cli.py import everything, so nothing may import them but __main__:\n  "
        + _offenders(into_roots)
    )


# -- (f) no private name crosses a module -------------------------------------------------------


def _private_attribute_uses(module: str, tree: ast.AST) -> Iterable[Edge]:
    """`alias._name` where `alias` is a desktop_app module this one imported."""
    known = module_files()
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known and alias.asname:
                    aliases[alias.asname] = alias.name
        elif isinstance(node, ast.ImportFrom):
            base = _resolve_relative(module, node.level, node.module)
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    aliases[alias.asname or alias.name] = f"{base}.{alias.name}"
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and _is_private(node.attr)
            and aliases[node.value.id] != module
        ):
            yield Edge(module, aliases[node.value.id], node.lineno, name=node.attr)


def test_no_private_name_crosses_a_module():
    imported = [
        edge
        for edge in internal_edges()
        if (edge.name and _is_private(edge.name))
        or _is_private(edge.target.rpartition(".")[2])  # a private module, imported by name
    ]
    used = [
        edge
        for module in module_files()
        for edge in _private_attribute_uses(module, parsed(module))
    ]
    crossing = imported + used
    assert not crossing, (
        "private names used outside their module (make them public where they are defined):\n  "
        + _offenders(crossing)
    )


# -- core for real: importing every module loads no Qt ------------------------------------------

# The tests above read the source; this one runs it, so Qt pulled in by a third-party library
# that core imports would show too.
CORE_IMPORT_CHECK = """
import importlib, pkgutil, sys
import desktop_app.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "desktop_app.core.")]
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.startswith("PySide6") or m.startswith("shiboken"))
print(len(names), loaded)
assert not loaded, f"core loaded Qt: {loaded}"
"""


def test_core_imports_without_loading_pyside6():
    result = subprocess.run(
        [sys.executable, "-c", CORE_IMPORT_CHECK], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    module_count = int(result.stdout.split()[0])
    assert module_count >= 10  # every core module was really imported
