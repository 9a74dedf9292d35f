#!/usr/bin/env bash
# Checks deploy/percolate.service with Debian's systemd tools: `systemd-analyze verify` (which
# exits 0 even for unknown keys or bad values, so any line about our file counts as an error)
# and the offline security assessment (exposure at most 2.5 of 10).
set -euo pipefail
unit="$(cd "$(dirname "$0")/.." && pwd)/deploy/percolate.service"
report="$(systemd-analyze verify --man=no "$unit" 2>&1)" || { echo "$report" >&2; exit 1; }
if grep -F "percolate.service" <<<"$report" >&2; then
  echo "check-systemd-unit: systemd-analyze verify found problems in $unit" >&2
  exit 1
fi
systemd-analyze security --offline=yes --threshold=25 "$unit" | tail -n 1
echo "check-systemd-unit: $unit verifies"
