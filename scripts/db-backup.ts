// SQLite backups that are safe while the app is serving (SQLite's online backup API).
//   npm run db:backup -- backups/tamkeen-2026-11-21.db
//   npm run db:restore -- backups/tamkeen-2026-11-21.db     (stop the app first)
// For PostgreSQL use pg_dump / pg_restore (see README, "Backups").
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

function sqlitePath(url: string): string {
  if (!url.startsWith('file:')) throw new Error('db:backup handles SQLite; for PostgreSQL use pg_dump (README)')
  return path.resolve(url.slice('file:'.length))
}

export async function backupSqlite(url: string, destination: string): Promise<number> {
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true })
  const db = new Database(sqlitePath(url), { readonly: true, fileMustExist: true })
  try {
    await db.backup(destination)
  } finally {
    db.close()
  }
  return fs.statSync(destination).size
}

/** Replaces the database with a backup, after checking the backup is a sound SQLite file. */
export async function restoreSqlite(source: string, url: string): Promise<void> {
  const check = new Database(source, { readonly: true, fileMustExist: true })
  try {
    const result = check.pragma('integrity_check', { simple: true })
    if (result !== 'ok') throw new Error(`backup failed its integrity check: ${String(result)}`)
  } finally {
    check.close()
  }
  const target = sqlitePath(url)
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target + suffix, { force: true })
  const src = new Database(source, { readonly: true })
  try {
    await src.backup(target)
  } finally {
    src.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, file] = process.argv.slice(2)
  const url = process.env.DATABASE_URL ?? 'file:./data/tamkeen.db'
  if (!file || (command !== 'backup' && command !== 'restore')) {
    console.error('usage: tsx scripts/db-backup.ts backup|restore FILE')
    process.exit(2)
  }
  if (command === 'backup') console.log(`Backed up ${await backupSqlite(url, file)} bytes to ${file}`)
  else {
    await restoreSqlite(file, url)
    console.log(`Restored ${url} from ${file}`)
  }
}
