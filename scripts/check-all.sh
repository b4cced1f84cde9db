#!/usr/bin/env bash
# Installs everything (npm packages, Debian's Chromium) and runs every check and test,
# in the order CI runs them. Used by .ci/run and by `npm run check` on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n==> %s\n' "$*"; }

step 'Install npm packages (npm ci)'
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

if [ ! -x /usr/bin/chromium ]; then
  step "Install Debian's Chromium for the browser tests"
  SUDO=''
  [ "$(id -u)" -ne 0 ] && SUDO='sudo'
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if ! command -v xmllint >/dev/null; then
  step 'Install xmllint (libxml2-utils) to validate the SCORM manifests'
  SUDO=''
  [ "$(id -u)" -ne 0 ] && SUDO='sudo'
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libxml2-utils >/dev/null
fi

step 'Type-check';         npm run typecheck
step 'Lint';               npm run lint
step 'Formatting';         npm run format:check
step 'Unit, component and content tests'; npm test -- --reporter=default --reporter=json --outputFile.json=reports/unit.json
step 'Production build';   npm run build
step 'LMS packages (SCORM 1.2 and 2004)'; npm run build:scorm
step 'Size budgets';       npm run size -- --check
step 'End-to-end tests in Chromium'; npm run test:e2e
step 'Lighthouse: accessibility must be 100 on the main routes (timings are reported only)'
npm run bench -- --no-build --check
step 'Quality figures (docs/quality.md)'; npm run quality
step 'All checks passed'
