"""The sample article as the analyzer really reads it: highlights, gutter marks and
the Affirmations tab, with the real spaCy analysis (run once, then cached).

Slow (the model loads once, about 10 s). When the analyzer's rules change on
purpose, update the baseline with `--snapshot-update` and look at the SVG.
"""

from __future__ import annotations

import pytest

from reader import analysis as analyzer
from reader.app import ReaderApp
from reader.document import load_document

SIZE = (120, 40)


@pytest.mark.slow
def test_the_analysed_sample(snap_compare, sample_path):
    document = load_document(sample_path)
    analysis = analyzer.analyze(document.text)
    assert analysis.actors and analysis.claims
    analyzer.save_cached(document.sha256, analysis)  # the app shows it at first paint

    async def run_before(pilot):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        pilot.app.screen.show_tab("claims")
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(ReaderApp(document), terminal_size=SIZE, run_before=run_before)
