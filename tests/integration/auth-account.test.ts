// Accounts against a real database: sign-in with its two-factor step, password change,
// the data export and deletion (personal data gone, certificates kept without a name).
import { generateHOTP } from '@oslojs/otp'
import { decodeBase32IgnorePadding } from '@oslojs/encoding'
import { expect, test } from 'vitest'
import { prisma } from '#app/db.server.ts'
import {
  changePassword,
  completeTwoFactor,
  confirmTotpSetup,
  deleteAccount,
  exportAccountData,
  getPendingTwoFactorSession,
  getSession,
  listUserSessions,
  registerAccount,
  signIn,
  startTotpSetup,
} from '#app/modules/auth/index.server.ts'

const password = 'olive window river morning'

/** A browser: keeps the session cookie the app sets, and sends it back. */
function browser() {
  let cookie = ''
  return {
    request: () => new Request('http://localhost/en/login', { headers: cookie ? { Cookie: cookie, 'User-Agent': 'Mozilla/5.0 (Android 14) Firefox/128.0' } : {} }),
    keep: (setCookie: string) => (cookie = setCookie.split(';')[0] ?? ''),
  }
}

async function register(username: string) {
  const b = browser()
  const result = await registerAccount(b.request(), '192.0.2.1', { username, displayName: '', email: '', password, locale: 'en' })
  if (result.kind !== 'created') throw new Error(result.kind)
  b.keep(result.cookie)
  const session = await getSession(b.request())
  if (!session) throw new Error('not signed in')
  return { browser: b, userId: session.user.id, sessionId: session.sessionId }
}

test('registration signs the person in; the display name defaults to the username; the name is then taken', async () => {
  const { browser: b } = await register('samira')
  const session = await getSession(b.request())
  expect(session?.user).toMatchObject({ username: 'samira', displayName: 'samira', role: 'learner' })
  const again = await registerAccount(browser().request(), '192.0.2.1', { username: 'samira', displayName: '', email: '', password, locale: 'ar' })
  expect(again).toEqual({ kind: 'taken', field: 'username' })
})

test('sign-in: a wrong password and an unknown name get the same answer; each sign-in is a new session', async () => {
  const { browser: b, sessionId: first } = await register('omar')
  expect(await signIn(browser().request(), '192.0.2.2', { username: 'omar', password: 'wrong wrong wrong wrong' })).toEqual({ kind: 'invalid' })
  expect(await signIn(browser().request(), '192.0.2.2', { username: 'nobody-here', password })).toEqual({ kind: 'invalid' })
  const result = await signIn(b.request(), '192.0.2.2', { username: 'omar', password })
  expect(result.kind).toBe('signedIn')
  if (result.kind !== 'signedIn') return
  b.keep(result.cookie)
  const session = await getSession(b.request())
  expect(session?.sessionId).not.toBe(first)
  // the browser's old session was ended, not left behind
  expect(await prisma.session.count({ where: { id: first } })).toBe(0)
})

test('with two-factor, the password alone gives only a pending session; a code or recovery code completes it, once', async () => {
  const { browser: b, userId, sessionId } = await register('layla')
  await startTotpSetup(userId)
  const { totpPendingSecret } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpPendingSecret: true } })
  const key = decodeBase32IgnorePadding(totpPendingSecret ?? '')
  const step = Math.floor(Date.now() / 30_000)
  const codes = await confirmTotpSetup(userId, sessionId, generateHOTP(key, BigInt(step), 6))
  expect(codes).toHaveLength(10)
  const stored = await prisma.recoveryCode.findMany({ where: { userId }, select: { codeHash: true } })
  expect(stored.map((c) => c.codeHash)).not.toContain(codes?.[0])

  const phone = browser()
  const result = await signIn(phone.request(), '192.0.2.3', { username: 'layla', password })
  expect(result.kind).toBe('needsTwoFactor')
  if (result.kind !== 'needsTwoFactor') return
  phone.keep(result.cookie)
  expect(await getSession(phone.request())).toBeNull()
  const pending = await getPendingTwoFactorSession(phone.request())
  expect(pending).not.toBeNull()
  if (!pending) return
  const target = { sessionId: pending.sessionId, userId }
  // the code used to confirm set-up cannot be replayed
  expect(await completeTwoFactor(target, '192.0.2.3', generateHOTP(key, BigInt(step), 6))).toEqual({ kind: 'invalid' })
  expect(await completeTwoFactor(target, '192.0.2.3', codes?.[0] ?? '')).toEqual({ kind: 'verified', method: 'recovery' })
  expect((await getSession(phone.request()))?.user.username).toBe('layla')
  // the first browser confirmed set-up itself, so it stays signed in
  expect((await getSession(b.request()))?.user.username).toBe('layla')

  const laptop = browser()
  const second = await signIn(laptop.request(), '192.0.2.3', { username: 'layla', password })
  if (second.kind !== 'needsTwoFactor') throw new Error(second.kind)
  laptop.keep(second.cookie)
  const pending2 = await getPendingTwoFactorSession(laptop.request())
  expect(await completeTwoFactor({ sessionId: pending2?.sessionId ?? '', userId }, '192.0.2.3', codes?.[0] ?? '')).toEqual({ kind: 'invalid' })
})

