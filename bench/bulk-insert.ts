// Bulk row writer for the bench seed: the raw driver (better-sqlite3 or pg) instead of Prisma's
// createMany, which spends minutes on 300,000 rows. Values are written in the shapes Prisma's
// driver adapters use, so the app reads them back unchanged: on SQLite, dates as ISO-8601
// text with "+00:00" and booleans as 0/1; on PostgreSQL, TIMESTAMP(3) in UTC and booleans.
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'

export type Value = string | number | boolean | Date | null
export type Row = Record<string, Value>

export type BulkWriter = {
  insert(table: string, rows: Row[]): Promise<void>
  close(): Promise<void>
}

const ident = (name: string) => {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad identifier ${name}`)
  return `"${name}"`
}

function sqliteValue(v: Value): string | number | null {
  if (v instanceof Date) return v.toISOString().replace('Z', '+00:00')
  if (typeof v === 'boolean') return v ? 1 : 0
  return v
}

function pgValue(v: Value): string | number | boolean | null {
  // TIMESTAMP(3) without time zone holds UTC: pass the UTC wall time, never a local one
  if (v instanceof Date) return v.toISOString().replace('Z', '')
  return v
}

export async function openBulkWriter(url: string): Promise<BulkWriter> {
  if (url.startsWith('file:')) {
    const db = new Database(path.resolve(url.slice('file:'.length)), { timeout: 5000 })
    return {
      async insert(table, rows) {
        const first = rows[0]
        if (!first) return
        const columns = Object.keys(first)
        const statement = db.prepare(`INSERT INTO ${ident(table)} (${columns.map(ident).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
        db.transaction(() => {
          for (const row of rows) statement.run(columns.map((c) => sqliteValue(row[c] ?? null)))
        })()
      },
      async close() {
        // write the bulk load from the write-ahead log into the database file, as a server's
        // quiet moments would: left in the log (70 MB), the first commit under load would
        // copy it back at once and stall the server for seconds
        db.pragma('wal_checkpoint(TRUNCATE)')
        db.close()
      },
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    async insert(table, rows) {
      const first = rows[0]
      if (!first) return
      const columns = Object.keys(first)
      // PostgreSQL takes at most 65,535 parameters per statement
      const perStatement = Math.floor(30_000 / columns.length)
      await client.query('BEGIN')
      try {
        for (let i = 0; i < rows.length; i += perStatement) {
          const batch = rows.slice(i, i + perStatement)
          const params: (string | number | boolean | null)[] = []
          const tuples = batch.map((row) => `(${columns.map((c) => `$${params.push(pgValue(row[c] ?? null))}`).join(', ')})`)
          await client.query(`INSERT INTO ${ident(table)} (${columns.map(ident).join(', ')}) VALUES ${tuples.join(', ')}`, params)
        }
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    },
    async close() {
      await client.end()
    },
  }
}
