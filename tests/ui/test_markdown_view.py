"""Answer Markdown to HTML: structure, highlighted code, citation and copy links, and safety."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QTextBrowser

from desktop_app.ui.markdown_view import RenderedMarkdown, render_markdown

ANSWER = """# Findings

The report covers **three** regions and ~~four~~ quarters [1].

- growth in the north [2, 3]
- losses in the south

| region | sales |
|--------|------:|
| north  |   120 |

```python
def total(rows):
    return sum(row.sales for row in rows if row.sales < 1000)  # [9]
```

Use `config[4]` to change it.

    plain indented block
"""


@pytest.fixture(scope="module")
def rendered() -> RenderedMarkdown:
    return render_markdown(ANSWER)


def test_headings_lists_emphasis_and_tables(rendered):
    html = rendered.html
    assert "<h1>Findings</h1>" in html
    assert "<strong>three</strong>" in html
    assert "<s>four</s>" in html
    assert "<li>losses in the south</li>" in html
    assert re.search(r"<table[^>]*>", html)
    assert "<th>region</th>" in html
    assert re.search(r"<td[^>]*>120</td>", html)


def test_code_blocks_are_highlighted_and_kept_exactly(rendered):
    assert rendered.code_blocks == (
        "def total(rows):\n    return sum(row.sales for row in rows if row.sales < 1000)  # [9]",
        "plain indented block",
    )
    python_block = rendered.html.split("<pre", 2)[1]
    assert "monospace" in python_block.split(">", 1)[0]
    assert "background-color:" in python_block.split(">", 1)[0]
    assert re.search(r'<span style="[^"]*color: #[0-9A-Fa-f]+[^"]*">def</span>', python_block)
    assert "&lt;" in python_block and "< 1000" not in python_block  # escaped, not markup


def test_copy_code_links_follow_each_block_in_order(rendered):
    links = re.findall(r'<a href="copy-code:(\d+)">Copy code</a>', rendered.html)
    assert links == ["0", "1"]
    first_pre_end = rendered.html.index("</pre>")
    assert rendered.html.index('href="copy-code:0"') > first_pre_end
    assert rendered.html.index('href="copy-code:0"') < rendered.html.index("<pre", first_pre_end)


def test_citations_are_linked_but_not_inside_code(rendered):
    html = rendered.html
    assert '<a href="cite:1">[1]</a>' in html
    assert '[<a href="cite:2">2</a>, <a href="cite:3">3</a>]' in html
    assert 'href="cite:9"' not in html  # "# [9]" is in the code block
    assert 'href="cite:4"' not in html  # "config[4]" is inline code
    assert "<code" in html and "config[4]</code>" in html


def test_adjacent_citations_and_non_citations():
    html = render_markdown("Both [1][2]. Not [a], [^1], [2024] or [x](https://e.org).").html
    assert '<a href="cite:1">[1]</a><a href="cite:2">[2]</a>' in html
    assert html.count('href="cite:') == 2
    assert "[a]" in html and "[^1]" in html and "[2024]" in html
    assert '<a href="https://e.org">x</a>' in html


def test_raw_html_is_escaped_not_rendered():
    html = render_markdown(
        'Hi <script>alert("x")</script> <img src="http://evil.example/p.png"> '
        '<b onclick="x()">b</b>\n\n<div><img src=http://evil.example/q.png></div>\n'
    ).html
    assert "<script" not in html
    assert "<img" not in html
    assert "<b " not in html and "<div" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;img src=" in html


def test_markdown_images_become_links_never_img():
    html = render_markdown(
        "![a chart](http://evil.example/chart.png) ![local](file:///etc/passwd) "
        "[![inner](http://evil.example/i.png)](https://example.org)"
    ).html
    assert "<img" not in html
    assert '<a href="http://evil.example/chart.png">a chart</a>' in html
    assert "local" in html and "file:" not in html
    assert '<a href="https://example.org">inner</a>' in html  # no link inside the link


def test_only_web_and_mail_links_stay_links():
    html = render_markdown(
        "[web](https://example.org) [mail](mailto:a@example.org) [js](javascript:alert(1)) "
        "[file](file:///etc/passwd) [app](copy-code:0) <javascript:alert(2)>"
    ).html
    assert '<a href="https://example.org">web</a>' in html
    assert '<a href="mailto:a@example.org">mail</a>' in html
    assert re.findall(r'<a href="([^"]*)"', html) == ["https://example.org", "mailto:a@example.org"]
    assert "js" in html and "file" in html and "app" in html  # their text stays, as text


def test_dark_and_light_differ():
    light = render_markdown("```python\nx = 1\n```")
    dark = render_markdown("```python\nx = 1\n```", dark=True)
    assert light.html != dark.html
    assert light.code_blocks == dark.code_blocks == ("x = 1",)


@pytest.mark.parametrize("fence_info", ["no-such-language", "", "{.python}", "c++ title=x"])
def test_any_fence_language_renders(fence_info):
    result = render_markdown(f"```{fence_info}\nint main() {{ return 1 < 2; }}\n```\n")
    assert result.code_blocks == ("int main() { return 1 < 2; }",)
    assert "<pre" in result.html


@pytest.mark.parametrize(
    "partial",
    ["```py", "```python\ndef f(", "Text [1", "| a | b |\n|--", "**bold", "![img](http://e"],
)
def test_partial_streaming_text_renders(partial):
    result = render_markdown(f"Intro.\n\n{partial}")
    assert "Intro." in result.html
    assert "<img" not in result.html


def test_unclosed_fence_is_a_code_block_while_streaming():
    result = render_markdown("Here:\n\n```python\nfor i in range(3):\n    print(i")
    assert result.code_blocks == ("for i in range(3):\n    print(i",)
    assert 'href="copy-code:0"' in result.html


class RecordingBrowser(QTextBrowser):
    """A QTextBrowser that records every resource (image, stylesheet) the HTML asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind, url):  # noqa: N802 (Qt's name)
        self.requested.append(url.toString())
        return super().loadResource(kind, url)


