// Demo accounts, one per role, with long random passphrases printed once.
import crypto from 'node:crypto'
import { prisma } from '#app/db.server.ts'
import { hashPassword } from '#app/modules/auth/password.server.ts'

const words = ['olive', 'river', 'jasmine', 'harbour', 'lantern', 'cedar', 'meadow', 'orchard', 'pigeon', 'saffron', 'violet', 'window', 'anchor', 'bridge', 'candle', 'desert']

function passphrase(): string {
  return Array.from({ length: 4 }, () => words[crypto.randomInt(words.length)]).join('-') + '-' + crypto.randomInt(100, 999)
}

export const demoAccounts = [
  { username: 'demo-learner', displayName: 'Demo learner', role: 'learner' },
  { username: 'demo-trainer', displayName: 'Demo trainer', role: 'trainer' },
  { username: 'demo-coordinator', displayName: 'Demo coordinator', role: 'coordinator' },
  { username: 'demo-admin', displayName: 'Demo admin', role: 'admin' },
] as const

export async function seedDemo() {
  console.log('\nDemo accounts (change or delete them before real use):')
  for (const account of demoAccounts) {
    const password = process.env.DEMO_PASSWORD ?? passphrase()
    const passwordHash = await hashPassword(password)
    await prisma.user.upsert({
      where: { username: account.username },
      create: { ...account, passwordHash, preferredLocale: 'ar' },
      update: { passwordHash, role: account.role, deletedAt: null },
      select: { id: true },
    })
    console.log(`  ${account.role.padEnd(12)} ${account.username.padEnd(18)} password: ${password}`)
  }
  console.log('')
}
