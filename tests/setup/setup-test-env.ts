// Runs before every test file: a throw-away copy of the migrated database, and
// console.error turned into a failure (an error logged is a bug, even if nothing threw).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

const tmpDir = path.resolve(import.meta.dirname, '../.tmp')
const file = path.join(tmpDir, `vitest-${process.pid}-${crypto.randomUUID()}.db`)
const base = process.env.TAMKEEN_TEST_BASE_DB
if (!base) throw new Error('tests/setup/global-setup.ts did not run')
fs.copyFileSync(base, file)
process.env.DATABASE_URL = `file:${file}`
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
