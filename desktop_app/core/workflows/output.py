"""Where a workflow writes its result (a table, a Markdown file): checked before any model call,
so a bad choice fails at once rather than after minutes of work."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop_app.core.errors import LokalError
from desktop_app.core.ingest.document import short_reason


def check_output(path: Path) -> None:
    """Raise workflow_output_unwritable now, before any model call, when `path` could not be
    written: a folder, or a folder that refuses new files (tried with a real file, since
    permission bits say nothing when running as root)."""
    path = Path(path)
    if path.is_dir():
        raise LokalError("workflow_output_unwritable", path=str(path), detail="it is a folder")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=path.parent, prefix="." + path.name, suffix=".probe")
        os.close(fd)
        os.unlink(probe)
    except OSError as error:
        raise LokalError(
            "workflow_output_unwritable", path=str(path), detail=short_reason(error)
        ) from error
