"""The chat model: load a GGUF with llama-cpp-python, stream a chat completion, cancel.

The chat template is the GGUF's own (`tokenizer.chat_template`), rendered in a sandbox with
limits on time and size (core/safe_template.py) after a trial (models/templates.py): one that
fails is replaced by its family's, and `template_problem` says why. The same template counts
prompt tokens and builds the answer's prompt, so the assistant can fit prompts to the context
window exactly. llama-cpp-python never compiles the GGUF's template itself (its compiler folds
constants such as `'x' * 10**12` with no limit). `llama_cpp` is imported only when a model
loads: it costs time at start-up.

A ChatEngine belongs to one thread (the LLM worker in the GUI). Cancel from any thread by setting
the `threading.Event` passed to `stream_chat`: the stream stops after the current token.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core import llama_log
from desktop_app.core.cpu_check import extra_buffers_allowed
from desktop_app.core.errors import ModelError
from desktop_app.core.models.gguf_info import GgufInfo, validate_gguf
from desktop_app.core.models.templates import ChosenTemplate, choose_template, render_prompt
from desktop_app.core.safe_template import TemplateRefused

# Per-message overhead when a model has no template to measure with (role markers, newlines).
_FALLBACK_TOKENS_PER_MESSAGE = 8


@dataclass(frozen=True)
class EngineSettings:
    # None: automatic, from the trained length and the free memory (models/fit.py).
    context_length: int | None = 4096
    threads: int = max(1, os.cpu_count() or 1)
    # -1: automatic, as many layers on the GPU as fit (0 on a CPU-only build).
    gpu_layers: int = 0
    temperature: float = 0.2
    top_p: float = 0.95
    top_k: int = 40
    repeat_penalty: float = 1.1  # small models loop without it
    max_tokens: int = 512
    seed: int = 0

    def needs_reload(self, other: EngineSettings) -> bool:
        """Whether going from these settings to `other` means loading the model again."""
        loaded = ("context_length", "threads", "gpu_layers")
        return any(getattr(self, name) != getattr(other, name) for name in loaded)


class ChatEngine:
    def __init__(
        self,
        model_path: Path | str,
        settings: EngineSettings | None = None,
        progress: Callable[[float], bool] | None = None,
        prepared: tuple[GgufInfo, LoadPlan] | None = None,
    ) -> None:
        """Load the model. `progress(fraction)` is called as llama.cpp loads it; returning
        False aborts the load (ModelError load_cancelled). `prepared`: what `prepare_load`
        returned for this file and these settings, when the caller checked it first."""
        self.settings = settings or EngineSettings()
        if prepared is None:
            info = validate_gguf(model_path)
            prepared = (info, resolve_load(info, self.settings))
        self.info, self.load = prepared
        self.model_path = self.info.path
        self._llama = _load_llama(self.model_path, self.settings, self.info, self.load, progress)
        try:
            chosen = choose_template(self.info, *self._special_texts())
        except ModelError:
            self.close()
            raise
        # "gguf", "family" (none in the file, or the file's was refused), or None (a guess).
        self.template_source = chosen.source
        # Why the GGUF's own template was set aside (one line, English), else None.
        self.template_problem = chosen.problem
        self._formatter = self._make_formatter(chosen)

    def update_sampling(self, settings: EngineSettings) -> None:
        """Apply new sampling settings (temperature, top-p...) to the next answers."""
        if self.settings.needs_reload(settings):
            raise ValueError("these settings need the model to be loaded again")
        self.settings = settings

    @property
    def opens_thinking(self) -> bool:
        """Whether the chat template starts the answer inside <think> (DeepSeek-R1 style)."""
        from desktop_app.core.reasoning import prompt_opens_thinking

        # The template in use: a refused GGUF template's text says nothing about the prompts.
        return prompt_opens_thinking(self._formatter.template.source if self._formatter else None)

    @property
    def context_length(self) -> int:
        # llama.cpp may round the window up (384 -> 512), but llama-cpp-python's token buffer
        # keeps the size asked for, and generating past it fails: the smaller one is the limit.
        asked = self._llama.context_params.n_ctx
        return min(self._llama.n_ctx(), asked) if asked else self._llama.n_ctx()

    @property
    def llama(self):
        """The underlying llama_cpp.Llama (for benchmarks that compare against it)."""
        return self._llama

    def count_tokens(self, text: str) -> int:
        return len(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    @property
    def template_text(self) -> str | None:
        """The source of the chat template every prompt is built with (None: no template, the
        prompt is llama-cpp-python's guess). The agent reads from it whether, and how, the
        model calls tools natively (core/agent/tool_calls.py)."""
        return self._formatter.template.source if self._formatter else None

    def render_prompt(self, messages: list[dict[str, str]], tools=None) -> str | None:
        """The prompt the chat template builds for `messages` (None without a template), with
        `tools` (OpenAI-style function definitions) given to the template when not None.
        TemplateRefused when the template breaks a limit or rejects the messages."""
        if self._formatter is None:
            return None
        return self._formatter(messages=messages, tools=tools).prompt

    def count_prompt_tokens(self, messages: list[dict[str, str]], tools=None) -> int:
        """Tokens the formatted prompt takes, through the model's own chat template."""
        try:
            prompt = self.render_prompt(messages, tools)
        except TemplateRefused:  # a template that rejects these messages: estimate instead
            prompt = None
        if prompt is not None:
            return len(self._llama.tokenize(prompt.encode("utf-8"), add_bos=False, special=True))
        return sum(
            self.count_tokens(message["content"]) + _FALLBACK_TOKENS_PER_MESSAGE
            for message in messages
        )

    def stream_chat(
        self,
        messages: list[dict[str, str]],
        cancel: threading.Event | None = None,
        max_tokens: int | None = None,
        stats=None,
        tools=None,
    ) -> Iterator[str]:
        """Yield the answer's text as it is generated; stop early when `cancel` is set.

        `stats` (an object with prompt_tokens, completion_tokens, seconds, stopped) is updated
        as the stream goes, so callers can show tokens/s. `tools`: function definitions the
        chat template renders (the agent's native tool calls); the reply stays plain text.
        """
        # A generator (yield from): nothing runs, not even the template, until it is read.
        stream = self._open_stream(messages, max_tokens, tools=tools)
        yield from _streamed_text(
            stream, lambda choice: choice.get("delta", {}).get("content"), cancel, stats
        )

    def stream_completion(
        self,
        prompt: str,
        cancel: threading.Event | None = None,
        max_tokens: int | None = None,
        stats=None,
    ) -> Iterator[str]:
        """Yield the continuation of a raw `prompt` (no chat template: `/v1/completions` of the
        API server), with the engine's sampling settings; stop early when `cancel` is set.
        `stats` is filled in as `stream_chat` fills it."""
        if stats is not None:
            stats.prompt_tokens = self.count_tokens(prompt)
        stream = self._llama.create_completion(
            prompt,
            stream=True,
            max_tokens=max_tokens or self.settings.max_tokens,
            temperature=self.settings.temperature,
            top_p=self.settings.top_p,
            top_k=self.settings.top_k,
            repeat_penalty=self.settings.repeat_penalty,
            seed=self.settings.seed,
        )
        yield from _streamed_text(stream, lambda choice: choice.get("text"), cancel, stats)

    def _open_stream(self, messages, max_tokens: int | None, grammar=None, tools=None):
        """A streamed chat completion with the engine's sampling settings (and `grammar`, when
        given). The prompt is rendered here, before the first token, by Lokal's limited
        formatter: a template it refuses is model_template_refused."""
        try:
            return self._llama.create_chat_completion(
                messages=messages,
                stream=True,
                grammar=grammar,
                tools=tools,  # only rendered by the template: no tool_choice, no grammar
                max_tokens=max_tokens or self.settings.max_tokens,
                temperature=self.settings.temperature,
                top_p=self.settings.top_p,
                top_k=self.settings.top_k,
                repeat_penalty=self.settings.repeat_penalty,
                seed=self.settings.seed,
            )
        except TemplateRefused as refused:
            raise ModelError(
                "model_template_refused", path=str(self.model_path), detail=refused.reason
            ) from None

    def complete_json(
        self,
        messages: list[dict[str, str]],
        schema: dict,
        max_tokens: int | None = None,
        cancel: threading.Event | None = None,
    ) -> str:
        """One chat completion constrained by a grammar built from the JSON `schema` (what
        `response_format={"type": "json_object", "schema": ...}` builds, less its one flaw: see
        json_schema_grammar); the raw text. The prompt goes through the same chat handler as
        `stream_chat`. The grammar
        guarantees a valid prefix, not a finished object (`max_tokens` may cut it), nor
        `minimum`/`maximum`/`format`: callers parse and validate (core/structured.py).
        Stops after the current token when `cancel` is set, returning what came so far."""
        cancel = cancel or threading.Event()
        stream = self._open_stream(messages, max_tokens, json_schema_grammar(schema))
        pieces: list[str] = []
        try:
            for chunk in stream:
                if cancel.is_set():
                    break
                pieces.append(chunk["choices"][0].get("delta", {}).get("content") or "")
        finally:
            stream.close()
        return "".join(pieces)

    def close(self) -> None:
        """Free the model's memory now rather than whenever the garbage collector runs."""
        llama, self._llama = self._llama, None
        if llama is not None:
            with contextlib.suppress(Exception):
                llama.close()

    def _special_texts(self) -> tuple[str, str]:
        """The texts of the model's <bos> and <eos> tokens, as templates name them."""
        model = self._llama
        bos, eos = model.token_bos(), model.token_eos()
        return (
            model._model.token_get_text(bos) if bos != -1 else "",
            model._model.token_get_text(eos) if eos != -1 else "",
        )

    def _make_formatter(self, chosen: ChosenTemplate):
        """The formatter that builds every prompt, for counting and for answering alike."""
        if chosen.template is None:
            return None  # llama-cpp-python's own guess; prompt tokens are estimated
        model = self._llama
        eos = model.token_eos()
        stop_ids = [eos] if eos != -1 else []
        if chosen.end_of_turn is not None:
            # Stop at the family's end of turn too: the file may name only <eos> as its end.
            end_of_turn = model.tokenize(chosen.end_of_turn.encode(), add_bos=False, special=True)
            stop_ids += end_of_turn[:1] if len(end_of_turn) == 1 else []
        bos_text, eos_text = self._special_texts()
        formatter = SafeChatFormatter(chosen, bos_text, eos_text, stop_ids)
        model.chat_handler = formatter.to_chat_handler()  # answers use it, as counting does
        return formatter


class SafeChatFormatter:
    """llama-cpp-python's chat formatter interface over a limited, sandboxed template: what
    Jinja2ChatFormatter does, rendered by core/safe_template.py."""

    def __init__(
        self, chosen: ChosenTemplate, bos_token: str, eos_token: str, stop_token_ids: list[int]
    ) -> None:
        self.template = chosen.template
        self.bos_token, self.eos_token = bos_token, eos_token
        self.stop_token_ids = set(stop_token_ids)

    def __call__(self, *, messages, tools=None, **_unused):
        from llama_cpp import llama, llama_chat_format

        prompt = render_prompt(self.template, messages, self.bos_token, self.eos_token, tools)
        stopping = None
        if self.stop_token_ids:
            stop_ids = self.stop_token_ids
            stopping = llama.StoppingCriteriaList([lambda tokens, _logits: tokens[-1] in stop_ids])
        return llama_chat_format.ChatFormatterResponse(
            prompt=prompt, stop=[self.eos_token], stopping_criteria=stopping, added_special=True
        )

    def to_chat_handler(self):
        from llama_cpp import llama_chat_format

        return llama_chat_format.chat_formatter_to_chat_completion_handler(self)


def _streamed_text(stream, text_of, cancel: threading.Event | None, stats) -> Iterator[str]:
    """The text pieces of a llama-cpp-python stream (`text_of(choice)`: a chat delta's content
    or a completion's text), stopping after the current piece when `cancel` is set; `stats`
    (prompt_tokens, completion_tokens, seconds, first_token_seconds, stopped) is kept up to
    date. The stream is closed however the caller stops reading."""
    cancel = cancel or threading.Event()
    started = time.perf_counter()
    pieces = 0
    try:
        for chunk in stream:
            if cancel.is_set():
                if stats is not None:
                    stats.stopped = True
                break
            text = text_of(chunk["choices"][0])
            if text:
                pieces += 1
                if stats is not None:
                    stats.completion_tokens = pieces
                    stats.seconds = time.perf_counter() - started
                    if pieces == 1:
                        stats.first_token_seconds = stats.seconds
                yield text
    finally:
        stream.close()
        if stats is not None:
            stats.seconds = time.perf_counter() - started


def json_schema_grammar(schema: dict):
    """llama-cpp-python's grammar for a JSON schema, with control characters kept out of
    strings. Its `char` rule admits a raw newline inside a string, which no JSON parser accepts:
    SmolLM2-135M wrote one within its first 60 characters and then ran on inside the string.
    The rule here is llama.cpp's own (json-schema-to-grammar), which excludes them."""
    from llama_cpp.llama_grammar import LlamaGrammar, json_schema_to_gbnf

    rules = json_schema_to_gbnf(json.dumps(schema))
    rules = rules.replace(r'char ::= [^"\\]', r'char ::= [^"\\\x7F\x00-\x1F]', 1)
    return LlamaGrammar.from_string(rules, verbose=False)


@dataclass(frozen=True)
class LoadPlan:
    """What "auto" resolved to for this load: the context window and the GPU layers."""

    context_length: int
    gpu_layers: int  # -1: all


def prepare_load(
    path: Path | str, settings: EngineSettings, freed_by_unloading: int = 0
) -> tuple[GgufInfo, LoadPlan]:
    """Check a model before anything is unloaded: its header, and that this computer can hold
    it at all. `freed_by_unloading`: memory the model in use gives back when this one replaces
    it, counted as free for the "auto" context window.

    The size check is against the total memory, not the free: a model between the two loads
    and makes the computer swap, which is the user's call; past the total it cannot work.
    """
    from desktop_app.core.memory import human_size
    from desktop_app.core.models import fit
    from desktop_app.core.models import hardware as hw

    info = validate_gguf(path)
    machine = hw.detect_hardware(gpu=settings.gpu_layers != 0)
    machine = replace(machine, available_ram=machine.available_ram + freed_by_unloading)
    plan = resolve_load(info, settings, machine)
    needed = fit.memory_needed(info.file_size, info.kv_bytes_per_token, plan.context_length)
    room = machine.total_ram + (machine.free_vram or 0)
    if needed > room:
        raise ModelError(
            "model_too_big", path=str(path), needed=human_size(needed), free=human_size(room)
        )
    return info, plan


def resolve_load(info: GgufInfo, settings: EngineSettings, hardware=None) -> LoadPlan:
    """Turn "auto" settings into numbers for this model on this computer."""
    from desktop_app.core.models import fit
    from desktop_app.core.models import hardware as hw

    needs_hardware = settings.context_length is None or settings.gpu_layers == -1
    if hardware is None and needs_hardware:
        hardware = hw.detect_hardware(gpu=settings.gpu_layers == -1)
    context = settings.context_length
    if context is None:
        context = fit.auto_context_length(info, info.file_size, hardware.available_ram)
    if info.context_length:  # never ask for more than the model was trained on
        context = min(context, info.context_length)
    layers = settings.gpu_layers
    if layers == -1:
        layers = fit.auto_gpu_layers(info, info.file_size, context, hardware)
    return LoadPlan(context, layers)


def _load_llama(
    path: Path,
    settings: EngineSettings,
    info: GgufInfo,
    plan: LoadPlan,
    progress: Callable[[float], bool] | None = None,
):
    try:
        from llama_cpp import Llama
    except ImportError as error:  # a broken install, not the user's file
        raise ModelError("model_load_failed", path=str(path), detail=str(error)) from error
    aborted = threading.Event()
    extra_buffers = extra_buffers_allowed(path)
    try:
        with (
            llama_log.capture() as log,
            model_params(progress, aborted, extra_buffers),
            gguf_templates_left_to_lokal(),
        ):
            return Llama(
                model_path=str(path),
                n_ctx=plan.context_length,
                n_threads=settings.threads,
                n_gpu_layers=plan.gpu_layers,
                # The GGUF's own template; llama-cpp-python falls back to a guess without one.
                chat_format="chat_template.default" if info.chat_template else None,
                seed=settings.seed,
                verbose=False,
            )
    except (ValueError, RuntimeError, OSError) as error:
        if aborted.is_set():
            raise ModelError("load_cancelled", path=str(path)) from error
        raise llama_log.explain_failure(path, info, log, error) from error


@contextlib.contextmanager
def model_params(
    progress: Callable[[float], bool] | None = None,
    aborted: threading.Event | None = None,
    extra_buffers: bool = True,
):
    """Hand llama.cpp a load progress callback, and switch its extra buffer types off.

    llama-cpp-python's Llama() takes neither, but it builds its model parameters with
    `llama_model_default_params()`, looked up at call time: for this one load, on this thread
    (loads happen only on the LLM worker's), that function returns parameters carrying ours.
    Returning False from the callback makes llama.cpp abort the load. `extra_buffers=False`
    keeps llama.cpp off its AMX kernels where they crash (see cpu_check.py). Benchmarks wrap
    their bare Llama() in this too, so both sides load the same way.
    """
    if progress is None and extra_buffers:
        yield
        return
    import ctypes

    import llama_cpp.llama_cpp as bindings

    def on_progress(fraction: float, _user_data) -> bool:
        keep_going = progress(float(fraction)) is not False  # None: no opinion, go on
        if not keep_going and aborted is not None:
            aborted.set()
        return keep_going

    # Kept alive until the load ends.
    callback = bindings.llama_progress_callback(on_progress) if progress is not None else None
    original = bindings.llama_model_default_params

    def params_for_this_load():
        params = original()
        if callback is not None:
            params.progress_callback = callback
            params.progress_callback_user_data = ctypes.c_void_p(0)
        if not extra_buffers:
            params.use_extra_bufts = False
        return params

    with _PARAMS_PATCH_LOCK:
        bindings.llama_model_default_params = params_for_this_load
        try:
            yield
        finally:
            bindings.llama_model_default_params = original


_PARAMS_PATCH_LOCK = threading.Lock()


@contextlib.contextmanager
def gguf_templates_left_to_lokal():
    """Keep llama-cpp-python from compiling the GGUF's chat templates while a model loads.

    Llama() compiles every `tokenizer.chat_template*` in the file with its own Jinja
    environment, whose compiler folds constant expressions with no limit: `'x' * 10**12` ends in
    a MemoryError, a syntax error in a TemplateSyntaxError, before Lokal can check anything.
    For this load its formatter class is a stand-in that compiles nothing; ChatEngine then gives
    llama its own chat handler, built on core/safe_template.py. (Loads happen on one thread at a
    time; the lock keeps two from swapping the class at once.)
    """
    from llama_cpp import llama_chat_format

    with _FORMATTER_PATCH_LOCK:
        original = llama_chat_format.Jinja2ChatFormatter
        llama_chat_format.Jinja2ChatFormatter = _UncompiledTemplate
        try:
            yield
        finally:
            llama_chat_format.Jinja2ChatFormatter = original


class _UncompiledTemplate:
    """Stands in for llama-cpp-python's Jinja2ChatFormatter during a load: keeps the text."""

    def __init__(self, template: str, *_args, **_kwargs) -> None:
        self.template = template

    def to_chat_handler(self):
        def refuse(**_kwargs):
            # Only reached for a template Lokal did not choose (a named `chat_template.*`).
            raise TemplateRefused("this template of the file was not checked")

        return refuse


_FORMATTER_PATCH_LOCK = threading.Lock()
