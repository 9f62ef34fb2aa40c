"""Every module of `reader` sits in exactly one layer of the import contracts.

import-linter only checks the modules a contract names: a new module that no layer
names would escape the rule silently. This test makes it name one.
"""

from __future__ import annotations

import tomllib

from support import ROOT


def _layers() -> list[set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")
    return [{m.strip() for m in layer.replace("|", ":").split(":")} for layer in contract["layers"]]


def _top_modules() -> set[str]:
    names = {f"reader.{p.stem}" for p in (ROOT / "reader").glob("*.py") if p.stem != "__init__"}
    names |= {f"reader.{p.parent.name}" for p in (ROOT / "reader").glob("*/__init__.py")}
    return names


def test_every_reader_module_is_in_exactly_one_layer():
    layers = _layers()
    for module in sorted(_top_modules()):
        holders = [i for i, layer in enumerate(layers) if module in layer]
        assert len(holders) == 1, f"{module} is in {len(holders)} layers of pyproject.toml"


def test_annotations_is_a_layer_of_its_own():
    assert {"annotations"} in _layers()
