import threading
import time

from curriculum.watch import changed_files, snapshot, watch


def test_a_snapshot_notices_an_edited_a_new_and_a_removed_file(course):
    before = snapshot(course)
    lesson = course.lessons_dir / "01-cells.md"
    lesson.write_text(lesson.read_text() + "\nMore.\n")
    (course.root / "parts" / "new.md").write_text("# New\n")
    (course.root / "parts" / "maths.md").unlink()
    changed = {course.relative(p) for p in changed_files(before, snapshot(course))}
    assert changed == {"lessons/01-cells.md", "parts/new.md", "parts/maths.md"}


def test_build_output_does_not_count_as_a_change(course):
    before = snapshot(course)
    (course.build_dir / "html").mkdir(parents=True)
    (course.build_dir / "html" / "index.html").write_text("<p>site</p>")
    assert changed_files(before, snapshot(course)) == []


def test_watch_builds_once_at_start_and_again_after_a_change(course):
    builds, messages = [], []
    done = threading.Event()

    def build():
        builds.append(time.monotonic())
        if len(builds) == 2:
            done.set()

    thread = threading.Thread(
        target=watch,
        args=(course, build, messages.append),
        kwargs={"stop": done.is_set, "poll": 0.05},
        daemon=True,
    )
    thread.start()
    while not messages:  # the first build is done and watching has begun
        time.sleep(0.01)
    lesson = course.lessons_dir / "01-cells.md"
    lesson.write_text(lesson.read_text() + "\nMore.\n")
    assert done.wait(timeout=10)
    thread.join(timeout=5)
    assert len(builds) == 2
    assert messages[-1] == "Changed: lessons/01-cells.md"
