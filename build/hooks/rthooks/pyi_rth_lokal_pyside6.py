# Lokal's stand-in for PyInstaller's PySide6 run-time hook (pyi_rth_pyside6, which build/
# lokal.spec takes out): the same steps (Qt's plugin path, an embedded qt.conf pointing Qt at
# the bundle), but not in multiprocessing's children. PyInstaller's hook imports QtCore in
# every process the executable starts, and the app starts several that never touch Qt: the
# store's process, the file-preparation workers and multiprocessing's resource tracker. Each
# would load QtCore and ICU for nothing (about 10 MB resident and a few dozen milliseconds).


def _lokal_pyside6_rthook():
    import os
    import sys

    # multiprocessing's children: a spawned worker ("--multiprocessing-fork ...") or a helper
    # it starts with "-c from multiprocessing... import main" (the resource tracker).
    if sys.argv[1:2] == ["--multiprocessing-fork"]:
        return
    if "-c" in sys.argv[1:]:
        command = sys.argv[sys.argv.index("-c") + 1 :][:1]
        if command and "from multiprocessing." in command[0]:
            return

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    if sys.platform.startswith("win"):
        qt_path = os.path.join(sys._MEIPASS, "PySide6")
    else:
        qt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")
    qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)


_lokal_pyside6_rthook()
del _lokal_pyside6_rthook
