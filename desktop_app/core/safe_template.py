"""Render a chat template from a GGUF file without letting it run away.

A GGUF's chat template is code written by whoever made the file. Jinja's
ImmutableSandboxedEnvironment (what llama-cpp-python and Hugging Face use) keeps it from
reaching Python's internals, but not from running for hours (two nested `range(100000)`) or
building a string of 10 GB (`'x' * 10**10`, a loop doubling a text); and the sandbox's compiler
folds constant expressions, so `{{ 'x' * 10**12 }}` blew up while the template was merely being
compiled. Here a template:

- runs under a time limit: a `sys.settrace` line tracer ends the render at its deadline (the
  compiled template, Jinja's runtime and filters are Python, so every loop turn passes a line);
- may not make a text or list longer than `max_chars`: the operators that can (`+ * ** %`, `~`),
  the methods and filters that take a width or a count, and every call's and filter's result are
  checked, the amplifying ones before they allocate;
- writes at most `max_chars` characters in all.

Breaking any of these, failing to parse, leaving the sandbox or raising ends in TemplateRefused
with one line of reason. Nothing here knows llama.cpp: core/llm.py builds its chat formatter on
this.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from typing import Any

import jinja2
import jinja2.ext
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

MAX_SECONDS = 2.0
MAX_CHARS = 1_000_000  # a prompt is at most a few hundred thousand characters
_MAX_JSON_INDENT = 16
# A width or precision of seven digits or more in a %-format or a str.format field.
_HUGE_FORMAT_WIDTH = re.compile(r"(%[-+ #0]*(\*|\d{7,})|%[-+ #0]*\d*\.(\*|\d{7,})|\{[^}]*\d{7,})")


class TemplateRefused(Exception):
    """The template broke a rule; `reason` says which, in one line."""

    def __init__(self, reason: str) -> None:
        self.reason = " ".join(reason.split())[:300]
        super().__init__(self.reason)


class _DeadlinePassed(BaseException):
    """Raised from the tracer: a BaseException, so no `except Exception` in Jinja swallows it."""


class SafeTemplate:
    """A chat template compiled for sandboxed, limited rendering."""

    def __init__(
        self, source: str, *, max_seconds: float = MAX_SECONDS, max_chars: int = MAX_CHARS
    ) -> None:
        self.source = source
        self.max_seconds = max_seconds
        self.max_chars = max_chars
        self._environment = _LimitedEnvironment(max_chars)
        self._template = self._guarded(lambda: self._environment.from_string(source))

    def render(self, **context: Any) -> str:
        """The template's output for `context`; TemplateRefused when a limit is broken."""

        def render() -> str:
            pieces, written = [], 0
            for piece in self._template.generate(raise_exception=_raise_exception, **context):
                written += len(piece)
                if written > self.max_chars:
                    raise _TooLarge(f"it wrote more than {self.max_chars:,} characters")
                pieces.append(piece)
            return "".join(pieces)

        return self._guarded(render)

    def _guarded(self, work: Callable[[], Any]) -> Any:
        """Run `work` under the time limit, each way it can fail turned into TemplateRefused."""
        try:
            with _Deadline(self.max_seconds):
                return work()
        except _DeadlinePassed:
            raise TemplateRefused(
                f"it ran past its time limit of {self.max_seconds:g} s, an endless loop?"
            ) from None
        except TemplateRefused:
            raise
        except jinja2.TemplateSyntaxError as error:
            raise TemplateRefused(
                f"it does not parse: line {error.lineno}, {error.message}"
            ) from None
        except SecurityError as error:
            raise TemplateRefused(f"it tried to reach outside its sandbox: {error}") from None
        except MemoryError:
            raise TemplateRefused("it needs more memory than there is") from None
        except RecursionError:
            raise TemplateRefused("it nests its macros too deep") from None
        except Exception as error:  # whatever else the template's own code trips over
            raise TemplateRefused(f"it failed: {type(error).__name__}: {error}") from None


class _TooLarge(TemplateRefused):
    pass


class _Raised(TemplateRefused):
    pass


def _raise_exception(message: str) -> None:
    """What chat templates call to reject a conversation (Hugging Face's convention)."""
    raise _Raised(f"it refused the conversation: {message}")


