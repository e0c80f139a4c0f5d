import pytest

from curriculum.book.publish import publish


def make_site(folder, text):
    folder.mkdir(parents=True)
    (folder / "index.html").write_text(text)
    return folder


def test_publish_replaces_the_old_site(tmp_path):
    """After publishing, the target holds exactly the new build."""
    target = make_site(tmp_path / "html", "old")
    (target / "stale.html").write_text("gone")
    publish(make_site(tmp_path / "stage", "new"), target)
    assert sorted(p.name for p in target.iterdir()) == ["index.html"]
    assert (target / "index.html").read_text() == "new"


def test_failed_copy_leaves_the_old_site_untouched(tmp_path):
    """If the new build cannot be copied, the published site is unchanged."""
    target = make_site(tmp_path / "html", "old")
    with pytest.raises(FileNotFoundError):
        publish(tmp_path / "no-such-build", target)
    assert (target / "index.html").read_text() == "old"


def test_publish_creates_the_site_the_first_time(tmp_path):
    """With no previous site, publishing simply creates it."""
    publish(make_site(tmp_path / "stage", "new"), tmp_path / "html")
    assert (tmp_path / "html" / "index.html").read_text() == "new"


def test_republish_picks_up_changed_files_only_from_the_new_build(tmp_path):
    """A second publish shows changed files and keeps unchanged ones, without touching the
    files of the previous site (they may be open in a browser or a web server)."""
    stage = make_site(tmp_path / "stage", "v1")
    (stage / "style.css").write_text("body {}")
    target = tmp_path / "html"
    publish(stage, target)
    old_index = (target / "index.html").stat().st_ino
    (stage / "index.html").write_text("version 2")
    publish(stage, target)
    assert (target / "index.html").read_text() == "version 2"
    assert (target / "index.html").stat().st_ino != old_index
    assert (target / "style.css").read_text() == "body {}"


def test_writing_the_stage_after_publishing_does_not_change_the_site(tmp_path):
    """Published files never share storage with the staging build that Sphinx rewrites."""
    stage = make_site(tmp_path / "stage", "v1")
    publish(stage, tmp_path / "html")
    publish(stage, tmp_path / "html")
    with (stage / "index.html").open("w") as file:  # Sphinx rewrites files in place
        file.write("half-writ")
    assert (tmp_path / "html" / "index.html").read_text() == "v1"
