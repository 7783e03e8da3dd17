#!/usr/bin/env bash
# Installs the Debian browsers the tests drive. No test tool ever downloads a browser of its own.
#   bash scripts/install-browsers.sh                 # all three engines
#   bash scripts/install-browsers.sh chromium        # just one
set -euo pipefail

declare -A PACKAGES=(
  [chromium]="chromium"
  [firefox]="firefox-esr"
  [webkit]="webkit2gtk-driver xvfb xauth"
)
engines=("$@")
[ ${#engines[@]} -eq 0 ] && engines=(chromium firefox webkit)

wanted=()
for engine in "${engines[@]}"; do
  [ -n "${PACKAGES[$engine]:-}" ] || { echo "unknown engine: $engine (chromium, firefox, webkit)" >&2; exit 2; }
  for pkg in ${PACKAGES[$engine]}; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || wanted+=("$pkg")
  done
done
if [ ${#wanted[@]} -eq 0 ]; then
  echo "browsers: ${engines[*]} already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${wanted[@]}"
echo "browsers: installed ${wanted[*]}"
