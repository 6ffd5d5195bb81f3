"""Naming a missing system library (Qt needs libGL, libEGL, xkbcommon, ... from the operating
system) in words, instead of an internal error: which library, which Debian/Ubuntu package
brings it, and the command an administrator runs. No Qt here: this explains why Qt failed."""
from __future__ import annotations

import re

# shared-object name (without its version) -> Debian/Ubuntu package (scripts/system_packages.sh)
PACKAGES = {
    "libGL.so": "libgl1",
    "libEGL.so": "libegl1",
    "libOpenGL.so": "libopengl0",
    "libGLX.so": "libglx0",
    "libX11.so": "libx11-6",
    "libX11-xcb.so": "libx11-xcb1",
    "libdbus-1.so": "libdbus-1-3",
    "libfontconfig.so": "libfontconfig1",
    "libfreetype.so": "libfreetype6",
    "libglib-2.0.so": "libglib2.0-0",
    "libgthread-2.0.so": "libglib2.0-0",
    "libxkbcommon.so": "libxkbcommon0",
    "libxkbcommon-x11.so": "libxkbcommon-x11-0",
    "libxcb-cursor.so": "libxcb-cursor0",
    "libxcb-icccm.so": "libxcb-icccm4",
    "libxcb-keysyms.so": "libxcb-keysyms1",
    "libxcb-shape.so": "libxcb-shape0",
    "libxcb-render-util.so": "libxcb-render-util0",
    "libxcb-image.so": "libxcb-image0",
    "libcups.so": "libcups2",
}

_SONAME = re.compile(r"([A-Za-z0-9_.+-]+\.so(?:\.[0-9]+)*)\s*:\s*cannot open shared object file")


def missing_library(exc: BaseException) -> str | None:
    """The shared library whose absence made `exc` (an ImportError or OSError from the dynamic
    loader: "libGL.so.1: cannot open shared object file"), else None."""
    if not isinstance(exc, ImportError | OSError):
        return None
    found = _SONAME.search(str(exc))
    return found.group(1) if found else None


def package_for(library: str) -> str | None:
    """The Debian/Ubuntu package that installs `library` ("libGL.so.1" -> "libgl1")."""
    base = re.sub(r"(\.so)(\.[0-9]+)*$", r"\1", library)
    return PACKAGES.get(base)
