"""Sampling defaults per model family, applied when the user switches to a model.

Each family's values are the ones its publisher recommends in the model card or the
`generation_config.json` shipped with the weights; where a publisher recommends nothing, Lokal's
general default applies. The chat template itself always comes from the GGUF (core/llm.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.models.gguf_info import GgufInfo


@dataclass(frozen=True)
class SamplingPreset:
    family: str
    temperature: float
    top_p: float
    top_k: int
    repeat_penalty: float


# Lokal's general default: low temperature for answers grounded in documents.
GENERAL = SamplingPreset("general", 0.3, 0.95, 40, 1.1)

PRESETS: dict[str, SamplingPreset] = {
    preset.family: preset
    for preset in (
        # Qwen3 model card, thinking mode: 0.6 / 0.95 / 20; greedy decoding makes it loop.
        SamplingPreset("qwen3", 0.6, 0.95, 20, 1.0),
        # Qwen2.5-Instruct generation_config.json: 0.7 / 0.8 / 20, repetition penalty 1.05.
        SamplingPreset("qwen2.5", 0.7, 0.8, 20, 1.05),
        # DeepSeek-R1 distill cards: temperature 0.5-0.7 (0.6), top-p 0.95, no system prompt.
        SamplingPreset("deepseek-r1", 0.6, 0.95, 40, 1.0),
        # Llama 3.x Instruct generation_config.json: 0.6 / 0.9.
        SamplingPreset("llama3", 0.6, 0.9, 40, 1.0),
        # Gemma 3: Google's recommended 1.0 / 0.95 / top-k 64.
        SamplingPreset("gemma3", 1.0, 0.95, 64, 1.0),
        # gpt-oss: OpenAI recommends temperature 1.0 and top-p 1.0.
        SamplingPreset("gpt-oss", 1.0, 1.0, 0, 1.0),
        # SmolLM2-Instruct card: temperature 0.2, top-p 0.9; tiny models loop without a penalty.
        SamplingPreset("smollm2", 0.2, 0.9, 40, 1.1),
        # Mistral, Phi, OLMo 2 and Falcon 3 publish no sampling recommendation for chat.
        SamplingPreset("mistral", GENERAL.temperature, 0.95, 40, 1.05),
        SamplingPreset("phi", GENERAL.temperature, 0.95, 40, 1.05),
        SamplingPreset("olmo2", GENERAL.temperature, 0.95, 40, 1.05),
        SamplingPreset("falcon3", GENERAL.temperature, 0.95, 40, 1.05),
    )
}

# Name fragments first (a DeepSeek-R1 distill is a "qwen2" or "llama" by architecture), then
# the architecture. Checked in order, in the GGUF's general.name, then in its file name.
_BY_NAME = (
    ("deepseek-r1", "deepseek-r1"),
    ("smollm", "smollm2"),
    ("qwen3", "qwen3"),
    ("qwen2.5", "qwen2.5"),
    ("mistral", "mistral"),
    ("ministral", "mistral"),
    ("falcon", "falcon3"),
    ("olmo", "olmo2"),
    ("phi", "phi"),
    ("gemma", "gemma3"),
    ("llama", "llama3"),
)
_BY_ARCHITECTURE = {
    "qwen3": "qwen3",
    "qwen3moe": "qwen3",
    "qwen2": "qwen2.5",
    "gemma3": "gemma3",
    "gemma3n": "gemma3",
    "gpt-oss": "gpt-oss",
    "phi3": "phi",
    "olmo2": "olmo2",
    "llama": "llama3",
}


def family_of(info: GgufInfo) -> str | None:
    if info.architecture == "gpt-oss":
        return "gpt-oss"
    # The model's own name first; "DeepSeek R1 Distill" and "deepseek_r1" both read "deepseek-r1".
    for names in (info.name, info.path.name):
        names = names.lower().replace(" ", "-").replace("_", "-")
        for fragment, family in _BY_NAME:
            if fragment in names:
                return family
    return _BY_ARCHITECTURE.get(info.architecture)


def preset_for(info: GgufInfo) -> SamplingPreset:
    return PRESETS.get(family_of(info) or "", GENERAL)
