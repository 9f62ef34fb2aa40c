"""Classroom exercises: hand out, annotate, hand in, compare. No Textual imports.

- exercise.py    the TOML exercise file (load_exercise, scaffold), the answer key
                 (Exercise.key_spans), students' stores (student_store_dir), tags
                 on notes (tag_fields, tags_of)
- submission.py  the hand-in file: build, write, load (checksum, re-anchoring)
- handins.py     the hand-ins of a class, each with a status (ok, changed, duplicate,
                 empty, damaged, foreign)
- matching.py    a student's spans against the key's (eval/score.py's rule), Score
- scoring.py     a student's marks against the key, by layer (claims, actors)
- agreement.py   Fleiss' kappa, Krippendorff's alpha, Krippendorff's unitizing alpha
- report.py      the class report (load, build) and heat_by_sentence
- formats.py     the report as Markdown, JSON and CSV
- side_by_side.py  a compare exercise's report: article by article, and each
                 student's figures on A and on B side by side
- feedback.py    one Markdown page per student
- curate.py      a key from what the class agrees on, or reviewed passage by passage
"""
