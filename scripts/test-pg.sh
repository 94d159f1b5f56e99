#!/usr/bin/env bash
# The PostgreSQL suite: the integration tests again, on a real PostgreSQL server, each test
# file on its own database copied from a freshly migrated template. Skipped with one line
# when no server answers (a user's machine without PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
export TEST_PG_URL="${TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"

if ! npx tsx scripts/pg-admin.ts ping 2>/dev/null; then
  if [ "${CI:-}" = true ] && command -v pg_ctlcluster >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    sleep 2
  fi
  if ! npx tsx scripts/pg-admin.ts ping 2>/dev/null; then
    echo "PostgreSQL suite skipped: no PostgreSQL server answers at ${TEST_PG_URL%/*} (set TEST_PG_URL)."
    exit 0
  fi
fi

# the PostgreSQL client must match the schema even when this suite runs on its own
npx prisma generate --schema prisma/postgresql/schema.prisma >/dev/null

prefix="tamkeen_test_$(date +%s)_$$"
template="${prefix}_template"
cleanup() { npx tsx scripts/pg-admin.ts drop-prefix "$prefix" >/dev/null 2>&1 || true; }
trap cleanup EXIT
npx tsx scripts/pg-admin.ts create "$template"
DATABASE_URL="${TEST_PG_URL%/*}/$template" npx tsx scripts/pg-migrate.ts
echo "PostgreSQL suite: integration tests on ${TEST_PG_URL%/*}"
TAMKEEN_TEST_PG_TEMPLATE="$template" TAMKEEN_TEST_PG_PREFIX="$prefix" npx vitest run tests/integration --passWithNoTests
