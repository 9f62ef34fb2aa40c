"""Interpreter settings held while the screen is busy, restored when the last holder ends."""

import gc
import sys

from reader import interpreter


def test_a_setting_is_restored_when_the_last_holder_ends_in_any_order():
    log: list = []
    setting = interpreter.Held(
        lambda: log.append("apply") or "saved", lambda saved: log.append(("restore", saved))
    )
    setting.hold()
    setting.hold()  # a second screen's analysis starts
    setting.release()  # the first one ends while the second runs
    assert log == ["apply"]
    setting.release()
    assert log == ["apply", ("restore", "saved")]


def test_full_collections_and_switch_interval_while_held_then_as_before():
    threshold, interval = gc.get_threshold(), sys.getswitchinterval()
    with interpreter.NO_FULL_COLLECTIONS.held(), interpreter.QUICK_GIL_HANDOFFS.held():
        held = gc.get_threshold()
        assert held[:2] == threshold[:2] and held[2] > 10**6  # young generations untouched
        assert sys.getswitchinterval() == interpreter.QUICK_SWITCH_SECONDS < interval
    assert gc.get_threshold() == threshold and sys.getswitchinterval() == interval


def test_a_failing_block_restores_the_collector():
    before = gc.get_threshold()
    try:
        with interpreter.NO_FULL_COLLECTIONS.held():
            raise RuntimeError("the analysis process died")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before


async def test_a_reading_screen_pauses_full_collections_until_its_first_frame(
    make_app, on_first_frame
):
    before = gc.get_threshold()
    during_first_frame = on_first_frame(lambda view: gc.get_threshold()[2])
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert during_first_frame[0] > 10**6
        assert gc.get_threshold() == before
    assert gc.get_threshold() == before


async def test_the_analysis_streams_with_quick_handoffs_and_no_full_collections(
    make_app, monkeypatch
):
    import reader.analysis as analysis
    from reader.analysis import Analysis

    seen = []

    def stream(text, first=None, should_stop=None, **options):
        seen.append((sys.getswitchinterval(), gc.get_threshold()[2]))
        yield Analysis("fr", [], [], done=True, chars=len(text)), 1.0

    monkeypatch.setattr(analysis, "stream_analysis", stream)
    interval, threshold = sys.getswitchinterval(), gc.get_threshold()
    app = make_app()
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert seen == [(interpreter.QUICK_SWITCH_SECONDS, 1 << 30)]
    assert sys.getswitchinterval() == interval and gc.get_threshold() == threshold
