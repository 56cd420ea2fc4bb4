"""Chat templates for instruction-tuned GGUFs that carry none of their own.

Most GGUFs store their chat template (`tokenizer.chat_template`) and Lokal always uses it. Some
older or hand-made conversions don't; llama-cpp-python then falls back to the Llama-2 format,
which Qwen, SmolLM2, Llama 3 or Gemma were never trained on, and answers turn to noise. For
those families the standard template is written here, in the form their publishers ship.

Only models named as instruction-tuned ("Instruct", "-it", "Chat") get one: a base model has no
chat format at all, and forcing one on it makes its text worse, not better.

A GGUF's own template is code from whoever made the file: `choose_template` renders it in the
limited sandbox (core/safe_template.py) on a short trial conversation first. One that fails is
replaced by its family's standard template, with the reason kept for the user; without one the
model is refused (ModelError model_template_refused).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from desktop_app.core.errors import ModelError
from desktop_app.core.models.gguf_info import GgufInfo
from desktop_app.core.models.presets import family_of
from desktop_app.core.safe_template import SafeTemplate, TemplateRefused

# ChatML: Qwen2.5, Qwen3 and SmolLM2 (<|im_start|>role ... <|im_end|>).
CHATML = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)
# Llama 3.x: header ids around each role, <|eot_id|> after each turn.
LLAMA3 = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'"
    " + message['content'] | trim + '<|eot_id|>' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}"
    "{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}"
    "{% endif %}"
)
# Gemma: no system role; as Google's own template does, the system text opens the first user
# turn. The assistant's turns are the "model" role.
GEMMA = (
    "{{ bos_token }}"
    "{% set ns = namespace(system='') %}"
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}"
    "{% set ns.system = message['content'] | trim + '\\n\\n' %}"
    "{% else %}"
    "{{ '<start_of_turn>' + ('model' if message['role'] == 'assistant' else 'user') + '\\n'"
    " + ns.system + message['content'] | trim + '<end_of_turn>\\n' }}"
    "{% set ns.system = '' %}"
    "{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<start_of_turn>model\\n' }}{% endif %}"
)

# family -> (template, the text that ends a turn: generation stops at it)
FALLBACKS: dict[str, tuple[str, str]] = {
    "qwen2.5": (CHATML, "<|im_end|>"),
    "qwen3": (CHATML, "<|im_end|>"),
    "smollm2": (CHATML, "<|im_end|>"),
    "llama3": (LLAMA3, "<|eot_id|>"),
    "gemma3": (GEMMA, "<end_of_turn>"),
}

_INSTRUCTION_TUNED = re.compile(r"instruct|chat|(^|[-_ .])it($|[-_ .])", re.IGNORECASE)


def fallback_template(info: GgufInfo) -> tuple[str, str] | None:
    """(template, end-of-turn text) for a template-less instruction-tuned model, else None."""
    if info.chat_template:
        return None
    names = f"{info.name} {info.path.stem}"
    if not _INSTRUCTION_TUNED.search(names):
        return None
    return FALLBACKS.get(family_of(info) or "")


# The trial every GGUF template must pass: the roles Lokal sends, in the order it sends them.
TRIAL_QUESTION = "Which colour is the second door?"
TRIAL_CONVERSATION = (
    {"role": "system", "content": "Answer only from the sources."},
    {"role": "user", "content": "Which colour is the first door?"},
    {"role": "assistant", "content": "The first door is red."},
    {"role": "user", "content": TRIAL_QUESTION},
)


@dataclass(frozen=True)
class ChosenTemplate:
    """The template a model's prompts are built with, and where it came from."""

    template: SafeTemplate | None  # None: llama-cpp-python's own guess (no template known)
    source: str | None  # "gguf", "family", or None
    end_of_turn: str | None = None  # the family's end-of-turn text, when the family's is used
    problem: str | None = None  # why the GGUF's own template was set aside


def render_prompt(
    template: SafeTemplate, messages, bos_token: str, eos_token: str, tools=None
) -> str:
    """The prompt for `messages`, with the variables chat templates expect. `tools`: the
    OpenAI-style function definitions of the agent's native tool calls (core/agent), or None."""
    return template.render(
        messages=list(messages),
        bos_token=bos_token,
        eos_token=eos_token,
        add_generation_prompt=True,
        # Hugging Face's renderer gives templates this function; gpt-oss's calls it.
        strftime_now=_strftime_now,
        tools=tools,
        functions=None,
        function_call=None,
        tool_choice=None,
    )


def _strftime_now(format: str) -> str:
    return time.strftime(str(format)[:40])


def try_template(source: str, bos_token: str = "", eos_token: str = "") -> SafeTemplate:
    """Compile `source` and render the trial conversation; TemplateRefused says what failed."""
    template = SafeTemplate(source)
    prompt = render_prompt(template, TRIAL_CONVERSATION, bos_token, eos_token)
    if not prompt.strip():
        raise TemplateRefused("it writes an empty prompt")
    if TRIAL_QUESTION not in prompt:
        raise TemplateRefused("its prompt leaves out the user's question")
    return template


def choose_template(info: GgufInfo, bos_token: str = "", eos_token: str = "") -> ChosenTemplate:
    """The GGUF's template if it passes the trial, else its family's (the reason kept), else
    ModelError model_template_refused. A file without a template gets its family's when it is
    named instruction-tuned (fallback_template), else none."""
    if not info.chat_template:
        fallback = fallback_template(info)
        if fallback is None:
            return ChosenTemplate(None, None)
        return ChosenTemplate(SafeTemplate(fallback[0]), "family", fallback[1])
    try:
        return ChosenTemplate(try_template(info.chat_template, bos_token, eos_token), "gguf")
    except TemplateRefused as refused:
        family = FALLBACKS.get(family_of(info) or "")
        if family is None:
            raise ModelError(
                "model_template_refused", path=str(info.path), detail=refused.reason
            ) from None
        return ChosenTemplate(SafeTemplate(family[0]), "family", family[1], refused.reason)
