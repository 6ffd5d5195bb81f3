"""A system library Qt needs is missing (a machine without libgl1 ...): the program names the
library and the package to install, in Chinese and English, instead of "程序内部错误"."""
from __future__ import annotations

import sys
import types

import pytest

from ruralperf import cli
from ruralperf.errors import describe
from ruralperf.system_libraries import missing_library, package_for

LIBGL = ImportError("libGL.so.1: cannot open shared object file: No such file or directory")


def test_the_library_is_read_from_the_loader_message():
    assert missing_library(LIBGL) == "libGL.so.1"
    assert missing_library(OSError("libxkbcommon.so.0: cannot open shared object file: "
                                   "No such file or directory")) == "libxkbcommon.so.0"
    assert missing_library(ImportError("No module named 'PySide6'")) is None
    assert missing_library(ValueError("libGL.so.1: cannot open shared object file")) is None


@pytest.mark.parametrize("library, package", [
    ("libGL.so.1", "libgl1"), ("libEGL.so.1", "libegl1"), ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libcups.so.2", "libcups2"), ("libfontconfig.so.1", "libfontconfig1"),
])
def test_each_library_names_its_debian_package(library, package):
    assert package_for(library) == package


def test_every_named_package_is_one_setup_installs():
    from pathlib import Path

    from ruralperf.system_libraries import PACKAGES

    script = (Path(__file__).resolve().parents[2] / "scripts" / "system_packages.sh").read_text()
    declared = script.split('QT_PACKAGES="', 1)[1].split('"', 1)[0].split()
    extra = {"libopengl0", "libglx0", "libx11-xcb1"}  # pulled in by libgl1 / libx11-6
    assert set(PACKAGES.values()) - extra <= set(declared)


def test_the_message_names_library_and_command_in_both_languages():
    code, zh = describe(LIBGL, "zh_CN")
    assert code == 1
    assert "libGL.so.1" in zh and "sudo apt-get install -y libgl1" in zh
    assert "缺少系统库" in zh and "程序内部错误" not in zh
    _, en = describe(LIBGL, "en")
    assert "lacks the system library libGL.so.1" in en and "sudo apt-get install -y libgl1" in en
    _, unknown = describe(ImportError("libfoo.so.3: cannot open shared object file"), "en")
    assert "libfoo.so.3" in unknown and "internal error" not in unknown


def test_ruralperf_gui_says_it_instead_of_an_internal_error(monkeypatch, capsys):
    broken = types.ModuleType("broken_qt_app")

    def run(**_kwargs):  # what `from PySide6.QtWidgets import QApplication` raises without libGL
        raise ImportError(str(LIBGL))

    broken.run = run
    monkeypatch.setitem(sys.modules, "broken_qt_app", broken)
    monkeypatch.setattr(cli, "GUI_MODULE", "broken_qt_app")
    assert cli.main(["--lang", "zh_CN", "gui"]) == 1
    err = capsys.readouterr().err
    assert "本机缺少系统库 libGL.so.1" in err and "sudo apt-get install -y libgl1" in err
    assert "程序内部错误" not in err and "Traceback" not in err
