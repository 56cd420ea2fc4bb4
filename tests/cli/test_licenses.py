"""The third-party licences file a bundle ships (desktop_app/licenses.py), from real metadata."""

from __future__ import annotations

from importlib import metadata

from desktop_app import licenses
from desktop_app.licenses import (
    collect_third_party_licenses,
    licenses_text,
    normalized_name,
    write_licenses_file,
)

# What build/bundle.py leaves out: installed here for building and testing, not frozen.
NOT_BUNDLED = ("torch", "transformers", "sentence-transformers", "pytest", "pytest-qt")


def test_the_file_lists_known_libraries_with_their_licence_texts(tmp_path):
    path = tmp_path / "licenses" / "THIRD_PARTY_LICENSES.txt"
    count = write_licenses_file(path, exclude=NOT_BUNDLED)
    text = path.read_text(encoding="utf-8")
    assert count >= 20  # chromadb alone pulls in dozens
    assert text.count(" — ") >= count  # one "name version — licence" line each
    chromadb = metadata.version("chromadb")
    assert f"chromadb {chromadb} — Apache" in text
    assert "Apache License" in text and "Version 2.0, January 2004" in text  # its LICENSE file
    assert f"llama_cpp_python {metadata.version('llama_cpp_python')} — MIT" in text
    assert "Permission is hereby granted, free of charge" in text  # the MIT text itself
    assert "numpy " in text and "onnxruntime " in text
    assert not list(tmp_path.rglob("*.tmp"))  # written atomically: no temporary file left


def test_excluded_distributions_and_what_only_they_need_are_left_out(tmp_path):
    everything = {normalized_name(entry.name) for entry in collect_third_party_licenses()}
    kept = {normalized_name(entry.name) for entry in collect_third_party_licenses(NOT_BUNDLED)}
    assert {"torch", "transformers", "sentence-transformers", "pytest"} <= everything
    assert not kept & set(NOT_BUNDLED)
    assert "pluggy" in everything and "pluggy" not in kept  # only pytest needs it
    # Needed by torch and by libraries Lokal keeps (huggingface-hub): it stays.
    assert "filelock" in kept
    assert "lokal" not in everything  # Lokal is not a third party
    path = tmp_path / "THIRD_PARTY_LICENSES.txt"
    write_licenses_file(path, exclude=NOT_BUNDLED)
    text = path.read_text(encoding="utf-8")
    assert "\ntorch " not in text and "\nsentence-transformers " not in text
    assert "\nchromadb " in text


def test_each_entry_has_a_licence_and_the_list_is_sorted():
    entries = collect_third_party_licenses(NOT_BUNDLED)
    names = [entry.name.lower() for entry in entries]
    assert names == sorted(names)
    by_name = {normalized_name(entry.name): entry for entry in entries}
    assert by_name["chromadb"].license == "Apache Software License"  # from its classifiers
    assert by_name["numpy"].license.startswith("BSD-3-Clause")  # its License-Expression
    assert by_name["onnxruntime"].texts  # kept beside its code, not in the dist-info
    unknown = [entry.name for entry in entries if entry.license == "unknown" and not entry.texts]
    assert len(unknown) <= len(entries) // 10


def test_a_bundle_shows_its_file_and_a_checkout_collects_now(tmp_path, monkeypatch):
    bundled = tmp_path / "THIRD_PARTY_LICENSES.txt"
    monkeypatch.setattr(licenses, "bundled_licenses_file", lambda: bundled)
    collected = licenses_text()  # no file: collected from this environment
    assert "\nchromadb " in collected and "\ntorch " in collected
    bundled.write_text("Third-party software in Lokal\nchromadb 1.0 — Apache-2.0\n", "utf-8")
    assert licenses_text() == bundled.read_text(encoding="utf-8")
