"""One language at a time: how it is chosen, and catalogs that hold every string."""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from reader.i18n import DOMAIN, LANGUAGES, LOCALE_DIR, _, choose_language, set_language

ROOT = Path(__file__).resolve().parents[2]


# --- choosing the language ---------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "configured", "environ", "expected"),
    [
        ("fr", "en", {"LANG": "en_GB.UTF-8"}, "fr"),  # --lang wins for its run
        (None, "fr", {"LANG": "en_GB.UTF-8"}, "fr"),  # then config.toml
        (None, None, {"LANG": "fr_FR.UTF-8"}, "fr"),  # then the locale
        (None, None, {"LANGUAGE": "de:fr", "LANG": "en_US"}, "fr"),  # first spoken in LANGUAGE
        (None, None, {"LC_ALL": "fr_CA", "LANG": "en_US"}, "fr"),  # LC_ALL over LANG
        (None, None, {"LC_MESSAGES": "en_US", "LANG": "fr_FR"}, "en"),
        (None, None, {"LANGUAGE": "de", "LANG": "fr_FR"}, "fr"),  # nothing spoken: on to LANG
        (None, None, {"LC_ALL": "C", "LANG": "fr_FR"}, "en"),  # C means no preference
        (None, None, {"LANG": "de_DE"}, "en"),
        (None, None, {}, "en"),
        (None, "fr-FR", {}, "fr"),
    ],
)
def test_language_is_chosen_option_then_config_then_locale(option, configured, environ, expected):
    assert choose_language(option, configured, environ) == expected


def test_a_string_shows_in_the_chosen_language():
    set_language("fr")
    assert _("Quit") == "Quitter"
    assert _(_("Quit")) == "Quitter"  # shown again where it is displayed: unchanged
    set_language("en")
    assert _("Quit") == "Quit"


# --- the catalogs ------------------------------------------------------------------


def code_messages() -> set[str]:
    """Every message id the code marks, extracted as `make catalogs` does."""
    with (ROOT / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    ids = set()
    for folder in ("reader", "annotations"):
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / folder, method_map, options_map
        ):
            ids.add(message if isinstance(message, str) else message[0])
    return ids


def catalog(language: str, domain: str = DOMAIN):
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.po").open("rb") as po:
        return read_po(po, locale=language)


# (language, domain) of every catalog: ours in each language, click's own words in French.
CATALOGS = [(language, DOMAIN) for language in LANGUAGES] + [("fr", "click")]


def test_every_string_of_the_code_is_in_every_catalog():
    wanted = code_messages()
    assert "Quit" in wanted and "{n} article" in wanted  # the extraction found the code
    for language in LANGUAGES:
        messages = {
            m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog(language) if m.id
        }
        missing = sorted(wanted - messages.keys())
        assert not missing, f"{language}: run `make catalogs` and translate {missing}"
    french = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog("fr") if m.id}
    untranslated = sorted(
        key
        for key in wanted
        if french[key].fuzzy
        or not (
            all(french[key].string) if isinstance(french[key].string, tuple) else french[key].string
        )
    )
    assert not untranslated, f"fr: translate {untranslated}"


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)[^}]*\}", text))


@pytest.mark.parametrize("domain", [DOMAIN, "click"])
def test_translations_keep_the_placeholders(domain):
    for message in catalog("fr", domain):
        if not message.id or not message.string:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        for text in strings:
            assert placeholders(text) <= set().union(*map(placeholders, ids)), message.id


@pytest.mark.parametrize(("language", "domain"), CATALOGS)
def test_the_compiled_catalog_matches_its_source(language, domain):
    """The .mo the app reads is the .po compiled: `make catalogs` was run."""
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    expected = {}
    for message in catalog(language, domain):
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, str):
            if message.string:
                expected[message.id] = message.string
        else:  # Babel compiles an untranslated plural as its English forms
            forms = message.string if all(message.string) else message.id
            for i, form in enumerate(forms):
                expected[(message.id[0], i)] = form
    assert {k: v for k, v in compiled._catalog.items() if k != ""} == expected


# --- the command line --------------------------------------------------------------


def reader(*args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **env},
        check=True,
    )
    return result.stdout


def test_the_cli_speaks_the_language_of_lang_config_or_locale(reader_dirs, config_dir):
    env = {k: str(v) for k, v in reader_dirs.items()}
    assert "Ouvrir un article" in reader("--lang", "fr", "--help", env=env)
    assert "Open an article" in reader("--help", env={**env, "LANG": "de_DE.UTF-8"})
    assert "Ouvrir un article" in reader("--help", env={**env, "LANG": "fr_FR.UTF-8"})
    (config_dir / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    assert "Ouvrir un article" in reader("--help", env=env)
    assert "Open an article" in reader("--help", "--lang=en", env=env)


def test_the_commands_help_and_errors_speak_french_with_lang_fr(reader_dirs, tmp_path):
    """The help of the group, of a lazily loaded command and of a subgroup's command,
    and an error, all in the language chosen before the command modules load."""
    env = {k: str(v) for k, v in reader_dirs.items()}
    top = reader("--lang", "fr", "--help", env=env)
    assert "Lister les acteurs et les affirmations" in top  # analyze's short help
    assert "Exporter les notes de FILE" in top
    analyze = reader("--lang", "fr", "analyze", "--help", env=env)
    assert "Lister les acteurs et les affirmations d’un article de presse en français." in analyze
    assert "Afficher l’analyse (le contrat) en JSON." in analyze
    submit = reader("--lang", "fr", "exercise", "submit", "--help", env=env)
    assert "Votre nom, comme dans `reader exercise open`." in submit
    assert "List the actors and claims" in reader("--lang", "en", "--help", env=env)

    missing = tmp_path / "absent.txt"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--lang", "fr", "analyze", str(missing)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **env},
    )
    assert result.returncode == 2
    assert result.stderr.startswith("reader: ") and "fichier introuvable" in result.stderr
    assert str(missing) in result.stderr  # the file name itself is never translated

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--lang",
            "fr",
            "export",
            "--format",
            "md",
            "--excel",
            str(missing),
        ],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **env},
    )
    assert result.returncode == 2
    assert result.stderr == "reader: --excel ne vaut que pour --format csv\n"

    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\nid = "Bad Id"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--lang", "fr", "exercise", "open", str(bad)]
        + ["--student", "Zoé"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **env},
    )
    assert result.returncode == 2
    assert f"{bad}, ligne 2 : id : 'Bad Id' doit être fait de lettres minuscules" in result.stderr


