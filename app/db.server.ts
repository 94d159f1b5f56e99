// The one Prisma client, with its driver adapter (no Rust engines). Kept across dev reloads.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '#app/generated/prisma/client.ts'
import { env } from '#app/env.server.ts'

function createClient(url: string) {
  if (!url.startsWith('file:')) {
    throw new Error('PostgreSQL mode is not enabled in this build; use a file: DATABASE_URL')
  }
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 })
  const client = new PrismaClient({ adapter, log: [{ level: 'query', emit: 'event' }] })
  client.$on('query', (e) => {
    if (e.duration >= env.LOG_SLOW_QUERIES_MS) console.warn(`slow query (${e.duration} ms): ${e.query}`)
  })
  return client
}

declare global {
  var __tamkeenPrisma: ReturnType<typeof createClient> | undefined
}

export const prisma = globalThis.__tamkeenPrisma ?? createClient(env.DATABASE_URL)
if (env.NODE_ENV !== 'production') globalThis.__tamkeenPrisma = prisma

export async function databaseAnswers(): Promise<boolean> {
  try {
    await prisma.$queryRawUnsafe('SELECT 1')
    return true
  } catch {
    return false
  }
}
