// Two-factor with TOTP and single-use recovery codes: setting up, checking, turning off.
import QRCode from 'qrcode'
import { prisma } from '#app/db.server.ts'
import { recordAudit } from '#app/modules/audit/index.server.ts'
import {
  generateRecoveryCodes,
  generateTotpSecret,
  groupSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  looksLikeTotpCode,
  matchTotp,
  totpKeyUri,
} from './totp.ts'

export async function getTwoFactorStatus(userId: string) {
  const [user, remainingRecoveryCodes] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true, totpSecret: true, totpPendingSecret: true } }),
    prisma.recoveryCode.count({ where: { userId, usedAt: null } }),
  ])
  const setup = !user.totpSecret && user.totpPendingSecret ? await setupDetails(user.totpPendingSecret, user.username) : null
  return { enabled: Boolean(user.totpSecret), setup, remainingRecoveryCodes }
}

/** The secret as text and as a QR code drawn here, as SVG: nothing is fetched from elsewhere. */
async function setupDetails(secret: string, username: string) {
  const qrSvg = await QRCode.toString(totpKeyUri(secret, username), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return { secret: groupSecret(secret), qrSvg }
}

export async function startTotpSetup(userId: string) {
  await prisma.user.updateMany({
    where: { id: userId, totpSecret: null },
    data: { totpPendingSecret: generateTotpSecret() },
  })
}

export async function cancelTotpSetup(userId: string) {
  await prisma.user.update({ where: { id: userId }, data: { totpPendingSecret: null }, select: { id: true } })
}

async function replaceRecoveryCodes(userId: string) {
  const codes = generateRecoveryCodes()
  return {
    codes,
    writes: [
      prisma.recoveryCode.deleteMany({ where: { userId } }),
      prisma.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) }),
    ],
  }
}

/**
 * Confirms the app works by checking a code against the pending secret; then two-factor is on,
 * this session counts as verified, and ten recovery codes are returned to show once.
 */
export async function confirmTotpSetup(userId: string, sessionId: string, code: string): Promise<string[] | null> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpPendingSecret: true, totpSecret: true } })
  if (user.totpSecret || !user.totpPendingSecret) return null
  const step = matchTotp(user.totpPendingSecret, code, new Date(), null)
  if (step === null) return null
  const { codes, writes } = await replaceRecoveryCodes(userId)
  await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step },
      select: { id: true },
    }),
    ...writes,
    prisma.session.update({ where: { id: sessionId }, data: { twoFactorVerified: true }, select: { id: true } }),
  ])
  await recordAudit({ actorId: userId, action: 'totp.enabled', subject: `user:${userId}` })
  return codes
}

/**
 * A code from the app or an unused recovery code. Each is accepted once only: the TOTP time
 * step must be newer than the last one used, and a recovery code is marked used atomically.
 */
export async function verifySecondFactor(userId: string, input: string): Promise<'totp' | 'recovery' | null> {
  if (looksLikeTotpCode(input)) {
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true } })
    if (!user?.totpSecret) return null
    const step = matchTotp(user.totpSecret, input, new Date(), user.totpLastStep)
    if (step === null) return null
    const { count } = await prisma.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    })
    return count === 1 ? 'totp' : null
  }
  if (looksLikeRecoveryCode(input)) {
    const { count } = await prisma.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(input), usedAt: null },
      data: { usedAt: new Date() },
    })
    if (count === 1) await recordAudit({ actorId: userId, action: 'recovery-code.used', subject: `user:${userId}` })
    return count === 1 ? 'recovery' : null
  }
  return null
}

export async function disableTotp(userId: string, code: string): Promise<boolean> {
  if (!(await verifySecondFactor(userId, code))) return false
  await prisma.$transaction([
    prisma.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpLastStep: null },
      select: { id: true },
    }),
    prisma.recoveryCode.deleteMany({ where: { userId } }),
  ])
  await recordAudit({ actorId: userId, action: 'totp.disabled', subject: `user:${userId}` })
  return true
}

/** New recovery codes (the old ones stop working), after a valid second factor. */
export async function regenerateRecoveryCodes(userId: string, code: string): Promise<string[] | null> {
  if (!(await verifySecondFactor(userId, code))) return null
  const { codes, writes } = await replaceRecoveryCodes(userId)
  await prisma.$transaction(writes)
  await recordAudit({ actorId: userId, action: 'recovery-codes.regenerated', subject: `user:${userId}` })
  return codes
}
