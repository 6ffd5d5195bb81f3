#!/usr/bin/env bash
# The Debian/Ubuntu packages ruralperf needs, by purpose (the one list: setup_env.sh, the bundle
# build and CI use it), and how they are installed. Sourced, not run:
#   . scripts/system_packages.sh
#   require_packages "what they are for" PKG...   # installs what is missing, or stops
#   assert_packages PKG...                        # CI: fails (exit 1) if any is not installed
#   bundle_build_packages PYTHON                  # the packages PyInstaller needs with PYTHON

# Qt's libraries (platform plugins xcb/offscreen, OpenGL, fonts) and CUPS for Qt's print-support
# plugin (printing to a printer; PDF output works without it).
QT_PACKAGES="libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
libxcb-render-util0 libxcb-image0 libcups2"
# The tests and the bundle check look at PDFs (pdftoppm, pdfinfo).
TEST_PACKAGES="poppler-utils"

missing_packages() {  # prints the packages of "$@" that dpkg does not list as installed
  local p out=""
  for p in "$@"; do
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || out="$out $p"
  done
  echo "${out# }"
}

require_packages() {  # require_packages WHAT PKG...: install the missing ones (root or
  # password-less sudo), else stop at once with the exact command to run.
  local what=$1; shift
  command -v dpkg-query >/dev/null 2>&1 || {
    echo "  (not a Debian/Ubuntu system: make sure these are installed: $*)"; return 0; }
  local missing; missing=$(missing_packages "$@")
  [ -n "$missing" ] || return 0
  local apt="apt-get install -y --no-install-recommends $missing"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo"
    else
      {
        echo
        echo "ruralperf: missing system packages ($what): $missing"
        echo "缺少以下系统软件包：$missing"
        echo "Ask an administrator to run / 请管理员运行："
        echo
        echo "    sudo apt-get update && sudo $apt"
        echo
        echo "then run this command again. / 然后重新运行本命令。"
      } >&2
      exit 1
    fi
  fi
  echo "  installing ($what): $missing"
  $sudo apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    $missing >/dev/null 2>&1 || {
      echo "ruralperf: apt-get could not install: $missing" >&2; exit 1; }
}

assert_packages() {  # assert_packages PKG...: CI's check that nothing comes from the host by chance
  local missing; missing=$(missing_packages "$@")
  if [ -n "$missing" ]; then
    echo "FAIL  required system packages not installed: $missing" >&2
    return 1
  fi
  echo "ok    system packages installed: $*"
}

bundle_build_packages() {  # bundle_build_packages PYTHON: what PyInstaller needs on Linux:
  # objdump and ldd (binutils, libc-bin), and the interpreter's shared library: a Debian python3
  # links it statically, so PyInstaller takes libpython3.X.so from the package libpython3.X;
  # a python built with --enable-shared (pyenv, /usr/local) brings its own.
  local py=$1 real ver
  real=$("$py" -c 'import os, sys; print(os.path.realpath(sys._base_executable))')
  ver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  local pkgs="binutils libc-bin"
  if dpkg-query -S "$real" >/dev/null 2>&1; then
    pkgs="$pkgs libpython$ver"
  fi
  echo "$pkgs"
}
