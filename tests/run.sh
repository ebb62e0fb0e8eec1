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
  # Wait up to 5 minutes for another apt-get or dpkg to let go of its lock: dpkg's lock
  # with DPkg::Lock::Timeout; the package lists' lock, which `apt-get update` may not
  # wait for, by trying again while the error is about a lock.
  apt_wait() {
    local tries=0 err
    until err=$($sudo apt-get -o DPkg::Lock::Timeout=300 "$@" 2>&1 >/dev/null); do
      tries=$((tries + 1))
      if [ $tries -ge 30 ] || ! grep -qi "lock" <<<"$err"; then
        echo "$err" >&2
        return 1
      fi
      sleep 10
    done
  }
  apt_wait update -qq
  apt_wait install -y -qq --no-install-recommends "${need[@]}" fontconfig
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest "$@"
