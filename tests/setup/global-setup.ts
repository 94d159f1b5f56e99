// Builds one migrated SQLite file per test run; each test file then works on its own copy.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const tmpDir = path.resolve(import.meta.dirname, '../.tmp')

export default function setup() {
  fs.mkdirSync(tmpDir, { recursive: true })
  // one base per run, so that parallel runs in one checkout do not trample each other
  const baseDb = path.join(tmpDir, `base-${process.pid}.db`)
  process.env.TAMKEEN_TEST_BASE_DB = baseDb
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, DATABASE_URL: `file:${baseDb}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return () => {
    // only this run's files: parallel runs in the same checkout keep theirs
    const mine = `vitest-${path.basename(baseDb, '.db')}-`
    for (const f of fs.readdirSync(tmpDir)) if (f.startsWith(mine) || f === path.basename(baseDb)) fs.rmSync(path.join(tmpDir, f), { force: true })
  }
}
