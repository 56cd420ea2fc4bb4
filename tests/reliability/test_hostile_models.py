"""Hostile models: GGUF files whose header or chat template is built to break Lokal.

Each is a copy of the bundled SmolLM2 with one thing made hostile, written here with the `gguf`
package's constants and plain struct packing (so the test needs nothing but the bundled model):
alignment fields of the wrong kind, a context length of 2^32-1, block counts llama.cpp rejects,
arrays and strings whose lengths lie, a tensor table cut short, an architecture llama.cpp lacks,
and chat templates that do not parse, try to leave Jinja's sandbox, build huge strings, loop for
hours, raise or write nothing. Every one must end as a one-line ModelError (or, for a template
the family's standard one can replace, a model that loads with that one and says why), in the
engine, the header reader and the CLI alike; never a traceback, never a hang.
"""

from __future__ import annotations

import struct
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from gguf import GGUF_MAGIC, GGUFValueType
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ModelError
from desktop_app.core.models.gguf_info import read_gguf_info, validate_gguf
from tests.reliability.conftest import failure_text, run_lokal

_SCALAR_FORMATS = {
    GGUFValueType.UINT8: "B",
    GGUFValueType.INT8: "b",
    GGUFValueType.UINT16: "H",
    GGUFValueType.INT16: "h",
    GGUFValueType.UINT32: "I",
    GGUFValueType.INT32: "i",
    GGUFValueType.FLOAT32: "f",
    GGUFValueType.BOOL: "?",
    GGUFValueType.UINT64: "Q",
    GGUFValueType.INT64: "q",
    GGUFValueType.FLOAT64: "d",
}

# How long one header may take before it counts as a hang (not a speed target).
HANG_SECONDS = 30.0


# -- GGUF surgery: the bundled model's header as raw pieces, put back together changed ----------


def _string(text: str | bytes) -> bytes:
    data = text.encode() if isinstance(text, str) else text
    return struct.pack("<Q", len(data)) + data


def _scalar(kind: GGUFValueType, value) -> tuple[int, bytes]:
    return int(kind), struct.pack("<" + _SCALAR_FORMATS[kind], value)


def _text(value: str) -> tuple[int, bytes]:
    return int(GGUFValueType.STRING), _string(value)


def _array(item_kind: GGUFValueType, items: list, count: int | None = None) -> tuple[int, bytes]:
    body = b"".join(
        _string(item) if item_kind == GGUFValueType.STRING else _scalar(item_kind, item)[1]
        for item in items
    )
    head = struct.pack("<IQ", int(item_kind), len(items) if count is None else count)
    return int(GGUFValueType.ARRAY), head + body


