// Account administration: finding accounts and changing roles (each change audited).
import { prisma } from '#app/db.server.ts'
import { recordAudit } from '#app/modules/audit/index.server.ts'
import type { Role } from './roles.ts'
import { normalizeUsername } from './username.ts'

export const ACCOUNTS_PAGE_SIZE = 25

export async function findAccounts({ query, page }: { query: string; page: number }) {
  const needle = normalizeUsername(query).slice(0, 64)
  const where = { deletedAt: null, ...(needle ? { username: { contains: needle } } : {}) }
  const [total, rows] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      select: { id: true, username: true, displayName: true, role: true, createdAt: true, totpSecret: true },
      orderBy: { username: 'asc' },
      skip: (page - 1) * ACCOUNTS_PAGE_SIZE,
      take: ACCOUNTS_PAGE_SIZE,
    }),
  ])
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / ACCOUNTS_PAGE_SIZE)),
    accounts: rows.map(({ totpSecret, ...row }) => ({ ...row, twoFactor: Boolean(totpSecret) })),
  }
}

export async function changeRole(
  actorId: string,
  userId: string,
  role: Role,
): Promise<{ kind: 'changed' | 'unchanged' } | { kind: 'notFound' | 'ownRole' }> {
  // an admin demoting themselves could leave nobody able to manage accounts
  if (actorId === userId) return { kind: 'ownRole' }
  const target = await prisma.user.findUnique({ where: { id: userId }, select: { role: true, deletedAt: true, username: true } })
  if (!target || target.deletedAt) return { kind: 'notFound' }
  if (target.role === role) return { kind: 'unchanged' }
  await prisma.user.update({ where: { id: userId }, data: { role }, select: { id: true } })
  await recordAudit({ actorId, action: 'role.changed', subject: `user:${userId}`, details: { username: target.username, from: target.role, to: role } })
  return { kind: 'changed' }
}
