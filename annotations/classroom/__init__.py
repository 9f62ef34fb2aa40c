"""Classroom exercises: hand out (exercise), annotate, hand in (submission), compare
(matching, agreement, report). No Textual imports: the app shows what these compute."""
