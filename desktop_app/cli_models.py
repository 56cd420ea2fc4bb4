"""`lokal models ...`: list, browse the catalog, add a GGUF, download from Hugging Face.

The same core as the Models page; progress goes to stderr, results to stdout (JSON on request).
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

from desktop_app import paths
from desktop_app.core.memory import human_size
from desktop_app.core.models import catalog as model_catalog
from desktop_app.core.models import download_events, fit, hardware, importing, registry

EXIT_OK, EXIT_FAILED = 0, 1


def add_parsers(commands) -> None:
    models = commands.add_parser("models", help="local models, the catalog, downloads")
    actions = models.add_subparsers(dest="models_command", metavar="ACTION")
    listing = actions.add_parser("list", help="list the local models")
    listing.add_argument("--json", action="store_true")
    browse = actions.add_parser("catalog", help="models to download, with the fit estimate")
    browse.add_argument("--json", action="store_true")
    add = actions.add_parser("add", help="check a GGUF file and add it (linked in place)")
    add.add_argument("path", help="the .gguf file")
    add.add_argument("--copy", action="store_true", help="copy it into the models folder")
    fetch = actions.add_parser("download", help="download a catalog model (or any hub GGUF)")
    fetch.add_argument("model", help="a catalog id (see `models catalog`) or owner/repo")
    fetch.add_argument("filename", nargs="?", help="the GGUF file, when MODEL is a repo")


def run(data_dir: Path, args) -> int:
    models_dir = paths.models_dir(data_dir)
    action = args.models_command or "list"
    if action == "list":
        return _list(models_dir, getattr(args, "json", False))
    if action == "catalog":
        return _catalog(args.json)
    if action == "add":
        return _add(models_dir, Path(args.path), args.copy)
    return _download(models_dir, args.model, args.filename)


def _list(models_dir: Path, as_json: bool) -> int:
    models = registry.list_local_models(models_dir, paths.bundled_chat_model())
    if as_json:
        print(json.dumps([model.to_json() for model in models], indent=2))
        return EXIT_OK
    if not models:
        print("No local models. Put GGUF files in " + str(models_dir))
    for model in models:
        facts = [human_size(model.size), model.architecture or "?"]
        facts += [fact for fact in (model.parameters, model.quantization) if fact]
        tag = " (bundled)" if model.bundled else " (linked)" if model.linked else ""
        problem = f"  PROBLEM: {model.problem}" if model.problem else ""
        print(f"{model.path}  {'  '.join(facts)}{tag}{problem}")
    return EXIT_OK


def _catalog(as_json: bool) -> int:
    catalog = model_catalog.load_catalog(model_catalog.catalog_path(paths.resources_dir()))
    machine = hardware.detect_hardware(gpu=False)
    rows = []
    for entry in catalog.entries:
        verdict = fit.catalog_fit(entry.min_ram_bytes, machine)
        rows.append(
            {
                "id": entry.id,
                "name": entry.name,
                "repo_id": entry.repo_id,
                "filename": entry.filename,
                "size_bytes": entry.size_bytes,
                "license": entry.license,
                "fit": verdict.value if verdict else None,
                "description": entry.description_for("en"),
            }
        )
    if as_json:
        print(json.dumps({"version": catalog.version, "models": rows}, indent=2))
        return EXIT_OK
    for row in rows:
        size = human_size(row["size_bytes"]) if row["size_bytes"] else "size at download"
        print(f"{row['id']:<40} {size:>10}  {row['fit'] or '?':<9} {row['name']}")
    return EXIT_OK


def _add(models_dir: Path, path: Path, copy: bool) -> int:
    for event in importing.add_model(path, models_dir, copy):
        if isinstance(event, importing.CopyProgress):
            _progress(f"copying {human_size(event.copied)} of {human_size(event.total)}")
        elif isinstance(event, importing.ModelAdded):
            _progress("")
            how = "linked" if event.linked else "copied"
            print(f"added ({how}): {event.path}  {event.info.architecture}")
    return EXIT_OK


def _download(models_dir: Path, model: str, filename: str | None) -> int:
    # Imported here: huggingface_hub and its HTTP client take a third of a second, and
    # `python -m desktop_app` imports this module on the way to opening the window.
    from desktop_app.core.models import download

    if filename:
        spec = download_events.DownloadSpec(model, filename)
    else:
        catalog = model_catalog.load_catalog(model_catalog.catalog_path(paths.resources_dir()))
        entry = catalog.get(model)
        if entry is None:
            message = f"lokal: no catalog model '{model}' (see `lokal models catalog`)"
            print(message, file=sys.stderr)
            return EXIT_FAILED
        spec = download_events.DownloadSpec(entry.repo_id, entry.filename)
    cancel = threading.Event()
    try:
        for event in download.download_model(spec, models_dir, cancel=cancel):
            if isinstance(event, download.DownloadProgress):
                left = f", {event.seconds_left:.0f} s left" if event.seconds_left else ""
                _progress(
                    f"{human_size(event.downloaded)} of {human_size(event.total)}, "
                    f"{human_size(int(event.bytes_per_second))}/s{left}"
                )
            elif isinstance(event, download.DownloadVerifying):
                _progress("checking the SHA-256")
            elif isinstance(event, download.DownloadFinished):
                _progress("")
                print(f"downloaded and checked: {event.path}  sha256 {event.sha256}")
    except KeyboardInterrupt:
        _progress("")
        print("stopped; run the same command again to resume", file=sys.stderr)
        return 130
    return EXIT_OK


def _progress(text: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K" + text)
        sys.stderr.flush()
