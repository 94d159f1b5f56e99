// One-shot setup: migrate the database, import the courses, and (outside production)
// create one demo account per role, printing their passwords.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const url = process.env.DATABASE_URL ?? 'file:./data/tamkeen.db'
process.env.DATABASE_URL = url
const production = process.env.NODE_ENV === 'production'

if (url.startsWith('file:')) {
  const file = path.resolve(root, url.slice('file:'.length))
  fs.mkdirSync(path.dirname(file), { recursive: true })
  execFileSync('npx', ['prisma', 'migrate', 'deploy'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  console.log(`Database ready: ${file}`)
} else {
  const { migratePostgres } = await import('./pg-migrate.ts')
  await migratePostgres(url)
}

const { runSetupSteps } = await import('./setup-steps.ts')
await runSetupSteps({ root, production })
