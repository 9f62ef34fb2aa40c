"""Full collections paused while analyses stream, restored when the last one ends."""

import gc

from reader import heap


def test_full_collections_wait_until_the_last_pauser_ends_in_any_order():
    before = gc.get_threshold()
    first, second = heap.no_full_collections(), heap.no_full_collections()
    first.__enter__()
    paused = gc.get_threshold()
    assert paused[:2] == before[:2] and paused[2] > 10**6  # young generations untouched
    second.__enter__()
    first.__exit__(None, None, None)  # the first screen's analysis ends while the second's runs
    assert gc.get_threshold() == paused
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before


def test_a_failing_block_restores_the_collector():
    before = gc.get_threshold()
    try:
        with heap.no_full_collections():
            raise RuntimeError("the analysis process died")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before


async def test_a_reading_screen_pauses_full_collections_until_its_first_frame(make_app, on_first_frame):
    before = gc.get_threshold()
    during_first_frame = on_first_frame(lambda view: gc.get_threshold()[2])
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert during_first_frame[0] > 10**6
        assert gc.get_threshold() == before
    assert gc.get_threshold() == before
