"""The small class of tests/classroom_fixtures.py, for the tests in this folder."""

from classroom_fixtures import article, compare_exercise, env, exercise, gold, text

__all__ = ["article", "compare_exercise", "env", "exercise", "gold", "text"]
