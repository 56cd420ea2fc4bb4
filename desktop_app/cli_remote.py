"""`lokal remote ...`: model servers used instead of the local GGUF (core/remote_llm.py).

  lokal remote add NAME --url URL [--kind llama.cpp|vllm|ollama|openai] [--model M]
                   [--context N] [--tools] [--json-schema] [--timeout S] [--key-stdin]
  lokal remote list [--json]
  lokal remote models NAME [--json]
  lokal remote use NAME | --local
  lokal remote remove NAME

A profile lives in settings.toml (settings.remote, written atomically); its API key lives in
the operating system's keyring (core/secret_store.py), never in settings.toml nor on the command
line (where the shell's history and `ps` would show it): it is read from stdin with
`--key-stdin`, else from $LOKAL_REMOTE_API_KEY. Once a profile is in use, `ask`, `summarize`,
the workflows, the agent and `mcp` answer with its server, and say on stderr where text goes.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import ValidationError

from desktop_app import services
from desktop_app.config import ProviderProfile, load_settings, save_settings
from desktop_app.core import remote_llm, secret_store
from desktop_app.core.errors import LokalError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
KEY_ENV = "LOKAL_REMOTE_API_KEY"
KINDS = (remote_llm.LLAMA_CPP, remote_llm.VLLM, remote_llm.OLLAMA, remote_llm.OPENAI)


def add_parser(commands) -> None:
    remote = commands.add_parser(
        "remote", help="model servers (llama.cpp, vLLM, Ollama) instead of the local model"
    )
    actions = remote.add_subparsers(dest="remote_command", metavar="ACTION")
    add = actions.add_parser("add", help="add a model server's profile (or replace one)")
    add.add_argument("name", help="the profile's name")
    add.add_argument("--url", required=True, help="the API's base URL, e.g. http://gpu-box:8080/v1")
    add.add_argument("--kind", choices=KINDS, default=remote_llm.LLAMA_CPP)
    add.add_argument("--model", default="", help="a model id of the server (see `remote models`)")
    add.add_argument(
        "--context",
        type=int,
        default=4096,
        help="the context length the server runs the model with (the API does not say; "
        "Ollama: what OLLAMA_CONTEXT_LENGTH is, 2048 by default)",
    )
    add.add_argument("--tools", action="store_true", help="the server handles `tools`")
    add.add_argument(
        "--json-schema", action="store_true", help="the server honours JSON-schema answers"
    )
    add.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the server")
    add.add_argument(
        "--key-stdin",
        action="store_true",
        help=f"read the API key from stdin (else ${KEY_ENV}, else none)",
    )
    listing = actions.add_parser("list", help="list the profiles; * marks the one in use")
    listing.add_argument("--json", action="store_true")
    models = actions.add_parser("models", help="the models a profile's server lists")
    models.add_argument("name")
    models.add_argument("--json", action="store_true")
    use = actions.add_parser("use", help="answer with a profile's server, or the local model")
    choice = use.add_mutually_exclusive_group(required=True)
    choice.add_argument("name", nargs="?")
    choice.add_argument("--local", action="store_true", help="the local model again")
    remove = actions.add_parser("remove", help="forget a profile and its API key")
    remove.add_argument("name")


def run(data_dir: Path, args) -> int:
    action = args.remote_command or "list"
    if action == "add":
        return _add(data_dir, args)
    if action == "list":
        return _list(data_dir, getattr(args, "json", False))
    if action == "models":
        return _models(data_dir, args.name, args.json)
    if action == "use":
        return _use(data_dir, None if args.local else args.name)
    return _remove(data_dir, args.name)


def say_where_text_goes(engine) -> None:
    """Once per run, on stderr: the engine sends the prompts (the documents' passages
    included) to another computer."""
    endpoint = getattr(engine, "endpoint", None)
    if getattr(engine, "is_remote", False) and endpoint is not None:
        print(
            f"lokal: text is sent to {endpoint.host_label} "
            f"(remote model {endpoint.model or endpoint.name})",
            file=sys.stderr,
            flush=True,
        )


def _add(data_dir: Path, args) -> int:
    url = _base_url(args.url)
    if url is None:
        print(f"lokal remote add: {args.url} is not an http:// or https:// URL", file=sys.stderr)
        return EXIT_USAGE
    try:
        profile = ProviderProfile(
            name=args.name,
            kind=args.kind,
            base_url=url,
            model=args.model,
            context_length=args.context,
            tools=args.tools,
            json_schema=args.json_schema,
            timeout_seconds=args.timeout,
        )
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in problem['loc'])}: {problem['msg']}"
            for problem in error.errors()
        )
        print(f"lokal remote add: {problems}", file=sys.stderr)
        return EXIT_USAGE
    key = _read_key(args.key_stdin)
    if key:
        secret_store.save_api_key(profile.name, key)  # first: a keyring that fails adds nothing
    settings = load_settings(data_dir)
    others = [p for p in settings.remote.profiles if p.name != profile.name]
    replaced = len(others) != len(settings.remote.profiles)
    settings.remote.profiles = [*others, profile]
    save_settings(settings, data_dir)
    kept = "; its API key is in the system keyring" if key else ""
    print(f"{'Replaced' if replaced else 'Added'} {profile.name}: {profile.base_url}{kept}")
    if url != args.url.strip():
        print(f"(the API's base URL is {url})")
    if not settings.remote.active:
        print(f"Answer with it: lokal remote use {profile.name}")
    return EXIT_OK


def _list(data_dir: Path, as_json: bool) -> int:
    remote = load_settings(data_dir).remote
    rows = [
        {
            **profile.model_dump(),
            "active": profile.name == remote.active,
            "api_key": _key_state(profile.name),
        }
        for profile in remote.profiles
    ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("No model servers. Add one: lokal remote add NAME --url http://HOST:PORT/v1")
    for row in rows:
        mark = "*" if row["active"] else " "
        model = row["model"] or "(the server's first model)"
        print(
            f"{mark} {row['name']}  {row['kind']}  {row['base_url']}  {model}  "
            f"context {row['context_length']}  API key: {row['api_key']}"
        )
    if rows and not remote.active:
        print("(the local model answers)")
    return EXIT_OK


def _models(data_dir: Path, name: str, as_json: bool) -> int:
    settings = load_settings(data_dir)
    if _profile(settings, name) is None:
        return _unknown(name, settings)
    settings.remote.active = name  # the endpoint of this profile, whichever is in use
    endpoint = services.remote_endpoint(settings)
    models = remote_llm.list_models(endpoint)
    if as_json:
        print(json.dumps(models, ensure_ascii=False, indent=2))
    else:
        for model in models:
            print(model)
    return EXIT_OK


def _use(data_dir: Path, name: str | None) -> int:
    settings = load_settings(data_dir)
    if name is not None and _profile(settings, name) is None:
        return _unknown(name, settings)
    settings.remote.active = name or ""
    save_settings(settings, data_dir)
    if name is None:
        print("The local model answers; no text leaves this computer.")
    else:
        profile = _profile(settings, name)
        host = remote_llm.host_label(profile.base_url)
        print(f"{name} answers: questions and the passages they quote are sent to {host}.")
    return EXIT_OK


def _remove(data_dir: Path, name: str) -> int:
    settings = load_settings(data_dir)
    if _profile(settings, name) is None:
        return _unknown(name, settings)
    try:
        secret_store.delete_api_key(name)
    except LokalError as error:  # the profile goes anyway: a keyring that fails holds no key
        print(f"lokal remote remove: {error.message}", file=sys.stderr)
    settings.remote.profiles = [p for p in settings.remote.profiles if p.name != name]
    if settings.remote.active == name:
        settings.remote.active = ""
        print("The local model answers again.")
    save_settings(settings, data_dir)
    print(f"Removed {name}")
    return EXIT_OK


def _profile(settings, name: str) -> ProviderProfile | None:
    return next((p for p in settings.remote.profiles if p.name == name), None)


def _unknown(name: str, settings) -> int:
    known = ", ".join(p.name for p in settings.remote.profiles) or "none"
    print(f"lokal remote: no profile named {name} (profiles: {known})", file=sys.stderr)
    return EXIT_USAGE


def _base_url(url: str) -> str | None:
    """`url` without a trailing slash, with /v1 added when it names only the server."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return url if parts.path else url + "/v1"


def _read_key(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    return os.environ.get(KEY_ENV, "").strip()


def _key_state(name: str) -> str:
    """Whether a key is kept, never the key."""
    try:
        return "kept" if secret_store.load_api_key(name) else "none"
    except LokalError:
        return "keyring unavailable"