test('changing the password ends every other session and keeps this one', async () => {
  const { browser: b, userId, sessionId } = await register('nour')
  const other = browser()
  const result = await signIn(other.request(), '192.0.2.4', { username: 'nour', password })
  if (result.kind !== 'signedIn') throw new Error(result.kind)
  other.keep(result.cookie)
  expect(await listUserSessions(userId)).toHaveLength(2)
  expect(await changePassword({ id: userId, sessionId }, '192.0.2.4', { currentPassword: 'not it at all really', newPassword: 'cedar bridge lantern dawn' })).toEqual({ kind: 'wrongPassword' })
  expect(await changePassword({ id: userId, sessionId }, '192.0.2.4', { currentPassword: password, newPassword: 'cedar bridge lantern dawn' })).toEqual({ kind: 'changed' })
  expect(await getSession(other.request())).toBeNull()
  expect((await getSession(b.request()))?.sessionId).toBe(sessionId)
  expect((await signIn(browser().request(), '192.0.2.4', { username: 'nour', password: 'cedar bridge lantern dawn' })).kind).toBe('signedIn')
})

test('the data export holds what we keep about the person, and no secrets', async () => {
  const { userId } = await register('hala')
  const data = await exportAccountData(userId)
  expect(data.account).toMatchObject({ username: 'hala', role: 'learner', hasPassword: true, twoFactorEnabled: false })
  expect(data.account.sessions).toHaveLength(1)
  expect(data.auditEvents.map((e) => e.action)).toContain('account.created')
  const text = JSON.stringify(data)
  expect(text).not.toContain('argon2')
  expect(text).not.toMatch(/passwordHash|totpSecret|codeHash/)
})

test('deleting an account removes personal data; certificates stay verifiable without a name', async () => {
  const { browser: b, userId } = await register('karim')
  await prisma.user.update({ where: { id: userId }, data: { email: 'karim@example.org', displayName: 'Karim Haddad' }, select: { id: true } })
  await prisma.course.create({ data: { id: 'c-del', slug: 'c-del', topic: 'media' }, select: { id: true } })
  await prisma.enrollment.create({ data: { userId, courseId: 'c-del' }, select: { id: true } })
  await prisma.certificate.create({ data: { code: 'CERT-DEL-1', userId, courseId: 'c-del', nameArabic: 'كريم حداد', nameLatin: 'Karim Haddad' }, select: { id: true } })
  await prisma.module.create({ data: { id: 'c-del-m', courseId: 'c-del', slug: 'm', position: 1 }, select: { id: true } })
  await prisma.moduleProgress.create({ data: { userId, moduleId: 'c-del-m', lessonsDone: 2 }, select: { userId: true } })

  expect(await deleteAccount(userId, '192.0.2.5', 'not the password at all')).toEqual({ kind: 'wrongPassword' })
  expect(await prisma.user.count({ where: { username: 'karim' } })).toBe(1)

  expect(await deleteAccount(userId, '192.0.2.5', password)).toEqual({ kind: 'deleted' })
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { username: true, displayName: true, email: true, passwordHash: true, totpSecret: true, deletedAt: true },
  })
  expect(user).toEqual({ username: `deleted:${userId}`, displayName: '', email: null, passwordHash: null, totpSecret: null, deletedAt: expect.any(Date) })
  expect(await prisma.session.count({ where: { userId } })).toBe(0)
  expect(await prisma.enrollment.count({ where: { userId } })).toBe(0)
  expect(await prisma.moduleProgress.count({ where: { userId } })).toBe(0)
  expect(await getSession(b.request())).toBeNull()
  const certificate = await prisma.certificate.findUniqueOrThrow({ where: { code: 'CERT-DEL-1' }, select: { userId: true, nameArabic: true, nameLatin: true, courseId: true } })
  expect(certificate).toEqual({ userId: null, nameArabic: null, nameLatin: null, courseId: 'c-del' })
  // nothing of the old name is left to find, and the name may be used again
  expect(await prisma.user.count({ where: { OR: [{ username: 'karim' }, { displayName: { contains: 'Karim' } }, { email: { not: null }, id: userId }] } })).toBe(0)
  expect((await registerAccount(browser().request(), '192.0.2.5', { username: 'karim', displayName: '', email: '', password, locale: 'en' })).kind).toBe('created')
})