def test_shown_in_a_real_text_browser_fetches_nothing(qtbot):
    browser = RecordingBrowser()
    qtbot.addWidget(browser)
    browser.setOpenLinks(False)  # the chat view handles cite:, copy-code: and web links
    markdown = ANSWER + "\n![x](http://evil.example/x.png) <img src=http://evil.example/y.png>"
    browser.setHtml(render_markdown(markdown).html)
    browser.document().adjustSize()  # layout is what loads images

    plain = browser.toPlainText()
    assert "The report covers three regions" in plain
    assert "return sum(row.sales for row in rows if row.sales < 1000)  # [9]" in plain
    assert "Copy code" in plain
    assert browser.requested == []

    code = browser.document().find("def total")
    assert QFontInfo(code.charFormat().font()).fixedPitch()

    # The check above can fail: the same browser does fetch an image from raw HTML.
    browser.setHtml('<img src="http://control.example/x.png">')
    browser.document().adjustSize()
    assert browser.requested
    assert set(browser.requested) == {"http://control.example/x.png"}


def shown(qtbot, markdown: str, dark: bool = False, width: int | None = None) -> QTextBrowser:
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(render_markdown(markdown, dark=dark).html)
    if width is not None:
        browser.document().setTextWidth(width)
    return browser


@pytest.mark.parametrize(
    "markdown",
    ["It&#39;s here [1]", "`it&#39;s`", "```\nit&#39;s\n```", "**it&#39;s**", "it&apos;s"],
)
def test_html_entities_are_decoded_once_and_never_shown(qtbot, markdown):
    plain = shown(qtbot, markdown).toPlainText()
    assert "it's" in plain.lower()
    assert "&#39;" not in plain and "&amp;" not in plain and "&apos;" not in plain


def test_code_keeps_its_angle_brackets_and_ampersands(qtbot):
    plain = shown(qtbot, "`a < b && c`\n\n```\nif a < b && c:\n```").toPlainText()
    assert "a < b && c" in plain and "if a < b && c:" in plain


def contrast(one: QColor, other: QColor) -> float:
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    bright, dim = sorted((luminance(one), luminance(other)), reverse=True)
    return (bright + 0.05) / (dim + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_inline_code_reads_in_both_themes(qtbot, dark):
    """Its text colour is set with its background: light-theme inline code was dark text on the
    dark theme's near-black background."""
    browser = shown(qtbot, "Run `make test` now.", dark=dark)
    code = browser.document().find("make test").charFormat()
    foreground, background = code.foreground().color(), code.background().color()
    assert code.foreground().style() != Qt.BrushStyle.NoBrush  # not left to the palette
    assert contrast(foreground, background) >= 4.5


def test_a_long_code_line_wraps_within_the_width(qtbot):
    browser = shown(qtbot, "```\n" + "x = 1; " * 60 + "\n```", width=300)
    assert browser.document().size().width() <= 301
    assert browser.document().size().height() > 3 * browser.fontMetrics().lineSpacing()
