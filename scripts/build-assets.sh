#!/usr/bin/env bash
# Build the front-end assets into static/dist/ (ignored by git):
#   - GOV.UK Frontend from the npm registry (version pinned in package-lock.json),
#   - compiled with the portal's stylesheet (static/src/*.scss) by Dart Sass,
#   - its JavaScript copied beside it (not its images: the crown and crest are gov.uk's alone).
# Skips the work when the built files are newer than their sources.
set -euo pipefail
cd "$(dirname "$0")/.."

out=static/dist
if [ -f "$out/portal.css" ] && [ -f "$out/govuk/govuk-frontend.min.js" ] \
   && [ -z "$(find package-lock.json static/src -newer "$out/portal.css" -print -quit)" ]; then
  exit 0
fi

command -v npm >/dev/null || { echo "npm is needed to build the GOV.UK Frontend assets" >&2; exit 1; }
npm ci --no-audit --no-fund --silent
mkdir -p "$out/govuk"
npm run --silent build
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js "$out/govuk/"
echo "Built $out/portal.css with GOV.UK Frontend $(node -p "require('govuk-frontend/package.json').version")"
