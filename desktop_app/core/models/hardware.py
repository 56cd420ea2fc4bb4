"""What this computer offers a model: free memory, and a GPU when llama.cpp was built for one.

Asked off the GUI thread (the model-files worker), since the GPU query loads llama.cpp's
libraries. Nothing here is cached: free memory changes as the user works.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass
from pathlib import Path

import psutil


@dataclass(frozen=True)
class Hardware:
    available_ram: int  # bytes the OS could give a new program now, without swapping
    total_ram: int
    gpu_offload: bool  # the installed llama.cpp can put layers on a GPU
    gpu_name: str | None = None
    free_vram: int | None = None  # None: unknown (no GPU build, or the backend won't say)


def available_ram() -> int:
    return int(psutil.virtual_memory().available)


def detect_hardware(gpu: bool = True) -> Hardware:
    """Free RAM now, and (when `gpu` and llama.cpp can offload) the GPU's free memory."""
    memory = psutil.virtual_memory()
    offload = gpu and supports_gpu_offload()
    name, free_vram = _gpu_memory() if offload else (None, None)
    return Hardware(int(memory.available), int(memory.total), offload, name, free_vram)


def supports_gpu_offload() -> bool:
    """Whether the installed llama-cpp-python was built with a GPU backend (CUDA, Metal...)."""
    try:
        import llama_cpp
    except ImportError:
        return False
    return bool(llama_cpp.llama_supports_gpu_offload())


# ggml's device types (ggml-backend.h): 0 is the CPU; GPUs, integrated GPUs and accelerators
# follow. Only the CPU is ruled out, so a newer ggml that adds a type still counts.
_GGML_DEVICE_TYPE_CPU = 0


def _gpu_memory() -> tuple[str | None, int | None]:
    """The first GPU's name and free memory, asked of ggml itself, so CUDA, Vulkan and Metal
    all answer the same way. llama-cpp-python doesn't bind these calls, hence ctypes."""
    library = _ggml_library()
    if library is None:
        return None, None
    try:
        library.ggml_backend_dev_count.restype = ctypes.c_size_t
        library.ggml_backend_dev_get.restype = ctypes.c_void_p
        library.ggml_backend_dev_get.argtypes = [ctypes.c_size_t]
        library.ggml_backend_dev_type.restype = ctypes.c_int
        library.ggml_backend_dev_type.argtypes = [ctypes.c_void_p]
        library.ggml_backend_dev_name.restype = ctypes.c_char_p
        library.ggml_backend_dev_name.argtypes = [ctypes.c_void_p]
        library.ggml_backend_dev_memory.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_size_t),
            ctypes.POINTER(ctypes.c_size_t),
        ]
        for index in range(library.ggml_backend_dev_count()):
            device = library.ggml_backend_dev_get(index)
            if library.ggml_backend_dev_type(device) == _GGML_DEVICE_TYPE_CPU:
                continue
            free, total = ctypes.c_size_t(), ctypes.c_size_t()
            library.ggml_backend_dev_memory(device, ctypes.byref(free), ctypes.byref(total))
            name = library.ggml_backend_dev_name(device) or b"GPU"
            return name.decode("utf-8", "replace"), int(free.value)
    except (AttributeError, OSError):
        pass
    return None, None


def _ggml_library():
    """ggml's shared library as llama-cpp-python ships it (beside libllama), if found."""
    try:
        import llama_cpp
    except ImportError:
        return None
    folder = Path(llama_cpp.__file__).parent / "lib"
    suffix = {"win32": ".dll", "darwin": ".dylib"}.get(sys.platform, ".so")
    for name in ("libggml" + suffix, "ggml" + suffix, "libggml-base" + suffix):
        path = folder / name
        if path.exists():
            try:
                return ctypes.CDLL(str(path))
            except OSError:
                continue
    return None
