// Password hashing with argon2id (OWASP's recommended parameters).
import { hash, verify } from '@node-rs/argon2'
import { normalizePassword } from './password-policy.ts'

const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32, algorithm: 2 } as const // 2 = Argon2id

export async function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), options)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password))
  } catch {
    return false
  }
}

// hashed once, so that an unknown username costs the same time as a wrong password
let dummyHash: Promise<string> | undefined
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash('tamkeen-dummy-password-for-timing', options)
  await verify(await dummyHash, normalizePassword(password)).catch(() => false)
  return false
}