class _Deadline:
    """A line tracer on this thread that raises _DeadlinePassed once `seconds` have passed.

    Whatever tracer was set before (a debugger, coverage) is put back afterwards."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        deadline = time.monotonic() + self.seconds

        def trace(_frame, _event, _arg):
            if time.monotonic() > deadline:
                raise _DeadlinePassed
            return trace

        self._previous = sys.gettrace()
        sys.settrace(trace)

    def __exit__(self, *_exc) -> None:
        sys.settrace(self._previous)


# -- the environment: size checks on everything that can grow a value ---------------------------


def _size(value: Any) -> int:
    return len(value) if isinstance(value, (str, bytes, list, tuple, dict)) else 0


def _check_size(value: Any, max_chars: int) -> Any:
    if _size(value) > max_chars:
        raise _TooLarge(f"it built a value of more than {max_chars:,} items")
    return value


def _refuse_if(too_big: bool, max_chars: int) -> None:
    if too_big:
        raise _TooLarge(f"it would build a value of more than {max_chars:,} characters")


def _check_format(template: Any, max_chars: int) -> None:
    _refuse_if(isinstance(template, str) and bool(_HUGE_FORMAT_WIDTH.search(template)), max_chars)


def _check_binop(operator: str, left: Any, right: Any, max_chars: int) -> None:
    if operator == "*":
        for sequence, times in ((left, right), (right, left)):
            if _size(sequence) and isinstance(times, int):
                _refuse_if(_size(sequence) * times > max_chars, max_chars)
        if isinstance(left, int) and isinstance(right, int):
            _refuse_if(left.bit_length() + right.bit_length() > 64 * max_chars, max_chars)
    elif operator == "+":
        _refuse_if(_size(left) + _size(right) > max_chars, max_chars)
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        _refuse_if(abs(left) > 1 and right * max(1, left.bit_length()) > 64 * max_chars, max_chars)
    elif operator == "%":
        _check_format(left, max_chars)


def _replace_size(text: Any, old: Any, new: Any, count: Any = -1) -> int:
    if not (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)):
        return 0
    matches = len(text) + 1 if old == "" else text.count(old)
    if isinstance(count, int) and count >= 0:
        matches = min(matches, count)
    return len(text) + matches * (len(new) - len(old))


def _join_size(separator: Any, items: list) -> int:
    if not items:
        return 0
    return sum(_size(item) or len(str(item)) for item in items) + _size(separator) * len(items)


class _LimitedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with `~` (string concatenation) going through a size check."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_concat(context, (")
        for argument in node.nodes:
            self.visit(argument, frame)
            self.write(", ")
        self.write("))")


class _GenerationTag(jinja2.ext.Extension):
    """Passes through Hugging Face's `{% generation %}` tag, as llama-cpp-python does."""

    tags = {"generation"}

    def parse(self, parser):
        parser.stream.skip(1)
        return parser.parse_statements(("name:endgeneration",), drop_needle=True)


