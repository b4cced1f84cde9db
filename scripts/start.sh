#!/usr/bin/env bash
# Installs what the app needs (when missing or out of date) and starts it on http://localhost:5173/
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
exec npx vite --port 5173
