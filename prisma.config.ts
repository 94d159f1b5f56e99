// Prisma CLI configuration: the JavaScript schema engine with a driver adapter, so that
// `generate` and `migrate deploy/diff/status` run without downloading Rust engines.
import path from 'node:path'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { defineConfig } from 'prisma/config'

const url = process.env.DATABASE_URL ?? 'file:./data/tamkeen.db'

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => new PrismaBetterSQLite3({ url }),
})
