"""The house rules of docs/architecture.md, read from the code itself: apps import only the
floors below them (imports inside functions included), no import hides in a function, and
no module grows past a few hundred lines."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Floor by floor; apps on the same floor (consultations, monitoring, scrutiny) import each
# other no more than they import the floors above.
FLOORS = [
    ["csp_portal"],
    ["partnerships"],
    ["subgroups"],
    ["strategies"],
    ["consultations", "monitoring", "scrutiny"],
    ["reports"],
    ["notifications"],
    ["demo"],
]
FLOOR = {app: n for n, apps in enumerate(FLOORS) for app in apps}
MAX_LINES = 400


def modules(app: str):
    return sorted((ROOT / app).rglob("*.py"))


def imported_apps(path: Path, app: str):
    """(line, app imported, inside a function?) for every import of a portal app."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            names = []
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[: len(package.split(".")) - child.level + 1]
                    names = [".".join(base + ([child.module] if child.module else []))]
                else:
                    names = [child.module]
            for name in names:
                top = name.split(".")[0]
                if top in FLOOR:
                    found.append((child.lineno, top, in_function))
            visit(child, inside)

    visit(tree, False)
    return found


@pytest.mark.parametrize("app", list(FLOOR))
def test_an_app_imports_only_the_floors_below_it(app):
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {other}"
        for path in modules(app)
        for line, other, _ in imported_apps(path, app)
        if other != app and FLOOR[other] >= FLOOR[app]
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("app", list(FLOOR))
def test_no_import_of_the_portal_hides_in_a_function(app):
    """Only an AppConfig.ready() may import (its own app's modules, once models are ready)."""
    hidden = [
        f"{path.relative_to(ROOT)}:{line} imports {other} inside a function"
        for path in modules(app)
        if path.name != "apps.py"
        for line, other, in_function in imported_apps(path, app)
        if in_function
    ]
    assert not hidden, "\n".join(hidden)


def test_the_floors_are_the_installed_apps_in_order(settings):
    portal = [app for app in settings.INSTALLED_APPS if app in FLOOR]
    assert portal == [app for floor in FLOORS for app in floor]


def test_no_module_is_over_400_lines_but_migrations_and_demo_data():
    long = [
        f"{path.relative_to(ROOT)}: {lines} lines"
        for folder in [*FLOOR, "tests", "bench", "scripts"]
        for path in modules(folder)
        if "migrations" not in path.parts
        and path.parent != ROOT / "demo" / "data"
        and (lines := len(path.read_text().splitlines())) > MAX_LINES
    ]
    assert not long, "\n".join(long)
