"""Settings round-trip as TOML, atomically; a broken file never stops Lokal from starting."""

from desktop_app.config import Settings, load_settings, save_settings


def test_settings_round_trip(tmp_path):
    settings = Settings()
    settings.model.temperature = 0.7
    settings.retrieval.top_k = 7
    save_settings(settings, tmp_path)
    assert load_settings(tmp_path) == settings
    assert not list(tmp_path.glob("*.tmp"))  # no temporary file left behind


def test_broken_settings_are_set_aside_and_defaults_used(tmp_path):
    (tmp_path / "settings.toml").write_text("[model\ntemperature = 'hot'")
    assert load_settings(tmp_path) == Settings()
    [kept] = tmp_path.glob("settings.toml.broken-*")  # settings.toml.broken-<YYYYMMDD-HHMMSS>
    assert kept.read_text().startswith("[model")


def test_out_of_range_value_is_refused(tmp_path):
    (tmp_path / "settings.toml").write_text("[model]\ntemperature = 99.0\n")
    assert load_settings(tmp_path).model.temperature == Settings().model.temperature
