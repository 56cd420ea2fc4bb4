"""`lokal search --from-file` loads the chosen reranker once for all its queries (one Retriever,
core/application/search.py), not once per line."""

from __future__ import annotations

import json

import pytest

from desktop_app import cli
from desktop_app.config import Settings, save_settings
from desktop_app.core import reranker as reranker_module
from tests.standin_models import cross_encoder

NOTES = {
    "ferry.txt": "The ferry to Bornholm leaves at 08:30 from Køge harbour every morning.",
    "library.txt": "The public library in Aarhus opens at ten and closes at six on weekdays.",
    "bakery.txt": "The bakery on the corner sells rye bread and cinnamon rolls from seven.",
}
QUERIES = ["When does the ferry leave?", "library opening hours", "where to buy rye bread"]


@pytest.mark.slow  # indexes with the embedding model and reranks with a real cross-encoder
def test_search_from_file_builds_and_loads_the_reranker_once(
    tmp_path, tmp_path_factory, capsys, monkeypatch
):
    made, loads = [], []

    class CountedReranker(reranker_module.Reranker):
        def __init__(self, folder, *args, **kwargs):
            made.append(folder)
            super().__init__(folder, *args, **kwargs)

        def load(self):
            if self._model is None:
                loads.append(self.folder)
            super().load()

    monkeypatch.setattr(reranker_module, "Reranker", CountedReranker)
    data, docs = tmp_path / "data", tmp_path / "docs"
    docs.mkdir()
    for name, text in NOTES.items():
        (docs / name).write_text(text, "utf-8")
    settings = Settings()
    settings.index.reranker = str(cross_encoder(tmp_path_factory.getbasetemp()))
    save_settings(settings, data)
    queries = tmp_path / "queries.txt"
    queries.write_text("\n".join(QUERIES) + "\n", "utf-8")

    def run(*arguments: str) -> str:
        code = cli.main(cli.build_parser().parse_args(["--data-dir", str(data), *arguments]))
        captured = capsys.readouterr()
        assert code == 0, captured.err
        return captured.out

    run("index", str(docs))
    entries = json.loads(run("search", "--json", "--top-k", "3", "--from-file", str(queries)))

    assert [entry["query"] for entry in entries] == QUERIES
    assert all(len(entry["sources"]) == 3 for entry in entries)  # reranked: two or more hits
    assert [str(folder) for folder in made] == [settings.index.reranker] and len(loads) == 1
