"""The repository's copy of the annotation guidelines is the shared one, and no file
of the repository names a place on the machine it was written on."""

from __future__ import annotations

import subprocess

import pytest
from support import ROOT, shared_path


def test_docs_guidelines_are_the_shared_ones_below_their_source_line():
    shared = shared_path("eval", "GUIDELINES.md").read_text(encoding="utf-8").splitlines()
    copy = (ROOT / "docs" / "GUIDELINES.md").read_text(encoding="utf-8").splitlines()
    # The copy adds one quoted line on its source (and a blank line) under the title.
    assert copy[:1] == shared[:1] and copy[2].startswith("> A copy of `eval/GUIDELINES.md`")
    assert copy[3:] == shared[1:], "docs/GUIDELINES.md differs from the shared one: copy it over"


def test_no_tracked_file_names_the_folder_the_repository_lies_in():
    """The shared folder and the rest are found relative to the repository: a path
    through the folder that holds it works on one machine only."""
    here = f"{ROOT.parent}/"
    found = subprocess.run(
        ["git", "grep", "-n", "-F", here, "--", "."], cwd=ROOT, capture_output=True, text=True
    )
    if found.returncode not in (0, 1):  # not a git checkout (an sdist, a copied tree)
        pytest.skip(f"git grep cannot list the tracked files: {found.stderr.strip()}")
    assert found.stdout == "", found.stdout
