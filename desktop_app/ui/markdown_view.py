"""An answer's Markdown as HTML for a QTextBrowser: highlighted code, citation and copy links.

Model output is untrusted. Raw HTML is escaped, never rendered; images become links, so nothing
is ever fetched; only http, https and mailto links stay links. The app's own actions are links
the view handles itself: `copy-code:N` (N indexes `RenderedMarkdown.code_blocks`) and `cite:N`
(the source numbered N in the answer).

Rendering runs again on every streamed update, so the parser is built once and highlighted code
is cached: a finished code block is not highlighted again while the text after it streams.
Measured (markdown-it-py 4.3, Pygments 2.21, one core of a 2-core AMD EPYC VM): a 20 KB answer
with 18 Python code blocks, tables, lists and citations renders in 12-18 ms (min-median) with
highlighting cached, 15-21 ms with every block highlighted afresh. Parsing is ~85% of it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from html import escape, unescape

import pygments
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.style import StyleMeta
from pygments.styles import get_style_by_name
from pygments.token import Text
from pygments.util import ClassNotFound
from PySide6.QtCore import QCoreApplication

_LIGHT_STYLE = "default"
_DARK_STYLE = "github-dark"
_LIGHT_TEXT_COLOR = "#1f2328"  # "default" leaves plain text uncoloured; the page may be dark
# Inline code sets its text colour as well as its background, so it reads in either theme
# whatever the surrounding text's colour is.
_INLINE_CODE = {False: ("#eaeef2", "#1f2328"), True: ("#343942", "#e6edf3")}

_SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})

# "[1]", "[2, 3]": one to three digits, so a bracketed year like "[2024]" stays text.
_CITATION = re.compile(r"\[\d{1,3}(?:\s*,\s*\d{1,3})*\]")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class RenderedMarkdown:
    html: str
    code_blocks: tuple[str, ...]  # each code block's text, in order (for "copy-code:N")


def render_markdown(text: str, dark: bool = False) -> RenderedMarkdown:
    env = {"dark": dark, "code_blocks": [], "open_links": []}
    html = _parser().render(text, env)
    return RenderedMarkdown(html, tuple(env["code_blocks"]))


@functools.cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    # Every link parses, so its text shows even when its target is refused: the renderer below
    # is the one place that decides which targets stay links.
    parser.validateLink = lambda url: True
    parser.core.ruler.after("text_join", "citations", _link_citations)
    for name, rule in {
        "fence": _render_fence,
        "code_block": _render_code_block,
        "code_inline": _render_code_inline,
        "link_open": _render_link_open,
        "link_close": _render_link_close,
        "image": _render_image,
        "citation": _render_citation,
        "table_open": _render_table_open,
    }.items():
        parser.add_render_rule(name, rule)
    return parser


def _is_safe_link(url: str) -> bool:
    scheme, colon, _ = url.partition(":")
    return bool(colon) and scheme.lower() in _SAFE_LINK_SCHEMES


# --- Citations: a core rule that turns "[1]" in plain text into citation tokens -------------


def _link_citations(state: StateCore) -> None:
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        link_depth = 0  # a citation inside a link's text would be a link in a link
        for token in block.children:
            link_depth += {"link_open": 1, "link_close": -1}.get(token.type, 0)
            if token.type == "text" and link_depth == 0 and "[" in token.content:
                children.extend(_split_citations(token.content))
            else:
                children.append(token)
        block.children = children


def _split_citations(text: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    for match in _CITATION.finditer(text):
        tokens.append(_text_token(text[position : match.start()]))
        tokens.extend(_citation_tokens(match.group()))
        position = match.end()
    tokens.append(_text_token(text[position:]))
    return [token for token in tokens if token.type != "text" or token.content]


def _citation_tokens(bracketed: str) -> list[Token]:
    numbers = list(_NUMBER.finditer(bracketed))
    if len(numbers) == 1:  # "[1]": the whole bracket is the link
        return [_citation_token(bracketed, numbers[0].group())]
    tokens, position = [], 0  # "[1, 3]": each number is its own link
    for number in numbers:
        tokens.append(_text_token(bracketed[position : number.start()]))
        tokens.append(_citation_token(number.group(), number.group()))
        position = number.end()
    tokens.append(_text_token(bracketed[position:]))
    return tokens


def _citation_token(text: str, source: str) -> Token:
    return Token("citation", "", 0, content=text, meta={"source": source})


def _text_token(text: str) -> Token:
    return Token("text", "", 0, content=text)


# --- Render rules (called as the renderer's methods: self, tokens, idx, options, env) -------


def _render_citation(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    return f'<a href="cite:{token.meta["source"]}">{escape(token.content)}</a>'


def _render_link_open(self, tokens, idx, options, env) -> str:
    safe = _is_safe_link(tokens[idx].attrGet("href") or "")
    env["open_links"].append(safe)
    return self.renderToken(tokens, idx, options, env) if safe else ""


def _render_link_close(self, tokens, idx, options, env) -> str:
    safe = env["open_links"].pop() if env["open_links"] else False
    return "</a>" if safe else ""


def _render_image(self, tokens, idx, options, env) -> str:
    """An image is never shown (it would be fetched): its description, linked to its address."""
    token = tokens[idx]
    source = str(token.attrGet("src") or "")
    label = escape(self.renderInlineAsText(token.children or [], options, env) or source)
    if any(env["open_links"]) or not _is_safe_link(source):
        return label
    return f'<a href="{escape(source)}">{label}</a>'


def _render_table_open(self, tokens, idx, options, env) -> str:
    # Qt draws no cell borders or spacing unless asked, and it understands these attributes.
    return '<table border="1" cellspacing="0" cellpadding="4">\n'


def _render_code_inline(self, tokens, idx, options, env) -> str:
    background, color = _INLINE_CODE[env["dark"]]
    code = escape(_decoded(tokens[idx].content))
    return f'<code style="background-color:{background}; color:{color}">{code}</code>'


def _render_fence(self, tokens, idx, options, env) -> str:
    info = tokens[idx].info.split()
    return _render_code(_decoded(tokens[idx].content), info[0] if info else "", env)


def _render_code_block(self, tokens, idx, options, env) -> str:
    return _render_code(_decoded(tokens[idx].content), "", env)


def _decoded(code: str) -> str:
    """Code with its HTML entities decoded once. CommonMark keeps "&#39;" literal in code, but
    a model writing it there (it learnt from escaped web pages) means the character; the
    renderer escapes the result once again, so "<" in code still shows as "<"."""
    return unescape(code)


def _render_code(content: str, language: str, env) -> str:
    # The newline before the closing fence belongs to the syntax, not to the code to copy.
    code = content.removesuffix("\n")
    index = len(env["code_blocks"])
    env["code_blocks"].append(code)
    copy_text = escape(QCoreApplication.translate("MarkdownView", "Copy code"))
    return (
        f"{_highlighted_block(code, language.lower(), env['dark'])}\n"
        f'<p><small><a href="copy-code:{index}">{copy_text}</a></small></p>\n'
    )


# --- Highlighting (cached: the same finished blocks come back on every streamed update) -----


def _style_name(dark: bool) -> str:
    return _DARK_STYLE if dark else _LIGHT_STYLE


@functools.cache
def _style(dark: bool) -> StyleMeta:
    return get_style_by_name(_style_name(dark))


@functools.lru_cache(maxsize=256)
def _highlighted_block(code: str, language: str, dark: bool) -> str:
    style = _style(dark)
    text_color = style.style_for_token(Text)["color"]
    text_color = f"#{text_color}" if text_color else _LIGHT_TEXT_COLOR
    try:
        body = pygments.highlight(code, _lexer(language), _formatter(dark)).removesuffix("\n")
    except Exception:  # a lexer bug must not break the answer being shown: plain text
        body = escape(code, quote=False)
    return (
        f'<pre style="background-color:{style.background_color}; color:{text_color};'
        f' font-family:monospace; white-space:pre-wrap">{body}</pre>'
    )


@functools.lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer:
    # Unknown or missing language: plain text. Guessing (pygments.guess_lexer) tries every
    # lexer, costs milliseconds per block on every streamed update, and often guesses wrong.
    try:
        return get_lexer_by_name(language, stripnl=False)
    except ClassNotFound:
        return TextLexer(stripnl=False)


# Languages small models write most. Building a lexer compiles its regular expressions (about
# 100 ms for some), which would freeze the GUI on the first code block of that language.
COMMON_LANGUAGES = (
    "python",
    "bash",
    "sh",
    "json",
    "javascript",
    "typescript",
    "html",
    "css",
    "sql",
    "c",
    "cpp",
    "java",
    "csharp",
    "go",
    "rust",
    "yaml",
    "toml",
    "markdown",
    "r",
    "matlab",
    "octave",
    "powershell",
    "text",
)


def warm_up_highlighting() -> None:
    """Build the common lexers and both formatters ahead of time (call off the GUI thread)."""
    for language in COMMON_LANGUAGES:
        _lexer(language)
    for dark in (False, True):
        _formatter(dark)


@functools.cache
def _formatter(dark: bool) -> HtmlFormatter:
    return HtmlFormatter(noclasses=True, nowrap=True, style=_style_name(dark))
