// Applies prisma/postgresql/migrations to a PostgreSQL database with umzug: each migration
// in its own transaction, recorded in "_tamkeen_migrations", under an advisory lock so
// that two app processes starting together never migrate twice. (Prisma's wasm schema
// engine cannot run `migrate deploy` on PostgreSQL; see docs/decisions/001.)
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { Umzug } from 'umzug'

const LOCK_KEY = 7_262_533 // any fixed number, shared by every Tamkeen process
const migrationsDir = path.resolve(import.meta.dirname, '../prisma/postgresql/migrations')

export async function migratePostgres(connectionString: string, log: (line: string) => void = console.log) {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY])
    await client.query(
      'CREATE TABLE IF NOT EXISTS "_tamkeen_migrations" (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    )
    const names = fs
      .readdirSync(migrationsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
    const umzug = new Umzug({
      migrations: names.map((name) => ({
        name,
        up: async () => {
          const sql = fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8')
          await client.query('BEGIN')
          try {
            await client.query(sql)
            await client.query('INSERT INTO "_tamkeen_migrations" (name) VALUES ($1)', [name])
            await client.query('COMMIT')
          } catch (error) {
            await client.query('ROLLBACK')
            throw error
          }
        },
      })),
      storage: {
        executed: async () => (await client.query<{ name: string }>('SELECT name FROM "_tamkeen_migrations"')).rows.map((r) => r.name),
        logMigration: async () => {}, // recorded inside the migration's own transaction
        unlogMigration: async ({ name }) => {
          await client.query('DELETE FROM "_tamkeen_migrations" WHERE name = $1', [name])
        },
      },
      logger: undefined,
    })
    const applied = await umzug.up()
    log(applied.length ? `Applied ${applied.length} PostgreSQL migration(s).` : 'PostgreSQL schema is up to date.')
    return applied.map((m) => m.name)
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {})
    await client.end()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('DATABASE_URL must be a postgresql:// URL')
    process.exit(2)
  }
  await migratePostgres(url)
}
