"""`lokal serve`: the OpenAI-compatible API on this computer, until Ctrl-C.

  lokal [--data-dir D] serve [--host H] [--port P] [--allow-network] [--show-token]
                             [--renew-token]

Listens on settings.serve's host and port (127.0.0.1:8765) unless told otherwise. Any address
other than loopback lets other computers in, so it needs --allow-network, and is warned about.
Every request needs the data folder's bearer token (core/api_token.py), read again per request:
renewed in the window's Settings, it applies at once. The banner goes to stderr; --show-token
prints the token on stdout, for a script to pick up.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path

from desktop_app.config import load_settings

EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(commands) -> None:
    serve = commands.add_parser(
        "serve", help="serve an OpenAI-compatible API for other local tools (until Ctrl-C)"
    )
    serve.add_argument("--host", help="the address to listen on (default: settings, 127.0.0.1)")
    serve.add_argument(
        "--port", type=_port, help="the port to listen on (default: settings, 8765; 0: any free)"
    )
    serve.add_argument(
        "--allow-network",
        action="store_true",
        help="allow an address other computers can reach (else only loopback is accepted)",
    )
    serve.add_argument("--show-token", action="store_true", help="print the API token on stdout")
    serve.add_argument(
        "--renew-token",
        action="store_true",
        help="make a new API token first (the old one stops working)",
    )


def run(data_dir: Path, args) -> int:
    # Imported here: cli.py imports this module on the way to opening the window.
    from desktop_app.core import api_token
    from desktop_app.serve.backend import IndexGrounder, ServeBackend
    from desktop_app.serve.server import ApiServer, is_loopback

    settings = load_settings(data_dir)
    host = args.host or settings.serve.host
    port = args.port if args.port is not None else settings.serve.port
    if not is_loopback(host):
        if not args.allow_network:
            _say(
                f"lokal serve: {host} is not a loopback address: other computers could reach "
                "the API. Give --allow-network to allow that, or listen on 127.0.0.1."
            )
            return EXIT_USAGE
        _say(
            f"lokal serve: WARNING: listening on {host}: other computers can reach the API. "
            "The token is required, but the traffic is plain HTTP (put a TLS reverse proxy in "
            "front of it on a network you don't trust)."
        )
    say_where_text_goes(settings)
    token = (
        api_token.renew_token(data_dir)
        if args.renew_token
        else api_token.read_or_create_token(data_dir)
    )
    backend = ServeBackend(settings, IndexGrounder(data_dir, settings))
    server = ApiServer(backend, host, port, lambda: api_token.read_or_create_token(data_dir))
    stopping = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda _signal, _frame: stopping.set())
    try:
        server.start()
        models = ["lokal", *(f"lokal/{name}" for name in backend.collections())]
        _say(f"Lokal API on {server.url} (models: {', '.join(models)})")
        token_file = api_token.token_path(data_dir)
        _say(
            f"lokal serve: send Authorization: Bearer <token>; the token is in {token_file} "
            "(lokal serve --show-token prints it). Ctrl-C stops."
        )
        if args.show_token:
            print(token, flush=True)
        while not stopping.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        _say("lokal serve: stopping")
        server.stop()
        backend.close()
    return EXIT_OK


def say_where_text_goes(settings) -> None:
    """Once, on stderr: chat answers come from a model server, which receives the questions
    and the passages found for them."""
    from desktop_app import services

    endpoint = services.remote_endpoint(settings)
    if endpoint is not None:
        _say(
            f"lokal serve: text is sent to {endpoint.host_label} "
            f"(remote model {endpoint.model or endpoint.name}) to answer chat requests"
        )


def _port(text: str) -> int:
    import argparse

    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, not {port}")
    return port


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
