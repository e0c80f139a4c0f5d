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
