"""The built site carries its own MathJax and icons and links nothing on other hosts."""

import re

import pytest

pytestmark = pytest.mark.slow

REMOTE = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*(?:src|href)=["'](?:https?:)?//""")


def pages(project):
    return sorted(project.html_dir.rglob("*.html"))


def test_no_page_links_a_script_style_or_image_on_another_host(built_course):
    """No <script>, <link>, <img> or <iframe> points at another host."""
    offenders = [p.name for p in pages(built_course) if REMOTE.search(p.read_text())]
    assert offenders == []


def test_maths_page_uses_the_local_mathjax(built_course):
    """Pages with maths load MathJax from _static/offline, and MathJax's fonts are there."""
    page = (built_course.html_dir / "parts" / "maths.html").read_text()
    assert 'src="../_static/offline/mathjax/tex-chtml.js' in page
    fonts = built_course.html_dir / "_static/offline/mathjax/output/chtml/fonts/woff-v2"
    assert any(fonts.glob("*.woff"))


def test_pages_without_maths_do_not_load_mathjax(built_course):
    """MathJax (about 1.2 MB) is loaded only where there is maths."""
    assert "tex-chtml.js" not in (built_course.html_dir / "lessons" / "01-cells.html").read_text()


def test_icon_script_is_replaced_by_local_icon_css(built_course):
    """The theme's 1.5 MB icon script is neither linked nor shipped; the icon CSS is."""
    page = (built_course.html_dir / "index.html").read_text()
    assert "fontawesome.js" not in page
    assert "_static/offline/fontawesome/css/all.min.css" in page
    assert not list(built_course.html_dir.glob("_static/scripts/fontawesome.js*"))
    assert any(built_course.html_dir.glob("_static/offline/fontawesome/webfonts/*.woff2"))


def test_rebuild_does_not_fight_the_theme_over_asset_files(course):
    """Our copies live apart from the theme's, so neither overwrites the other on a rebuild."""
    from curriculum.build import build_site

    build_site(course, progress=lambda message: None)
    fonts = course.stage_dir / "html" / "_static" / "offline" / "fontawesome" / "webfonts"
    before = {p.name: p.stat().st_mtime_ns for p in fonts.iterdir()}
    build_site(course, force=True, progress=lambda message: None)
    assert {p.name: p.stat().st_mtime_ns for p in fonts.iterdir()} == before


def test_no_thebe_or_require_js(built_course):
    """Thebe and require.js (both from CDNs) are not on any page."""
    for page in pages(built_course):
        text = page.read_text()
        assert "thebe" not in text.lower(), page.name
        assert "require.js" not in text and "require.min.js" not in text, page.name


def test_notebook_pages_offer_the_notebook_for_download(built_course):
    """Students can always download a notebook to run it themselves."""
    page = (built_course.html_dir / "notebooks" / "01-growth.html").read_text()
    assert "_sources/notebooks/01-growth.ipynb" in page
    assert (built_course.html_dir / "_sources" / "notebooks" / "01-growth.ipynb").is_file()


def test_no_launch_buttons_by_default(built_course):
    """Binder, Colab and JupyterHub buttons are off unless a teacher turns them on."""
    page = (built_course.html_dir / "notebooks" / "01-growth.html").read_text()
    for service in ("mybinder", "colab", "hub/user-redirect"):
        assert service not in page


def test_jupyterhub_url_adds_a_launch_button(course):
    """Setting the school's hub in _config.yml adds a launch link to notebook pages."""
    from curriculum.build import build_site

    config = course.config_path.read_text()
    config = config.replace('jupyterhub_url: ""', 'jupyterhub_url: "https://hub.school.example"')
    config = config.replace('  url: ""', '  url: "https://github.com/school/course"')
    course.config_path.write_text(config)
    result = build_site(course, progress=lambda message: None)
    assert result.ok, [i.format() for i in result.issues]
    page = (course.html_dir / "notebooks" / "01-growth.html").read_text()
    assert "https://hub.school.example/hub/user-redirect/git-pull?" in page


def test_dataset_page_shows_columns_sources_and_every_row(built_course):
    """The `dataset` directive renders the manifest's facts and the whole table."""
    page = (built_course.html_dir / "appendices" / "data-milestones.html").read_text()
    assert "Checked as of" in page and "2026-11-01" in page
    assert page.count('href="https://www.nobelprize.org/prizes/medicine/2012/summary/"') == 1
    assert "First CAR-T therapy approved in the US" in page
    assert "The data (2 rows)" in page
