from curriculum.errors import Issue, sorted_issues


def test_issue_format_names_file_place_and_code():
    """An issue prints as `path:where: message [curriculum.code]`."""
    issue = Issue("_toc.yml", "12", "toc-missing-file", "'lessons/x' does not exist")
    assert issue.format() == "_toc.yml:12: 'lessons/x' does not exist [curriculum.toc-missing-file]"


def test_issue_without_place_prints_only_the_path():
    """An issue about a whole file has no `:where` part."""
    assert Issue("_toc.yml", "", "c", "m").format() == "_toc.yml: m [curriculum.c]"


def test_issues_sort_by_path_then_natural_place():
    """Line 9 sorts before line 10, and files sort by name."""
    issues = [
        Issue("b.yml", "1", "c", "m"),
        Issue("a.yml", "10", "c", "m"),
        Issue("a.yml", "9", "c", "m"),
    ]
    assert [(i.path, i.where) for i in sorted_issues(issues)] == [
        ("a.yml", "9"),
        ("a.yml", "10"),
        ("b.yml", "1"),
    ]
