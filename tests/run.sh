#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then run them.
#   bash tests/run.sh [pytest args]
# System packages: Chromium (the report is checked in a real browser) and a CJK font
# (so its screenshot shows Chinese). Python packages: the project with its test extras,
# in .venv beside this folder. Needs nothing outside the checkout (no ../shared).
# Quick loop while working: bash tests/run.sh -m "not slow"
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "noto.*cjk" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]} (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Wait up to 5 minutes for another apt-get or dpkg to let go of the lock.
  wait_lock=(-o DPkg::Lock::Timeout=300)
  $sudo apt-get "${wait_lock[@]}" update -qq >/dev/null
  $sudo apt-get "${wait_lock[@]}" install -y -qq --no-install-recommends \
    "${need[@]}" fontconfig >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest "$@"
