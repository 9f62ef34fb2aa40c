"""The notes store: CRUD, undo, documents, and what it does with damaged or
read-only folders."""

import json
import shutil
import subprocess

import pytest

from annotations.model import make_annotation
from annotations.store import Store, StoreError

TEXT = "Le Kremlin a confirmé la visite. Selon des analystes, elle pourrait durer trois jours."
SHA = "a" * 64
PATH = "/articles/visite.txt"


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("READER_DB", str(tmp_path / "db"))


def note(start=3, end=10, sha=SHA, path=PATH, **kw):
    return make_annotation(TEXT, sha, path, "Visite", start, end, author="alice", **kw)


def test_default_root_comes_from_reader_db(tmp_path):
    store = Store()
    store.add(note())
    assert store.root == tmp_path / "db" and (tmp_path / "db" / "index.json").exists()


def test_add_get_update_delete_restore():
    store = Store()
    a = note(note="vu", tags=["kremlin"])
    store.add(a)
    assert store.get(a.id) == a
    edited = store.update(a.revised(note="", category="reported"))
    assert (
        store.get(a.id) == edited
        and edited.motivation == "classifying"
        and edited.updated >= a.updated
    )
    deleted = store.delete(a.id)
    assert deleted == edited and store.get(a.id) is None and store.notes_for(SHA) == []
    store.restore(deleted)
    assert (
        store.get(a.id) == edited and Store().get(a.id) == edited
    )  # and from a fresh process view


def test_adding_the_same_note_twice_or_deleting_a_missing_one_is_a_store_error():
    store = Store()
    a = note()
    store.add(a)
    with pytest.raises(StoreError, match="already saved"):
        store.add(a)
    with pytest.raises(StoreError, match="no note"):
        store.delete("nope")


def test_notes_for_includes_earlier_versions_of_the_same_path_but_not_other_articles():
    store = Store()
    old, new, other = (
        note(sha="1" * 64),
        note(15, 20, sha="2" * 64),
        note(sha="3" * 64, path="/b.txt"),
    )
    same_text_elsewhere = note(25, 30, sha="2" * 64, path="/copy/visite.txt")
    store.add_many([old, new, other])
    store.add(same_text_elsewhere)
    assert store.notes_for("2" * 64, PATH) == [old, new, same_text_elsewhere]
    assert store.notes_for("2" * 64) == [new, same_text_elsewhere]
    assert store.notes_for("3" * 64, "/b.txt") == [other]
    assert sorted(a.id for a in store.all_notes()) == sorted(
        a.id for a in (old, new, other, same_text_elsewhere)
    )


def test_tags_in_use_most_used_first():
    store = Store()
    store.add_many([note(tags=["b", "a"]), note(tags=["b"]), note(tags=["C"])])
    assert store.tags_in_use() == ["b", "a", "C"]


def test_reading_positions_and_recent_articles():
    store = Store()
    assert store.reading_position(SHA) is None and store.recent() == []
    store.remember_opened(PATH, SHA, "Visite", 120)
    store.set_reading_position(SHA, 345)
    store.remember_opened("/b.txt", "b" * 64, "Autre", 50)
    store.remember_opened(PATH, "c" * 64, "Visite (maj)", 130)  # the same path, edited since
    assert Store().reading_position(SHA) == 345
    recent = store.recent()
    assert [r["path"] for r in recent] == [PATH, "/b.txt"]  # one entry per path
    assert recent[0]["sha256"] in (SHA, "c" * 64) and set(recent[0]) == {
        "path",
        "sha256",
        "title",
        "opened",
        "position",
        "words",
    }
    assert len(store.recent(limit=1)) == 1


def _article_files(root):
    return sorted((root / "articles").glob("*.json"))


