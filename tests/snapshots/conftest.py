"""The compare exercise of tests/classroom_fixtures.py, for the compare view's snapshots."""

from classroom_fixtures import compare_exercise, env

__all__ = ["compare_exercise", "env"]