@dataclass
class GgufParts:
    """A GGUF cut into its parts: metadata entries kept as raw bytes, the tensor table and the
    tensor data as they are. `build` joins them again, with whatever a test changed."""

    version: int
    entries: dict[str, tuple[int, bytes]]  # key -> (value type, the value's raw bytes)
    tensor_count: int
    tensor_table: bytes
    data: bytes = field(repr=False)

    @classmethod
    def read(cls, path: Path) -> GgufParts:
        blob = path.read_bytes()
        view = memoryview(blob)
        position = 4

        def take(fmt: str):
            nonlocal position
            values = struct.unpack_from("<" + fmt, view, position)
            position += struct.calcsize("<" + fmt)
            return values[0]

        def skip_string() -> None:
            nonlocal position
            position += 8 + struct.unpack_from("<Q", view, position)[0]

        def skip_value(kind: int) -> None:
            nonlocal position
            if kind == GGUFValueType.STRING:
                skip_string()
            elif kind == GGUFValueType.ARRAY:
                item_kind, count = take("I"), take("Q")
                for _ in range(count):
                    skip_value(item_kind)
            else:
                position += struct.calcsize(_SCALAR_FORMATS[GGUFValueType(kind)])

        assert blob[:4] == struct.pack("<I", GGUF_MAGIC)
        version, tensor_count, entry_count = take("I"), take("Q"), take("Q")
        entries = {}
        for _ in range(entry_count):
            start = position
            skip_string()
            key = bytes(view[start + 8 : position]).decode()
            kind = take("I")
            value_start = position
            skip_value(kind)
            entries[key] = (kind, bytes(view[value_start:position]))
        table_start = position
        for _ in range(tensor_count):
            skip_string()
            dims = take("I")
            position += 8 * dims + 4 + 8
        tensor_table = bytes(view[table_start:position])
        data_start = -(-position // 32) * 32
        return cls(version, entries, tensor_count, tensor_table, blob[data_start:])

    def changed(self, **entries: tuple[int, bytes] | None) -> dict[str, tuple[int, bytes]]:
        """The entries with some replaced (a value) or removed (None); keys use __ for dots."""
        result = dict(self.entries)
        for name, value in entries.items():
            key = name.replace("__", ".")
            if value is None:
                result.pop(key, None)
            else:
                result[key] = value
        return result

    def header(
        self,
        entries: dict[str, tuple[int, bytes]] | None = None,
        *,
        version: int | None = None,
        tensor_count: int | None = None,
        entry_count: int | None = None,
        tensor_table: bytes | None = None,
    ) -> bytes:
        entries = self.entries if entries is None else entries
        parts = [
            struct.pack("<I", GGUF_MAGIC),
            struct.pack("<I", self.version if version is None else version),
            struct.pack("<Q", self.tensor_count if tensor_count is None else tensor_count),
            struct.pack("<Q", len(entries) if entry_count is None else entry_count),
        ]
        for key, (kind, raw) in entries.items():
            parts += [_string(key), struct.pack("<I", kind), raw]
        parts.append(self.tensor_table if tensor_table is None else tensor_table)
        header = b"".join(parts)
        return header + b"\0" * (-len(header) % 32)

    def write(self, path: Path, header: bytes, *, real_data: bool) -> Path:
        """The header, then the tensor data: the real weights, or (for files llama.cpp must
        refuse on their header alone) zeros, as a sparse file that costs no disk."""
        with path.open("wb") as handle:
            handle.write(header)
            if real_data:
                handle.write(self.data)
            else:
                handle.truncate(len(header) + len(self.data))
        return path


def _first_tensor_with(parts: GgufParts, dims: int) -> bytes:
    """The tensor table with its first tensor claiming `dims` dimensions."""
    name_length = struct.unpack_from("<Q", parts.tensor_table, 0)[0]
    at = 8 + name_length
    return parts.tensor_table[:at] + struct.pack("<I", dims) + parts.tensor_table[at + 4 :]


U32_MAX = 2**32 - 1

# name -> a function of the parts giving the hostile header. These the header reader or
# llama.cpp must refuse: each must end in a ModelError.
HEADER_CASES = {
    "alignment-zero": lambda p: p.header(
        p.changed(general__alignment=_scalar(GGUFValueType.UINT32, 0))
    ),
    "alignment-huge": lambda p: p.header(
        p.changed(general__alignment=_scalar(GGUFValueType.UINT64, 2**63))
    ),
    "alignment-not-power-of-two": lambda p: p.header(
        p.changed(general__alignment=_scalar(GGUFValueType.UINT32, 48))
    ),
    "alignment-array": lambda p: p.header(
        p.changed(general__alignment=_array(GGUFValueType.UINT32, [32]))
    ),
    "alignment-float": lambda p: p.header(
        p.changed(general__alignment=_scalar(GGUFValueType.FLOAT32, 0.5))
    ),
    "alignment-string": lambda p: p.header(p.changed(general__alignment=_text("thirty-two"))),
    "block-count-negative": lambda p: p.header(
        p.changed(llama__block_count=_scalar(GGUFValueType.INT32, -1))
    ),
    "block-count-zero": lambda p: p.header(
        p.changed(llama__block_count=_scalar(GGUFValueType.UINT32, 0))
    ),
    "expert-count-huge": lambda p: p.header(
        p.changed(llama__expert_count=_scalar(GGUFValueType.UINT32, 100_000))
    ),
    "block-count-huge": lambda p: p.header(
        p.changed(llama__block_count=_scalar(GGUFValueType.UINT32, U32_MAX))
    ),
    "head-count-zero": lambda p: p.header(
        p.changed(llama__attention__head_count=_scalar(GGUFValueType.UINT32, 0))
    ),
    "tokens-wrong-type": lambda p: p.header(
        p.changed(tokenizer__ggml__tokens=_array(GGUFValueType.FLOAT32, [0.5] * 100))
    ),
    "architecture-unknown": lambda p: p.header(p.changed(general__architecture=_text("hostile"))),
    "architecture-wrong-type": lambda p: p.header(
        p.changed(general__architecture=_scalar(GGUFValueType.UINT32, 7))
    ),
    "array-count-huge": lambda p: p.header(
        p.changed(general__tags=_array(GGUFValueType.UINT8, [1, 2, 3], count=2**63 + 5))
    ),
    "string-array-count-huge": lambda p: p.header(
        p.changed(general__tags=_array(GGUFValueType.STRING, ["a"], count=2**62))
    ),
    "string-length-huge": lambda p: p.header(
        p.changed(general__name=(int(GGUFValueType.STRING), struct.pack("<Q", 2**40) + b"x"))
    ),
    "unknown-value-type": lambda p: p.header(p.changed(general__name=(99, b"\0" * 8))),
    "tensor-table-cut": lambda p: p.header(tensor_table=p.tensor_table[: len(p.tensor_table) // 2]),
    "tensor-dims-huge": lambda p: p.header(tensor_table=_first_tensor_with(p, U32_MAX)),
    "tensor-count-huge": lambda p: p.header(tensor_count=2**40),
    "entry-count-huge": lambda p: p.header(entry_count=2**62),
    "version-unknown": lambda p: p.header(version=999),
}

# A file that would exist if a template escaped the sandbox (the path is substituted per test).
ESCAPE_PROOF = "ESCAPED"
_ESCAPES = {
    "template-escape-class": (
        "{{ ''.__class__.__mro__[1].__subclasses__() }}{{ messages[0]['content'] }}"
    ),
    "template-escape-cycler": (
        "{{ cycler.__init__.__globals__.os.system('touch " + ESCAPE_PROOF + "') }}"
    ),
    "template-escape-context": (
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen("
        "'touch " + ESCAPE_PROOF + "').read() }}"
    ),
    "template-escape-joiner": (
        "{{ joiner.__init__.__globals__.os.system('touch " + ESCAPE_PROOF + "') }}"
    ),
}
_DOUBLING = (
    "{% set ns = namespace(text='x') %}"
    "{% for _ in range(64) %}{% set ns.text = ns.text + ns.text %}{% endfor %}{{ ns.text }}"
)
TEMPLATE_CASES = {
    "template-syntax-error": "{% for message in messages %}{{ message['content'] }",
    **_ESCAPES,
    "template-huge-string": "{{ 'x' * 10**12 }}",
    "template-huge-power": "{{ 10 ** (10 ** 10) }}",
    "template-doubling-loop": _DOUBLING,
    "template-doubling-concat": _DOUBLING.replace("ns.text + ns.text", "ns.text ~ ns.text"),
    "template-long-loop": (
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"
    ),
    "template-raises": "{{ raise_exception('this template refuses every conversation') }}",
    "template-outputs-nothing": "{% if false %}never{% endif %}",
    "template-huge-padding": "{{ 'x'.center(10**12) }}",
}
# A name whose family has no standard template Lokal knows: a refused template fails the load.
NO_FAMILY_NAME = "Mistral Hostile Test"


@pytest.fixture(scope="module")
def hostile(chat_model_path, tmp_path_factory):
    """Every hostile file, written once for the module: name -> path."""
    parts = GgufParts.read(chat_model_path)
    folder = tmp_path_factory.mktemp("hostile-models")
    files = {}
    for name, make in HEADER_CASES.items():
        files[name] = parts.write(folder / f"{name}.gguf", make(parts), real_data=False)
    for name, template in TEMPLATE_CASES.items():
        source = template.replace(ESCAPE_PROOF, str(folder / f"{name}.{ESCAPE_PROOF}"))
        entries = parts.changed(tokenizer__chat_template=_text(source))
        files[name] = parts.write(folder / f"{name}.gguf", parts.header(entries), real_data=True)
        orphan = parts.changed(
            tokenizer__chat_template=_text(source),
            general__name=_text(NO_FAMILY_NAME),
            general__basename=_text("hostile"),
        )
        files[f"{name}-no-family"] = parts.write(
            folder / f"{name}-no-family.gguf", parts.header(orphan), real_data=True
        )
    (folder / "not-gguf.gguf").write_bytes(b"GGUX" + parts.header()[4:])
    files["not-gguf"] = folder / "not-gguf.gguf"
    (folder / "empty.gguf").write_bytes(b"")
    files["empty"] = folder / "empty.gguf"
    return files


def _load(path: Path):
    from desktop_app.core.llm import ChatEngine, EngineSettings

    return ChatEngine(path, EngineSettings(context_length=512, temperature=0.0, max_tokens=4))


def _one_line_model_error(error: ModelError) -> None:
    assert error.code in {
        "model_damaged",
        "model_not_gguf",
        "model_unsupported",
        "model_load_failed",
        "model_template_refused",
    }, error.code
    assert "\n" not in error.message and error.message.strip()


# -- the header reader ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*HEADER_CASES, "not-gguf", "empty"])
def test_the_header_reader_refuses_or_reads_each_hostile_header_quickly(hostile, name):
    """Only ModelError, promptly: no TypeError, ZeroDivisionError, OverflowError, no crawl
    through the whole file one field at a time (that took minutes; the bound is a hang guard
    with room for a busy CI machine, not a speed target)."""
    started = time.perf_counter()
    try:
        validate_gguf(hostile[name])
    except ModelError as error:
        _one_line_model_error(error)
    assert time.perf_counter() - started < HANG_SECONDS


@pytest.mark.parametrize("name", [*HEADER_CASES, "not-gguf", "empty"])
def test_the_engine_gives_a_model_error_for_each_hostile_header(hostile, name):
    with pytest.raises(ModelError) as caught:
        _load(hostile[name]).close()
    _one_line_model_error(caught.value)


@pytest.fixture(scope="module")
def huge_context(chat_model_path, tmp_path_factory):
    parts = GgufParts.read(chat_model_path)
    entries = parts.changed(llama__context_length=_scalar(GGUFValueType.UINT32, U32_MAX))
    path = tmp_path_factory.mktemp("huge-context") / "context-2-32.gguf"
    return parts.write(path, parts.header(entries), real_data=True)


@pytest.mark.parametrize("asked", [4096, None])
def test_a_context_length_of_2_to_the_32_minus_1_is_not_trusted(huge_context, asked):
    """llama.cpp reads 4294967295 as -1 (llama-cpp-python then failed with 'Array length must
    be >= 0, not -1'): the header reader calls such a length unknown, and the window asked for
    (or the automatic one) is what loads."""
    from desktop_app.core.llm import ChatEngine, EngineSettings

    assert read_gguf_info(huge_context).context_length is None
    engine = ChatEngine(huge_context, EngineSettings(context_length=asked, max_tokens=2))
    try:
        assert 256 <= engine.context_length <= (asked or 1 << 20)
    finally:
        engine.close()


# -- hypothesis: byte flips anywhere in the first 64 KB -------------------------------------------


@pytest.fixture(scope="module")
def header_bytes(chat_model_path):
    """The bundled model's header (metadata, vocabulary, tensor table) and a little data."""
    parts = GgufParts.read(chat_model_path)
    return parts.header(), len(parts.data)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    flips=st.lists(
        st.tuples(st.integers(0, 64 * 1024 - 1), st.integers(1, 255)), min_size=1, max_size=12
    )
)
def test_byte_flips_in_the_header_give_only_a_model_error(header_bytes, tmp_path, flips):
    header, data_size = header_bytes
    damaged = bytearray(header)
    for offset, mask in flips:
        damaged[offset] ^= mask
    path = tmp_path / "flipped.gguf"
    with path.open("wb") as handle:
        handle.write(damaged)
        handle.truncate(len(damaged) + data_size)  # sparse: the weights' size, no disk
    started = time.perf_counter()
    try:
        validate_gguf(path)
    except ModelError as error:
        _one_line_model_error(error)
    # A hang guard, not a speed target: the reader's work is bounded by the file's size, but a
    # flip that makes it walk a long array took 3.8 s on a busy machine (2 s was flaky in CI).
    assert time.perf_counter() - started < HANG_SECONDS


# -- chat templates -------------------------------------------------------------------------------

_TRIAL = [
    {"role": "system", "content": "Answer from the sources."},
    {"role": "user", "content": "What is the capital of Denmark?"},
]


@pytest.mark.parametrize("name", list(TEMPLATE_CASES))
def test_a_hostile_template_is_replaced_by_the_family_template_and_says_why(hostile, name):
    """SmolLM2's family (ChatML) template takes over; the engine says why, counts and answers
    with the replacement, and the hostile one never runs again."""
    started = time.perf_counter()
    engine = _load(hostile[name])
    try:
        assert time.perf_counter() - started < 30  # the long loop is cut after its 2 s
        assert engine.template_source == "family"
        assert engine.template_problem and "\n" not in engine.template_problem
        assert engine.count_prompt_tokens(_TRIAL) > engine.count_tokens(_TRIAL[1]["content"])
        answer = "".join(engine.stream_chat(_TRIAL, max_tokens=2))
        assert isinstance(answer, str)
    finally:
        engine.close()
    assert not list(hostile[name].parent.glob(f"*.{ESCAPE_PROOF}"))


@pytest.mark.parametrize("name", list(TEMPLATE_CASES))
def test_a_hostile_template_without_a_family_template_refuses_the_model(hostile, name):
    started = time.perf_counter()
    with pytest.raises(ModelError) as caught:
        _load(hostile[f"{name}-no-family"]).close()
    assert caught.value.code == "model_template_refused"
    _one_line_model_error(caught.value)
    assert time.perf_counter() - started < 30
    assert not list(hostile[name].parent.glob(f"*.{ESCAPE_PROOF}"))


def test_the_long_loop_is_refused_within_a_few_seconds(hostile):
    """Two nested range(100000): 10^10 turns, hours; refused at the render's time limit."""
    started = time.perf_counter()
    with pytest.raises(ModelError, match="time"):
        _load(hostile["template-long-loop-no-family"]).close()
    assert time.perf_counter() - started < 15


def test_the_bundled_template_still_renders_as_before(chat_model_path):
    """The safe renderer changes nothing for a well-behaved template: llama-cpp-python's own
    formatter and Lokal's give the same prompt."""
    from llama_cpp import llama_chat_format

    engine = _load(chat_model_path)
    try:
        assert engine.template_source == "gguf" and engine.template_problem is None
        theirs = llama_chat_format.Jinja2ChatFormatter(
            template=engine.info.chat_template, bos_token="", eos_token="<|im_end|>"
        )
        assert engine.render_prompt(_TRIAL) == theirs(messages=_TRIAL).prompt
    finally:
        engine.close()


# -- the CLI: one line, exit 1, no traceback ------------------------------------------------------

CLI_CASES = [
    "alignment-zero",
    "alignment-array",
    "array-count-huge",
    "tensor-table-cut",
    "architecture-unknown",
    "template-syntax-error-no-family",
    "template-long-loop-no-family",
]


@pytest.mark.long
@pytest.mark.parametrize("name", CLI_CASES)
def test_lokal_models_add_says_what_is_wrong_in_one_line(hostile, tmp_path, name):
    result = run_lokal("models", "add", hostile[name], data_dir=tmp_path / "data", timeout=120)
    _assert_one_line_failure(result)


@pytest.mark.long
@pytest.mark.parametrize("name", ["alignment-zero", "template-long-loop-no-family"])
def test_lokal_ask_with_a_hostile_model_says_what_is_wrong_in_one_line(hostile, tmp_path, name):
    result = run_lokal(
        "ask", "--model", hostile[name], "what is this?", data_dir=tmp_path / "data", timeout=300
    )
    _assert_one_line_failure(result)


@pytest.mark.long
def test_lokal_models_list_shows_a_hostile_file_as_a_problem(hostile, tmp_path):
    data = tmp_path / "data"
    models = data / "models"
    models.mkdir(parents=True)
    names = ("alignment-zero", "alignment-array", "array-count-huge", "tensor-dims-huge")
    for name in names:
        (models / f"{name}.gguf").symlink_to(hostile[name])
    result = run_lokal("models", "list", data_dir=data, timeout=120)
    assert result.returncode == 0, failure_text(result)
    assert "Traceback" not in result.stderr + result.stdout
    listed = [line for line in result.stdout.splitlines() if str(models) in line]
    assert len(listed) == len(names), result.stdout
    assert all("PROBLEM: the model file is truncated or damaged" in line for line in listed)


@pytest.mark.long
def test_lokal_ask_with_a_replaced_template_says_so_once_on_stderr(hostile, tmp_path):
    result = run_lokal(
        "ask",
        "--model",
        hostile["template-syntax-error"],
        "what is this?",
        data_dir=tmp_path / "data",
        timeout=300,
    )
    assert result.returncode == 0, failure_text(result)
    assert "Traceback" not in result.stderr
    assert result.stderr.count("chat template") == 1, failure_text(result)


def _assert_one_line_failure(result) -> None:
    assert result.returncode == 1, failure_text(result)
    assert "Traceback" not in result.stderr + result.stdout, failure_text(result)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("lokal: "), failure_text(result)


# -- the window's LLM worker: a failed load is a signal with the ModelError, never a crash ----


def test_the_llm_worker_reports_hostile_models_and_a_replaced_template(qapp, hostile):
    from desktop_app.core.llm import EngineSettings
    from desktop_app.workers.llm_worker import LlmWorker

    settings = EngineSettings(context_length=512, max_tokens=2)
    worker = LlmWorker(hostile["template-syntax-error"], settings)
    failed, loaded, replaced = [], [], []
    worker.model_failed.connect(lambda path, error: failed.append((path, error)))
    worker.model_loaded.connect(lambda path, _info: loaded.append(path))
    worker.model_template_replaced.connect(lambda path, reason: replaced.append((path, reason)))
    try:
        worker.load_model(str(hostile["template-syntax-error"]), settings)
        assert loaded == [str(hostile["template-syntax-error"])]
        assert replaced and "does not parse" in replaced[0][1]
        for name in ("alignment-array", "block-count-huge", "template-long-loop-no-family"):
            worker.load_model(str(hostile[name]), settings)
            assert failed[-1][0] == str(hostile[name])
            assert isinstance(failed[-1][1], ModelError)
            _one_line_model_error(failed[-1][1])
        # The model that loaded before is loaded again after each failure, and still answers.
        assert loaded[-1] == str(hostile["template-syntax-error"])
    finally:
        worker.close()


# -- the limited renderer on its own (no model) ---------------------------------------------------

RENDERER_CASES = {
    **TEMPLATE_CASES,
    "percent-width": "{{ '%1000000000s' % 'x' }}",
    "format-width": "{{ '{:>1000000000}'.format('x') }}",
    "replace-empty": "{{ ('x' * 1000) | replace('', 'y' * 1000) }}",
    "join-method": "{{ ''.join(['x' * 100000] * 100000) }}",
    "join-filter": "{{ (['x' * 100000] * 100000) | join }}",
    "lipsum": "{{ lipsum(n=10**7) }}",
    "recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "indent": "{{ ('a\n' * 1000) | indent(100000) }}",
    "tojson-indent": "{{ messages | tojson(indent=100000000) }}",
    "batch": "{{ [1] | batch(10**9, 'x') | list }}",
    "repeat-filter-growth": (
        "{% set ns = namespace(s='ab') %}"
        "{% for _ in range(40) %}{% set ns.s = ns.s | center(ns.s | length * 2) %}{% endfor %}"
    ),
}


@pytest.mark.parametrize("name", list(RENDERER_CASES))
def test_the_limited_renderer_refuses_each_hostile_template_quickly(tmp_path, name):
    import sys

    from desktop_app.core.models.templates import try_template
    from desktop_app.core.safe_template import TemplateRefused

    source = RENDERER_CASES[name].replace(ESCAPE_PROOF, str(tmp_path / ESCAPE_PROOF))
    tracer_before = sys.gettrace()
    started = time.perf_counter()
    with pytest.raises(TemplateRefused) as caught:
        try_template(source, "<s>", "</s>")
    assert time.perf_counter() - started < 5
    assert caught.value.reason and "\n" not in caught.value.reason
    assert sys.gettrace() is tracer_before  # a debugger's or coverage's tracer is put back
    assert not (tmp_path / ESCAPE_PROOF).exists()


def test_the_limited_renderer_renders_what_real_templates_use():
    from desktop_app.core.models.templates import CHATML, GEMMA, LLAMA3, try_template

    features = (
        "{{ bos_token }}{% for m in messages %}{{ loop.index }} {{ m.role | upper }}"
        "{{ (m.content | trim)[:200] }}{% if not loop.last %}, {% endif %}{% endfor %}"
        "{{ messages | map(attribute='content') | join(' / ') }}{{ messages | tojson }}"
        "{{ 'ok' | center(10) }}{{ '%s-%d' % ('a', 1) }}{{ '{}!'.format('b') }}"
        "{% generation %}kept{% endgeneration %}{{ eos_token }}"
    )
    for source in (CHATML, LLAMA3, GEMMA, features):
        assert try_template(source, "<s>", "</s>").render(
            messages=[{"role": "user", "content": "hi"}], add_generation_prompt=True
        )
