// Runs before every test file: a throw-away copy of the migrated database, and
// console.error turned into a failure (an error logged is a bug, even if nothing threw).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

const pgTemplate = process.env.TAMKEEN_TEST_PG_TEMPLATE
if (pgTemplate) {
  // PostgreSQL suite (scripts/test-pg.sh): a database per test file, copied from the template
  const server = (process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres').replace(/\/[^/]*$/, '')
  const name = `${process.env.TAMKEEN_TEST_PG_PREFIX}_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`
  const admin = new pg.Client({ connectionString: `${server}/postgres` })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${pgTemplate}"`)
  await admin.end()
  process.env.DATABASE_URL = `${server}/${name}`
} else {
  const tmpDir = path.resolve(import.meta.dirname, '../.tmp')
  const base = process.env.TAMKEEN_TEST_BASE_DB
  if (!base) throw new Error('tests/setup/global-setup.ts did not run')
  // named after this run's base, so that another run's clean-up leaves it alone
  const file = path.join(tmpDir, `vitest-${path.basename(base, '.db')}-${process.pid}-${crypto.randomUUID()}.db`)
  fs.copyFileSync(base, file)
  process.env.DATABASE_URL = `file:${file}`
}
process.env.NODE_ENV = 'test'

let consoleError: MockInstance<typeof console.error>
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})
afterEach(() => {
  consoleError.mockRestore()
})
