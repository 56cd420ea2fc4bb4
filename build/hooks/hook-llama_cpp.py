"""llama-cpp-python: its llama.cpp libraries, which it loads with ctypes from llama_cpp/lib.

PyInstaller cannot see a ctypes load, and without them the frozen app stops at start with
"Shared library with base name 'llama' not found". Wheels built on Linux hold each library
three times (libllama.so, .so.0, .so.0.5.0, copies, not links): ctypes opens the bare .so and
the libraries' DT_NEEDED entries name the .so.0 (their sonames), so the fully versioned copies
are left out. The multimodal library (libmtmd) and its modules serve image models and the
OpenAI-style server serves HTTP: Lokal uses neither.
"""

import re

from PyInstaller.utils.hooks import collect_dynamic_libs

# libllama.so.0.5.0, libggml-base.so.0.25.3: the copies no loader asks for by that name.
FULLY_VERSIONED = re.compile(r"\.so\.\d+\.\d+")
UNUSED_LIBRARIES = ("mtmd", "llava")

binaries = [
    (source, destination)
    for source, destination in collect_dynamic_libs("llama_cpp")
    if not FULLY_VERSIONED.search(source)
    and not any(name in source.rsplit("/", 1)[-1] for name in UNUSED_LIBRARIES)
]

excludedimports = ["llama_cpp.server", "llama_cpp.mtmd_cpp", "llama_cpp.llava_cpp"]