@pytest.mark.parametrize("damage", [b'{"notes": {"x": ', b"", b"\xff\xfe garbage", b"[1, 2]"])
def test_a_damaged_article_file_is_moved_aside_with_a_warning(tmp_path, damage):
    store = Store()
    store.add(note())
    (file,) = _article_files(store.root)
    file.write_bytes(damage)
    fresh = Store()
    assert fresh.notes_for(SHA, PATH) == []
    (moved,) = list(file.parent.glob(file.name + ".corrupt-*"))
    assert moved.read_bytes() == damage
    assert (
        len(fresh.warnings) == 1
        and str(moved) in fresh.warnings[0]
        and "\n" not in fresh.warnings[0]
    )
    b = note(12, 20)
    fresh.add(b)
    assert Store().notes_for(SHA, PATH) == [b]


def test_a_damaged_index_is_moved_aside_and_rebuilt_from_the_notes(tmp_path):
    store = Store()
    a = note()
    store.add(a)
    (store.root / "index.json").write_text("")
    fresh = Store()
    assert fresh.notes_for(SHA, PATH) == [a]  # found again through the rebuilt index
    assert any("index.json" in w and "moved aside" in w for w in fresh.warnings)


def test_a_record_this_version_cannot_read_is_skipped_but_kept(tmp_path):
    store = Store()
    a = note()
    store.add(a)
    (file,) = _article_files(store.root)
    data = json.loads(file.read_text())
    data["notes"]["future"] = a.to_dict() | {"id": "future", "schema": 99}
    file.write_text(json.dumps(data))
    fresh = Store()
    assert fresh.notes_for(SHA, PATH) == [a] and "schema 99" in fresh.warnings[0]
    fresh.add(note(12, 20))
    assert "future" in json.loads(file.read_text())["notes"]  # never dropped by a later write


def test_temp_files_of_killed_writers_are_swept(tmp_path):
    store = Store()
    store.add(note())
    stale = store.root / "articles" / ".abc.json.x1y2.tmp"
    stale.write_text("{")
    Store()
    assert not stale.exists()


@pytest.fixture
def immutable_dir(tmp_path):
    """A folder nobody may write to, root included (chmod does not stop root)."""
    root = tmp_path / "ro"
    Store(root).add(note())
    if (
        shutil.which("chattr") is None
        or subprocess.run(["chattr", "+i", root], capture_output=True).returncode
    ):
        root.chmod(0o555)
        if (root / "w").touch() is None and (root / "w").exists():
            pytest.skip("cannot make a read-only folder here")
    yield root
    subprocess.run(["chattr", "-i", root], capture_output=True)
    root.chmod(0o755)


def test_a_read_only_folder_gives_a_read_only_session(immutable_dir):
    store = Store(immutable_dir)
    assert store.read_only and "read-only" in store.warnings[0]
    assert len(store.notes_for(SHA, PATH)) == 1  # reading still works
    with pytest.raises(StoreError, match="read-only"):
        store.add(note(12, 20))
    with pytest.raises(StoreError, match="read-only"):
        store.set_reading_position(SHA, 3)


def test_a_folder_that_cannot_exist_gives_a_read_only_session(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = Store(blocker / "notes")
    assert store.read_only and store.notes_for(SHA) == [] and list(store.all_notes()) == []


def test_text_with_lone_surrogates_round_trips():
    store = Store()
    a = note(
        note="coller \udce9", path="/articles/caf\udce9.txt"
    )  # as os.fsdecode gives undecodable names
    store.add(a)
    assert Store().notes_for(SHA, a.path) == [a]


def test_a_lock_held_elsewhere_is_a_store_error_not_a_hang(tmp_path, monkeypatch):
    from filelock import FileLock

    import annotations.store as store_module

    monkeypatch.setattr(store_module, "LOCK_TIMEOUT", 0.2)
    Store().add(note())
    with FileLock(str(tmp_path / "db" / ".lock")):
        store = Store()  # opens, with a warning, rather than failing
        assert "lock" in store.warnings[0] and store.notes_for(SHA, PATH)
        with pytest.raises(StoreError, match="nothing was saved"):
            store.add(note(12, 20))
