// Environment, parsed once at start-up: a bad value stops the server with a clear line.
import { z } from 'zod'

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: (SQLite) or postgresql:// (PostgreSQL)')
    .default('file:./data/tamkeen.db'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  SECRETS_DIR: z.string().default('./.secrets'),
  LOG_SLOW_QUERIES_MS: z.coerce.number().int().min(0).default(200),
})

export type Env = z.infer<typeof schema>

function parse(): Env {
  const result = schema.safeParse(process.env)
  if (!result.success) {
    for (const issue of result.error.issues) {
      console.error(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`)
    }
    throw new Error('Invalid environment; see the lines above.')
  }
  return result.data
}

export const env = parse()
