"""`lokal` / `python -m desktop_app`: no command opens the desktop app, a command runs headless."""

from __future__ import annotations

import time

LAUNCHED = time.perf_counter()  # before any import of ours: the start-up probe counts from here

import sys  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the store process, in a PyInstaller bundle
    from desktop_app.cli import build_parser

    args = build_parser().parse_args(argv)
    if args.self_test:
        from desktop_app.self_test import run as run_self_test

        return run_self_test()
    if args.command is None:
        from desktop_app.app import run_gui

        return run_gui(args.data_dir, launched=LAUNCHED)
    if args.command == "models" and args.models_command is None:
        args.models_command, args.json = "list", False
    from desktop_app.cli import main as run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
