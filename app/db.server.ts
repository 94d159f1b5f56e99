// The one Prisma client, with its driver adapter (no Rust engines): better-sqlite3 for a
// `file:` DATABASE_URL, pg for `postgresql://`. Kept across dev reloads; logs slow queries.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '#app/generated/prisma/client.ts'
import { PrismaClient as PrismaPgClient } from '#app/generated/prisma-pg/client.ts'
import { env } from '#app/env.server.ts'

type QueryEvent = { duration: number; query: string }

function logSlow(e: QueryEvent) {
  if (e.duration >= env.LOG_SLOW_QUERIES_MS) console.warn(`slow query (${Math.round(e.duration)} ms): ${e.query.slice(0, 300)}`)
}

export function isPostgres(url: string = env.DATABASE_URL): boolean {
  return /^postgres(ql)?:\/\//.test(url)
}

// Prisma generates one client per database provider. Both describe the same models, but
// their deeply generic types are not mutually assignable, so the PostgreSQL client is seen
// through the SQLite client's type: the one deliberate assertion in the code base
// (docs/decisions/005), proven at run time by the PostgreSQL integration suite.
export type Db = PrismaClient

/** A new client (its own connections), as another app process would have: tests use it. */
export function createClient(url: string): Db {
  if (isPostgres(url)) {
    const client = new PrismaPgClient({
      adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
      log: [{ level: 'query', emit: 'event' }],
    })
    client.$on('query', logSlow)
    return client as unknown as Db
  }
  const client = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }),
    log: [{ level: 'query', emit: 'event' }],
  })
  client.$on('query', logSlow)
  // Write-ahead log: readers never wait for a writer, other processes on the same file
  // included, and with synchronous=NORMAL a commit no longer waits for the disk (a power cut
  // may lose the last commits, never corrupt the file). Without it, 50 learners submitting
  // quizzes queued behind one fsync each (bench/RESULTS.md). WAL stays set in the file; a
  // refusal (another process mid-write) leaves the previous mode, which still works.
  void client
    .$queryRawUnsafe('PRAGMA journal_mode = WAL')
    .then(() => client.$executeRawUnsafe('PRAGMA synchronous = NORMAL'))
    .catch(() => {})
  return client
}

declare global {
  var __tamkeenPrisma: Db | undefined
}

export const prisma: Db = globalThis.__tamkeenPrisma ?? createClient(env.DATABASE_URL)
if (env.NODE_ENV !== 'production') globalThis.__tamkeenPrisma = prisma

export async function databaseAnswers(): Promise<boolean> {
  try {
    await prisma.$queryRawUnsafe('SELECT 1')
    return true
  } catch {
    return false
  }
}
