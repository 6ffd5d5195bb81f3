"""The README's set-up commands without root: they stop at once with the exact command an
administrator runs, instead of carrying on into a pytest INTERNALERROR (issue 21)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs Debian's dpkg")

AS_USER = 'id() { echo 1000; }; sudo() { return 1; }; '  # a user without root or sudo


def shell(script: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", script], cwd=REPO, capture_output=True, text=True,
                          timeout=60)


def test_a_user_without_root_gets_the_exact_command_and_a_stop():
    done = shell('set -e; . scripts/system_packages.sh; ' + AS_USER
                 + 'require_packages "Qt" bash no-such-package-rp21; echo carried-on')
    assert done.returncode == 1
    assert "carried-on" not in done.stdout
    assert ("sudo apt-get update && sudo apt-get install -y --no-install-recommends "
            "no-such-package-rp21") in done.stderr
    assert "缺少以下系统软件包" in done.stderr and "missing system packages" in done.stderr


def test_installed_packages_need_nothing():
    done = shell('set -e; . scripts/system_packages.sh; ' + AS_USER
                 + 'require_packages "base" bash coreutils; echo fine')
    assert done.returncode == 0 and done.stdout.strip() == "fine"


def test_the_ci_assertion_fails_on_a_missing_package():
    done = shell('. scripts/system_packages.sh; assert_packages bash no-such-package-rp21')
    assert done.returncode == 1 and "no-such-package-rp21" in done.stderr


def test_a_debian_python_needs_its_shared_library_for_the_bundle():
    python3 = Path("/usr/bin/python3")
    if not python3.exists():
        pytest.skip("no Debian python3")
    done = shell(f'. scripts/system_packages.sh; bundle_build_packages {python3}')
    assert done.returncode == 0
    words = done.stdout.split()
    assert "binutils" in words
    version = subprocess.run([str(python3), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                             capture_output=True, text=True).stdout.strip()
    owned = subprocess.run(["dpkg-query", "-S", str(python3.resolve())], capture_output=True)
    assert (f"libpython{version}" in words) == (owned.returncode == 0)
