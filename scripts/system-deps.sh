#!/usr/bin/env bash
# Install the Debian packages the portal uses, where this machine lets us (root with apt).
# Elsewhere, say what is missing: the portal runs without them, and the browser tests and
# PDF read-back tests skip with a reason (in CI they fail instead).
#   scripts/system-deps.sh          what the portal and its tests use
#   scripts/system-deps.sh bench    and the load generator the benchmarks drive (wrk)
set -euo pipefail

wanted=(chromium poppler-utils libharfbuzz-subset0 fonts-liberation2 nginx-light gettext)
[ "${1:-}" = "bench" ] && wanted+=(wrk)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Not installed (install them with your package manager): ${missing[*]}" >&2
fi
