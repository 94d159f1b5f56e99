// The platform's Ed25519 signing keys. The private half is a JWK file under SECRETS_DIR
// (outside git, readable by the server only); the public half and its kid are in SigningKey.
// Rotating adds a new key and retires the old one: retired keys stay published, so every
// certificate ever signed stays verifiable.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { calculateJwkThumbprint } from 'jose'
import { z } from 'zod'
import { prisma } from '#app/db.server.ts'
import { env } from '#app/env.server.ts'

const okpJwk = z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().min(43) })
const privateJwk = okpJwk.extend({ d: z.string().min(43) })

export type PublicJwk = z.infer<typeof okpJwk>
export type PrivateJwk = z.infer<typeof privateJwk>
export type SigningKeyPair = { kid: string; publicJwk: PublicJwk; privateJwk: PrivateJwk }

export function secretsDir(): string {
  return path.resolve(env.SECRETS_DIR, 'signing-keys')
}

const keyFile = (kid: string) => path.join(secretsDir(), `${kid}.private.jwk.json`)

function readPrivateKey(kid: string): PrivateJwk | null {
  try {
    return privateJwk.parse(JSON.parse(fs.readFileSync(keyFile(kid), 'utf8')))
  } catch {
    return null
  }
}

export function parsePublicJwk(text: string): PublicJwk {
  return okpJwk.parse(JSON.parse(text))
}

/** Makes a key, writes its private half to disk and its public half to the database. */
export async function createSigningKey(): Promise<SigningKeyPair> {
  const { privateKey } = crypto.generateKeyPairSync('ed25519')
  const jwk = privateJwk.parse(privateKey.export({ format: 'jwk' }))
  const publicJwk: PublicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x }
  const kid = await calculateJwkThumbprint(publicJwk)
  fs.mkdirSync(secretsDir(), { recursive: true, mode: 0o700 })
  fs.writeFileSync(keyFile(kid), JSON.stringify({ ...jwk, kid }), { mode: 0o600, flag: 'wx' })
  await prisma.signingKey.create({ data: { id: kid, publicJwk: JSON.stringify(publicJwk) }, select: { id: true } })
  return { kid, publicJwk, privateJwk: jwk }
}

/** The newest unretired key whose private half this server holds; made when there is none. */
export async function activeSigningKey(): Promise<SigningKeyPair> {
  const keys = await prisma.signingKey.findMany({
    where: { retiredAt: null },
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { id: true, publicJwk: true },
  })
  for (const key of keys) {
    const secret = readPrivateKey(key.id)
    if (secret) return { kid: key.id, publicJwk: parsePublicJwk(key.publicJwk), privateJwk: secret }
  }
  return createSigningKey()
}

export async function ensureSigningKey(): Promise<{ kid: string; created: boolean }> {
  const before = await prisma.signingKey.count({ where: { retiredAt: null } })
  const key = await activeSigningKey()
  const after = await prisma.signingKey.count({ where: { retiredAt: null } })
  return { kid: key.kid, created: after > before }
}

/** A new active key; the others are retired (they no longer sign but stay published). */
export async function rotateSigningKey(): Promise<{ kid: string; retired: string[] }> {
  const old = await prisma.signingKey.findMany({ where: { retiredAt: null }, select: { id: true } })
  const key = await createSigningKey()
  await prisma.signingKey.updateMany({ where: { id: { in: old.map((k) => k.id) } }, data: { retiredAt: new Date() } })
  return { kid: key.kid, retired: old.map((k) => k.id) }
}

/** Every key that has ever signed, newest first: what verifiers need. */
export async function publishedKeys(): Promise<{ kid: string; publicJwk: PublicJwk; retiredAt: Date | null }[]> {
  const keys = await prisma.signingKey.findMany({
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, publicJwk: true, retiredAt: true },
  })
  return keys.map((k) => ({ kid: k.id, publicJwk: parsePublicJwk(k.publicJwk), retiredAt: k.retiredAt }))
}
