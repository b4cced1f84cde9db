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

step 'Type-check';         npm run typecheck
step 'Lint';               npm run lint
step 'Formatting';         npm run format:check
step 'Unit, component and content tests'; npm test
step 'Production build';   npm run build
step 'Size budgets';       npm run size -- --check
step 'End-to-end tests in Chromium'; npm run test:e2e
step 'All checks passed'
