// Small PostgreSQL chores for the test suite: is a server there, create/drop a database.
//   tsx scripts/pg-admin.ts ping | create NAME | drop-prefix PREFIX
import pg from 'pg'

const base = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

async function withClient<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const [command, arg] = process.argv.slice(2)
const safeName = (name: string | undefined) => {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('database names: lowercase letters, digits, _')
  return name
}

try {
  if (command === 'ping') {
    await withClient((c) => c.query('SELECT 1'))
  } else if (command === 'create') {
    await withClient((c) => c.query(`CREATE DATABASE "${safeName(arg)}"`))
  } else if (command === 'drop-prefix') {
    const prefix = safeName(arg)
    await withClient(async (c) => {
      const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`])
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${safeName(datname)}" WITH (FORCE)`)
    })
  } else {
    console.error('usage: pg-admin.ts ping | create NAME | drop-prefix PREFIX')
    process.exit(2)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
