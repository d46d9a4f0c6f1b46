"""The house rules `make lint` cannot see: no module uses another module's private names.

The layers and cycles are import-linter's contracts in pyproject.toml (run by `make lint`).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Private imports across modules: none allowed (plan edits live in assistant.plan_edits).
ALLOWED: set[tuple[str, str, str]] = set()  # plan edits live in assistant.plan_edits now


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def private_imports() -> set[tuple[str, str, str]]:
    """(importer, imported module, name) for every ``from M import _name`` across modules."""
    found = set()
    for path in sorted([*ROOT.glob("assistant/**/*.py"), *ROOT.glob("ui/**/*.py")]):
        importer = module_name(path)
        package = importer if path.name == "__init__.py" else importer.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            base = package.split(".")[: len(package.split(".")) - max(node.level - 1, 0)]
            source = ".".join(base + [node.module or ""]) if node.level else node.module or ""
            for alias in node.names:
                private = alias.name.startswith("_") and not alias.name.startswith("__")
                if private and source != importer:
                    found.add((importer, source, alias.name))
    return found


# ``obj._name`` on anything but self or cls: a private name of another module's object.
# LangChain builds ChatOpenAI's request in a private method we reuse to stream it ourselves.
# urllib3 has no public handle on a response's buffered socket, which the local-server
# transport reads a chunked reply from, a network read at a time (transport._dechunk).
ALLOWED_ATTRIBUTES = {
    ("assistant.engines.llm.streaming", "_get_request_payload"),
    ("assistant.engines.llm.transport", "_fp"),
}


def private_attributes() -> set[tuple[str, str]]:
    """(module, name) for every ``obj._name`` where obj is not ``self`` or ``cls``."""
    found = set()
    for path in sorted([*ROOT.glob("assistant/**/*.py"), *ROOT.glob("ui/**/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Attribute) or not node.attr.startswith("_"):
                continue
            owner = node.value
            if node.attr.startswith("__") or (
                isinstance(owner, ast.Name) and owner.id in ("self", "cls")
            ):
                continue
            found.add((module_name(path), node.attr))
    return found


def test_no_module_uses_private_attributes_of_another_modules_objects():
    assert private_attributes() - ALLOWED_ATTRIBUTES == set()
    assert ALLOWED_ATTRIBUTES - private_attributes() == set()  # each exception still needed


def test_no_module_imports_another_modules_private_names():
    assert private_imports() - ALLOWED == set()


def test_every_allowed_private_import_is_still_needed():
    assert ALLOWED - private_imports() == set()


def test_the_check_sees_a_private_import(tmp_path, monkeypatch):
    import tests.test_architecture as me

    fake = tmp_path / "assistant" / "engines"
    fake.mkdir(parents=True)
    (fake / "leaky.py").write_text(
        "from assistant.engines.select import _hidden\n\ndef peek(store):\n    store._write()\n"
    )
    monkeypatch.setattr(me, "ROOT", tmp_path)
    assert private_imports() == {("assistant.engines.leaky", "assistant.engines.select", "_hidden")}
    assert private_attributes() == {("assistant.engines.leaky", "_write")}


def test_the_layer_check_fails_on_an_upward_import_hidden_in_a_function(tmp_path):
    import shutil
    import subprocess
    import sys

    for package in ("assistant", "ui", "prompts"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    schedule = tmp_path / "assistant" / "schedule" / "days.py"
    schedule.write_text(
        schedule.read_text() + "\n\ndef peek():\n    from assistant.validators import errors\n"
    )
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={"PYTHONPATH": str(tmp_path), "PATH": str(lint.parent)},
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "assistant.schedule.days -> assistant.validators" in done.stdout