class _LimitedEnvironment(ImmutableSandboxedEnvironment):
    # Intercepted, these are also never folded as constants while the template compiles.
    intercepted_binops = frozenset({"+", "*", "**", "%"})
    code_generator_class = _LimitedCodeGenerator

    def __init__(self, max_chars: int) -> None:
        super().__init__(
            loader=jinja2.BaseLoader(),
            trim_blocks=True,
            lstrip_blocks=True,
            extensions=[_GenerationTag, jinja2.ext.loopcontrols],
        )
        self.max_chars = max_chars
        self.filters = {name: self._limited_filter(name, f) for name, f in self.filters.items()}
        self.filters["tojson"] = self._tojson

    def call_binop(self, context, operator, left, right):
        _check_binop(operator, left, right, self.max_chars)
        return _check_size(super().call_binop(context, operator, left, right), self.max_chars)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own signature)
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str):
            args = tuple(list(arg) if _is_iterator(arg) else arg for arg in args)
            __self._check_string_method(owner, name, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        return _check_size(result, __self.max_chars)

    def checked_concat(self, context, values: tuple) -> str:
        _refuse_if(sum(_size(value) for value in values) > self.max_chars, self.max_chars)
        join = markup_join if context.eval_ctx.autoescape else str_join
        return _check_size(join(values), self.max_chars)

    def _check_string_method(self, text: str, name: str, args: tuple, kwargs: dict) -> None:
        limit = self.max_chars
        numbers = [value for value in (*args, *kwargs.values()) if isinstance(value, int)]
        if name in ("center", "ljust", "rjust", "zfill", "expandtabs"):
            _refuse_if(any(number > limit for number in numbers), limit)
            if name == "expandtabs" and numbers:
                _refuse_if(text.count("\t") * numbers[0] > limit, limit)
        elif name == "replace" and len(args) >= 2:
            _refuse_if(_replace_size(text, *args[:3]) > limit, limit)
        elif name == "join" and args:
            _refuse_if(_join_size(text, list(args[0])) > limit, limit)
        elif name == "format":
            _check_format(text, limit)

    def _limited_filter(self, name: str, function: Callable) -> Callable:
        """The filter, with a check before it for the ones whose result can outgrow their input
        without bound, and a size check on every result."""
        limit = self.max_chars
        check = _FILTER_CHECKS.get(name)

        def limited(*args, **kwargs):
            values = [arg for arg in args if not _is_context(arg)]
            if check is not None and values:
                if _is_iterator(values[0]):
                    values[0] = list(values[0])
                    args = tuple(a for a in args if _is_context(a)) + tuple(values)
                _refuse_if(check(values, kwargs, limit), limit)
            return _check_size(function(*args, **kwargs), limit)

        # Whether Jinja passes the context or environment first is marked on the function.
        if hasattr(function, "jinja_pass_arg"):
            limited.jinja_pass_arg = function.jinja_pass_arg
        return limited

    def _tojson(self, value, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
        import json

        if isinstance(indent, int) and indent > _MAX_JSON_INDENT:
            raise _TooLarge(f"it asked tojson for an indent of {indent}")
        text = json.dumps(
            value,
            ensure_ascii=ensure_ascii,
            indent=indent,
            separators=separators,
            sort_keys=sort_keys,
        )
        return _check_size(text, self.max_chars)


def _is_context(value: Any) -> bool:
    return isinstance(value, (jinja2.runtime.Context, jinja2.nodes.EvalContext, jinja2.Environment))


def _is_iterator(value: Any) -> bool:
    return hasattr(value, "__next__")


def _number(values: list, kwargs: dict, position: int, key: str, default: int = 0) -> int:
    value = kwargs.get(key, values[position] if len(values) > position else default)
    return value if isinstance(value, int) else default


def _indent_size(values: list, kwargs: dict) -> int:
    width = kwargs.get("width", values[1] if len(values) > 1 else 4)
    per_line = _size(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    return len(str(values[0])) + per_line * (str(values[0]).count("\n") + 1)


def _sequence_total(items: Any) -> int:
    if not isinstance(items, (list, tuple)):
        return 0
    return sum(_size(item) for item in items)


# Filters whose result can be far larger than their input: (values, kwargs, limit) -> too big?
_FILTER_CHECKS: dict[str, Callable[[list, dict, int], bool]] = {
    "center": lambda v, k, limit: _number(v, k, 1, "width") > limit,
    "indent": lambda v, k, limit: _indent_size(v, k) > limit,
    "format": lambda v, k, limit: bool(isinstance(v[0], str) and _HUGE_FORMAT_WIDTH.search(v[0])),
    "replace": lambda v, k, limit: (
        _replace_size(*v[:3], _number(v, k, 3, "count", -1)) > limit if len(v) >= 3 else False
    ),
    "join": lambda v, k, limit: (
        _join_size(v[1] if len(v) > 1 else k.get("d", ""), list(v[0])) > limit
        if isinstance(v[0], (list, tuple, str))
        else False
    ),
    "wordwrap": lambda v, k, limit: (
        len(str(v[0]))
        * max(1, _size(k.get("wrapstring", v[4] if len(v) > 4 else "\n")))
        // max(1, _number(v, k, 1, "width", 79))
        > limit
    ),
    "batch": lambda v, k, limit: _number(v, k, 1, "linecount") > limit,
    "sum": lambda v, k, limit: _sequence_total(v[0]) > limit,
}
