"""Classroom exercises: hand out, annotate, hand in, compare. No Textual imports.

- exercise.py    the TOML exercise file (load_exercise, scaffold), the answer key
                 (Exercise.key_spans), students' stores (student_store_dir), tags
                 on notes (tag_fields, tags_of)
- submission.py  the hand-in file: build, write, load (checksum, re-anchoring)
- matching.py    a student's spans against the key's (eval/score.py's rule)
- agreement.py   Fleiss' kappa and Krippendorff's alpha
- report.py      the class report (build, markdown, write_csv) and heat_by_sentence
"""
