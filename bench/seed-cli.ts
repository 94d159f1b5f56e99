// Child process of bench/run.ts: seeds DATABASE_URL and prints the fixture as JSON.
import path from 'node:path'
import { seedBench } from './seed.ts'

const fixture = await seedBench(path.resolve(import.meta.dirname, '..'))
process.stdout.write(`\nBENCH_FIXTURE ${JSON.stringify(fixture)}\n`)
process.exit(0)
