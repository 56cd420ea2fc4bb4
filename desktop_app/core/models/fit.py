"""Will a model fit? Memory estimates from the GGUF header and the free RAM (and VRAM).

The estimate is what llama.cpp will hold: the weights (the file, memory-mapped), the key/value
cache for the context window (f16, its size read from the header), and a working buffer. It is
an estimate: a verdict of "tight" means it may load but the computer will slow down.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from desktop_app.core.models.catalog import CatalogEntry
from desktop_app.core.models.gguf_info import GgufInfo
from desktop_app.core.models.hardware import Hardware

MIB = 1 << 20
# llama.cpp's compute buffers and the runtime: a few hundred MB for small models, growing with
# the model's width. Measured on SmolLM2-135M here: about 250 MB over the file and the cache.
_BASE_OVERHEAD = 256 * MIB
_OVERHEAD_SHARE = 0.05
# Above this share of the free memory a model is "tight": it loads, but little is left for the
# rest of the computer.
_TIGHT_SHARE = 0.8
# Lokal's answers need a few thousand tokens (sources + history); a longer default window costs
# memory and time for every answer, so "auto" stops here even when the model knows more.
AUTO_CONTEXT_CAP = 8192
_MIN_CONTEXT = 2048
# When the header doesn't say how wide the cache is: a guess on the large side (Llama-2-7B-like).
_FALLBACK_KV_PER_TOKEN = 512 * 1024


class Fit(Enum):
    FITS = "fits"
    TIGHT = "tight"
    WONT_FIT = "won't fit"


@dataclass(frozen=True)
class FitEstimate:
    fit: Fit
    needed: int  # bytes at the context window below
    available: int  # bytes free for it (RAM, plus the VRAM when the whole model goes there)
    context_length: int
    on_gpu: bool = False


def memory_needed(weights: int, kv_per_token: int | None, context_length: int) -> int:
    cache = (kv_per_token or _FALLBACK_KV_PER_TOKEN) * context_length
    return weights + cache + _BASE_OVERHEAD + int(weights * _OVERHEAD_SHARE)


def verdict(needed: int, available: int) -> Fit:
    if needed <= available * _TIGHT_SHARE:
        return Fit.FITS
    return Fit.TIGHT if needed <= available else Fit.WONT_FIT


def estimate_fit(
    info: GgufInfo | None,
    file_size: int,
    hardware: Hardware,
    context_length: int | None = None,
    freed_by_switch: int = 0,
) -> FitEstimate:
    """How well a model fits now. `freed_by_switch`: memory the loaded model gives back when
    this one replaces it (counted as available)."""
    kv = info.kv_bytes_per_token if info else None
    if context_length is None:
        context_length = min(_trained(info), AUTO_CONTEXT_CAP)
    needed = memory_needed(file_size, kv, context_length)
    ram = hardware.available_ram + freed_by_switch
    if hardware.free_vram is not None and needed <= hardware.free_vram:
        return FitEstimate(
            verdict(needed, hardware.free_vram), needed, hardware.free_vram, context_length, True
        )
    return FitEstimate(verdict(needed, ram), needed, ram, context_length)


def catalog_fit(min_ram_bytes: int | None, hardware: Hardware) -> Fit | None:
    """A catalog model, before its header is known: the catalog's own minimum-RAM rule (see
    catalog.min_ram_for, the figure the Models page shows beside the verdict) against the free
    RAM, or the free VRAM when that is larger. None when the size is unknown."""
    if not min_ram_bytes:
        return None
    return verdict(min_ram_bytes, max(hardware.available_ram, hardware.free_vram or 0))


# The largest model worth recommending for the CPU: a 4B model at Q4 answers at reading speed
# on a laptop's cores, an 8B one at half that, which feels broken while the answer streams.
CPU_RECOMMENDATION_CAP = 4e9


def recommended_model(
    catalog: Iterable[CatalogEntry], fits: Mapping[str, Fit | None], hardware: Hardware
) -> CatalogEntry | None:
    """The catalog model to suggest to a new user: the one with the most parameters among those
    that fit (`fits`: each entry's catalog_fit, by id), else among those that fit tightly.

    Reasoning models are left out (they think aloud for a long while before each answer), and
    so is a model over CPU_RECOMMENDATION_CAP unless it fits the free VRAM. Among equals the
    catalog's own order decides. None when nothing fits.
    """
    candidates = [
        entry
        for entry in catalog
        if not entry.reasoning
        and entry.min_ram_bytes
        and fits.get(entry.id) in (Fit.FITS, Fit.TIGHT)
        and (entry.parameter_count <= CPU_RECOMMENDATION_CAP or _fits_vram(entry, hardware))
    ]
    for wanted in (Fit.FITS, Fit.TIGHT):
        fitting = [entry for entry in candidates if fits.get(entry.id) is wanted]
        if fitting:
            # max() keeps the first of equals, so the catalog's order breaks ties.
            return max(fitting, key=lambda entry: entry.parameter_count)
    return None


def _fits_vram(entry: CatalogEntry, hardware: Hardware) -> bool:
    needed = entry.min_ram_bytes
    return bool(
        needed and hardware.free_vram is not None and needed <= hardware.free_vram * _TIGHT_SHARE
    )


def auto_context_length(info: GgufInfo, file_size: int, available: int) -> int:
    """The window "auto" picks: the trained length, at most AUTO_CONTEXT_CAP, halved while the
    model with its cache would take more than the tight share of the free memory."""
    context = min(_trained(info), AUTO_CONTEXT_CAP)
    floor = min(_MIN_CONTEXT, context)
    while (
        context > floor
        and memory_needed(file_size, info.kv_bytes_per_token, context) > available * _TIGHT_SHARE
    ):
        context //= 2
    return max(context, floor)


def auto_gpu_layers(info: GgufInfo, file_size: int, context_length: int, hardware: Hardware):
    """GPU layers for "auto": all when the model fits the free VRAM, else as many as do, else 0.

    Returns -1 for all. Without a GPU build: 0. With a GPU whose memory ggml won't report
    (rare), all layers, and llama.cpp reports the failure if they don't fit.
    """
    if not hardware.gpu_offload:
        return 0
    if hardware.free_vram is None:
        return -1
    needed = memory_needed(file_size, info.kv_bytes_per_token, context_length)
    budget = hardware.free_vram * 0.9  # room for the driver and the desktop
    if needed <= budget:
        return -1
    layers = info.layer_count or 0
    if not layers:
        return 0
    per_layer = (needed - _BASE_OVERHEAD) / layers
    return max(0, int((budget - _BASE_OVERHEAD) // per_layer))


def _trained(info: GgufInfo | None) -> int:
    return (info.context_length if info else None) or 4096
