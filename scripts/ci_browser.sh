#!/usr/bin/env bash
# Make Debian's Chromium available for the browser tests (tests/serve/test_browser.py drives it through
# Playwright with executable_path=/usr/bin/chromium; Playwright's own browser download is never used).
# Installs it with apt only when it is missing; needs root (or sudo) for that.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "ci_browser: /usr/bin/chromium present ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ci_browser: /usr/bin/chromium is missing and this user cannot install it (no root, no sudo)" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
