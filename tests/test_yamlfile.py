from curriculum.yamlfile import load_yaml


def test_lines_are_recorded_for_nested_keys():
    """Each key path maps to the line where the key is written."""
    document, issues = load_yaml("a: 1\nb:\n  c: 2\n  d: [1, 2]\n", "x.yml")
    assert issues == []
    assert document.line("b", "c") == 3
    assert document.line("b", "d", 1) == 4


def test_unknown_key_path_falls_back_to_nearest_parent():
    """A problem deep inside a value is reported at the closest known line."""
    document, _ = load_yaml("a: 1\nb:\n  c: 2\n", "x.yml")
    assert document.line("b", "zzz") == 2


def test_syntax_error_reports_its_line():
    """Broken YAML gives one issue naming the line, not a traceback."""
    document, issues = load_yaml("a: 1\nb: [1, 2\nc: 3\n", "x.yml")
    assert document is None
    assert len(issues) == 1
    assert issues[0].code == "yaml-syntax"
    assert issues[0].where == "3"


def test_duplicate_keys_are_reported_not_overwritten():
    """PyYAML keeps the last duplicate silently; we report it with both lines."""
    _, issues = load_yaml("a: 1\nb: 2\na: 3\n", "x.yml")
    assert [(i.where, i.code) for i in issues] == [("3", "duplicate-key")]
    assert "first used on line 1" in issues[0].message


def test_empty_document_is_none_without_issues():
    """An empty file parses to None; the caller decides whether that is a problem."""
    document, issues = load_yaml("", "x.yml")
    assert document.data is None
    assert issues == []
