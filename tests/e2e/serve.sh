#!/usr/bin/env bash
# Serves the built app for the browser tests on a fresh, set-up database.
set -euo pipefail
mkdir -p tests/.tmp
rm -f "$E2E_DB" "$E2E_DB-journal"
export DATABASE_URL="file:./$E2E_DB"
NODE_ENV=test npx tsx scripts/setup.ts > tests/.tmp/e2e-setup.log
exec env NODE_ENV=production node server/index.js
