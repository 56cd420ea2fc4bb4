"""tokenizers (Hugging Face): the Python wrappers around its Rust extension.

The package's submodules (models, normalizers, pre_tokenizers, decoders, processors...) are
imported from the extension's side as well as from Python; collecting them all keeps a
tokenizer.json of any kind loadable in the bundle. The visualiser (tokenizers.tools) draws
HTML for notebooks and is left out.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("tokenizers", filter=lambda name: "tools" not in name)