def test_an_unreadable_file_is_said_in_the_chosen_language(reader_dirs, tmp_path):
    """Binary data, as an article or as the second article of a compare exercise."""
    env = {k: str(v) for k, v in reader_dirs.items()}
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    article = tmp_path / "article.txt"
    article.write_text("Le maire a parlé.\n", encoding="utf-8")
    for args, said in [
        (["notes", str(binary)], "semble binaire (octets NUL), pas un article"),
        (
            [
                "exercise",
                "new",
                str(article),
                "--compare",
                str(binary),
                "-o",
                str(tmp_path / "x.toml"),
            ],
            "l’article : ",
        ),
    ]:
        result = subprocess.run(
            [sys.executable, "-m", "reader", "--lang", "fr", *args],
            capture_output=True,
            text=True,
            env={"PATH": "/usr/bin:/bin", **env},
        )
        assert result.returncode == 2 and said in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


def test_a_layer_toggle_is_said_with_the_languages_punctuation():
    from reader.screens.note_keys import layer_toggled

    set_language("fr")
    french = layer_toggled("actors", False)
    set_language("en")
    assert french == "Surlignage des acteurs : masqué"
    assert layer_toggled("claims", True) == "Claim highlights: shown"


def test_the_french_catalog_of_click_translates_all_it_holds():
    """click's own words are extracted from the installed click by `make catalogs`; a
    newer click may bring new ones (shown in English until translated), but none that
    the catalog holds is left blank."""
    blank = [m.id for m in catalog("fr", "click") if m.id and not m.string]
    assert not blank, f"fr click.po: translate {blank}"


def test_clicks_own_words_speak_the_chosen_language(reader_dirs):
    """Usage, the help of --help and --version, and click's usage errors: all French
    with --lang fr (though the locale is English), all English with --lang en."""
    env = {**{k: str(v) for k, v in reader_dirs.items()}, "LANG": "en_US.UTF-8"}
    top = reader("--lang", "fr", "--help", env=env)
    assert top.startswith("Utilisation : ")
    assert "Afficher ce message et quitter." in top and "Afficher la version et quitter." in top
    assert "Commandes" in top and "Usage" not in top and "Show this" not in top
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--lang", "fr", "export", "--format", "zz", "x"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **env},
    )
    assert result.returncode == 2
    assert result.stderr.startswith("reader: Valeur invalide pour '--format'")
    assert "n'est pas l'un de" in result.stderr
    english = reader("--lang", "en", "--help", env=env)
    assert english.startswith("Usage: ") and "Show this message and exit." in english


def test_an_empty_pipe_is_said_in_the_chosen_language(reader_dirs):
    env = {k: str(v) for k, v in reader_dirs.items()}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--lang", "fr", "notes", "-"],
        input="",
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **env},
    )
    assert result.returncode == 2
    assert result.stderr == "reader: entrée standard : rien n’a été envoyé par le tube\n"


def test_no_module_that_translates_rebinds_underscore():
    """`note, _ = pair` in a module that imports `_` breaks every later `_()` there."""
    import ast

    offenders = []
    for path in [*ROOT.glob("reader/**/*.py"), *ROOT.glob("annotations/**/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports_it = any(
            isinstance(node, ast.ImportFrom)
            and node.module == "reader.i18n"
            and any(alias.name == "_" for alias in node.names)
            for node in ast.walk(tree)
        )
        # A comprehension's variable is its own: `for _ in rows` there rebinds nothing.
        own = {
            id(name)
            for node in ast.walk(tree)
            if isinstance(node, ast.comprehension)
            for name in ast.walk(node.target)
        }
        if imports_it and any(
            isinstance(node, ast.Name)
            and node.id == "_"
            and isinstance(node.ctx, ast.Store)
            and id(node) not in own
            for node in ast.walk(tree)
        ):
            offenders.append(str(path.relative_to(ROOT)))
    assert not offenders


def test_no_message_hides_inside_an_f_string():
    """Babel does not look inside f-strings: `f"{_('Notes')}"` would never reach the
    catalogs. Only `_()` of a variable (a label table's entry) may sit there."""
    import ast

    hidden = []
    for path in [*ROOT.glob("reader/**/*.py"), *ROOT.glob("annotations/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id in {"_", "N_", "ngettext"}
                    and any(isinstance(a, ast.Constant) for a in call.args)
                ):
                    hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not hidden
