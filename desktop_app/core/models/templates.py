"""Chat templates for instruction-tuned GGUFs that carry none of their own.

Most GGUFs store their chat template (`tokenizer.chat_template`) and Lokal always uses it. Some
older or hand-made conversions don't; llama-cpp-python then falls back to the Llama-2 format,
which Qwen, SmolLM2, Llama 3 or Gemma were never trained on, and answers turn to noise. For
those families the standard template is written here, in the form their publishers ship.

Only models named as instruction-tuned ("Instruct", "-it", "Chat") get one: a base model has no
chat format at all, and forcing one on it makes its text worse, not better.
"""

from __future__ import annotations

import re

from desktop_app.core.models.gguf_info import GgufInfo
from desktop_app.core.models.presets import family_of

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
