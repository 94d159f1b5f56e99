// Certificates end to end on a real database: issue for a cohort with mixed eligibility, verify
// the JSON (Data Integrity) and the JWT with third-party libraries using only what Tamkeen
// publishes, tamper, revoke, rotate keys, hide the name, and read the PDF's text.
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

vi.hoisted(() => {
  // keys of this test file only, never the developer's .secrets
  process.env.SECRETS_DIR = `${process.env.TMPDIR ?? '/tmp'}/tamkeen-test-secrets-${process.pid}-${Date.now()}`
})

import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose'
import { prisma } from '#app/db.server.ts'
import {
  createDocumentLoader,
  findCertificate,
  issueForCohort,
  revokeCertificate,
  rotateSigningKey,
  setNameHidden,
} from '#app/modules/certificates/index.server.ts'
import { loader as certificateFile } from '#app/routes/certificates.$file.ts'
import { loader as issuerRoute } from '#app/routes/issuer[.]json.ts'
import { loader as jwksRoute } from '#app/routes/[.]well-known.jwks[.]json.ts'
import { loader as verifyPage } from '#app/routes/$lang.verify.$code.tsx'

const ORIGIN = 'http://tamkeen.test'
const repoRoot = path.resolve(import.meta.dirname, '../..')
const schemaFile = path.resolve(repoRoot, '../shared/conformance/ob_v3p0_achievementcredential_schema.json')

const args = (url: string, params: Record<string, string> = {}) => ({ request: new Request(`${ORIGIN}${url}`), params, context: {} })

async function fetchFile(code: string, ext: 'json' | 'jwt' | 'pdf') {
  return certificateFile(args(`/certificates/${code}.${ext}`, { file: `${code}.${ext}` }))
}

type JsonLd = { [key: string]: unknown }

function isRecord(value: unknown): value is JsonLd {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A verifier's view: contexts from npm, the issuer profile and keys from Tamkeen's own URLs. */
async function verifyJson(credential: JsonLd) {
  const issuer: unknown = await (await issuerRoute(args('/issuer.json'))).json()
  if (!isRecord(issuer) || !Array.isArray(issuer.verificationMethod)) throw new Error('bad issuer profile')
  const methods = issuer.verificationMethod.filter(isRecord)
  const documentLoader = createDocumentLoader((url) => {
    if (url === issuer.id) return issuer
    const method = methods.find((m) => m.id === url)
    return method ? { '@context': issuer['@context'], ...method } : null
  })
  return vc.verifyCredential({ credential, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader })
}

async function jwks(): Promise<JSONWebKeySet> {
  const body: unknown = await (await jwksRoute()).json()
  if (!isRecord(body) || !Array.isArray(body.keys)) throw new Error('bad jwks')
  return { keys: body.keys.filter(isRecord) }
}

const ajv = new Ajv2019({ strict: false, allErrors: true })
addFormats(ajv)
const validateOb = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')))

// ---------------------------------------------------------------- fixtures

let coordinatorId = ''
let cohortId = ''
const learners: Record<'ready' | 'noName' | 'unfinished' | 'quizFailed', string> = { ready: '', noName: '', unfinished: '', quizFailed: '' }

beforeAll(async () => {
  const course = await prisma.course.create({
    data: {
      id: 'c-upr',
      slug: 'upr-basics',
      topic: 'un',
      translations: {
        create: [
          { locale: 'en', title: 'The Universal Periodic Review', summary: 'How the UPR works and how to take part.' },
          { locale: 'ar', title: 'الاستعراض الدوري الشامل', summary: 'كيف يعمل الاستعراض وكيف تشارك فيه.' },
        ],
      },
    },
    select: { id: true },
  })
  for (const n of [1, 2]) {
    await prisma.module.create({
      data: {
        id: `m${n}`,
        courseId: course.id,
        slug: `m${n}`,
        position: n,
        lessons: { create: [{ id: `m${n}-l1`, slug: `l1-${n}`, position: 1, minutes: 5 }, { id: `m${n}-l2`, slug: `l2-${n}`, position: 2, minutes: 5 }] },
        quiz: { create: { id: `q${n}` } },
      },
      select: { id: true },
    })
  }
  // a retired lesson does not count
  await prisma.lesson.create({ data: { id: 'm1-old', moduleId: 'm1', slug: 'old', position: 9, minutes: 5, status: 'retired' }, select: { id: true } })
  const user = (username: string, role = 'learner') =>
    prisma.user.create({ data: { username, displayName: username, role }, select: { id: true } }).then((u) => u.id)
  coordinatorId = await user('coord', 'coordinator')
  learners.ready = await user('ready')
  learners.noName = await user('no-name')
  learners.unfinished = await user('unfinished')
  learners.quizFailed = await user('quiz-failed')
  const cohort = await prisma.cohort.create({
    data: { courseId: course.id, nameAr: 'الدفعة الأولى', nameEn: 'First cohort', startsOn: new Date(), endsOn: new Date(), capacity: 30 },
    select: { id: true },
  })
  cohortId = cohort.id
  const all = Object.values(learners)
  await prisma.enrollment.createMany({ data: all.map((userId) => ({ userId, courseId: course.id, cohortId })) })
  const lessons = ['m1-l1', 'm1-l2', 'm2-l1', 'm2-l2']
  const done = (userId: string, ids: string[]) => prisma.lessonProgress.createMany({ data: ids.map((lessonId) => ({ userId, lessonId })) })
  const attempt = (userId: string, quizId: string, passed: boolean) =>
    prisma.attempt.create({
      data: { userId, quizId, submissionKey: crypto.randomUUID(), score: passed ? 9 : 3, maxScore: 10, percent: passed ? 90 : 30, passed },
      select: { id: true },
    })
  await done(learners.ready, lessons)
  await done(learners.noName, lessons)
  await done(learners.unfinished, lessons.slice(0, 3))
  await done(learners.quizFailed, lessons)
  for (const id of [learners.ready, learners.noName, learners.unfinished]) {
    await attempt(id, 'q1', true)
    await attempt(id, 'q2', true)
  }
  await attempt(learners.ready, 'q1', false) // a failed try before or after a pass does not matter
  await attempt(learners.quizFailed, 'q1', true)
  await attempt(learners.quizFailed, 'q2', false)
  await prisma.certificateRequest.createMany({
    data: [
      { userId: learners.ready, courseId: course.id, nameArabic: 'ريم عبد الله الحسن', nameLatin: 'Rim Abdullah al-Hassan' },
      { userId: learners.unfinished, courseId: course.id, nameLatin: 'Omar Haddad' },
      { userId: learners.quizFailed, courseId: course.id, nameArabic: 'سلمى' },
    ],
  })
})

afterAll(() => {
  const dir = process.env.SECRETS_DIR
  if (dir && dir.includes('tamkeen-test-secrets-')) fs.rmSync(dir, { recursive: true, force: true })
})

// ---------------------------------------------------------------- tests

describe('certificates', () => {
  let code = ''

  test('bulk issue for a cohort: only the eligible learner with a chosen name, the others skipped with reasons', async () => {
    const outcome = await issueForCohort({ actorId: coordinatorId, cohortId, origin: ORIGIN })
    expect(outcome.issued.map((i) => i.userId)).toEqual([learners.ready])
    const reasons = Object.fromEntries(outcome.skipped.map((s) => [s.userId, s.reason]))
    expect(reasons).toEqual({ [learners.noName]: 'no-name', [learners.unfinished]: 'not-eligible', [learners.quizFailed]: 'not-eligible' })
    code = outcome.issued[0]?.code ?? ''
    expect(code).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/)

    const again = await issueForCohort({ actorId: coordinatorId, cohortId, origin: ORIGIN })
    expect(again.issued).toEqual([])
    expect(again.skipped.find((s) => s.userId === learners.ready)?.reason).toBe('already-issued')
    expect(await prisma.certificate.count({ where: { userId: learners.ready } })).toBe(1)
    // and the database itself refuses a second one
    await expect(
      prisma.certificate.create({ data: { code: 'X', userId: learners.ready, courseId: 'c-upr' }, select: { id: true } }),
    ).rejects.toThrow()

    const audit = await prisma.auditEvent.findMany({ where: { action: 'certificate.issued' }, select: { actorId: true, subject: true } })
    expect(audit).toEqual([{ actorId: coordinatorId, subject: `certificate:${code}` }])
  })

  test('the JSON credential validates against the 1EdTech schema and verifies with @digitalbazaar/vc', async () => {
    const response = await fetchFile(code, 'json')
    expect(response.status).toBe(200)
    const credential: unknown = await response.json()
    if (!isRecord(credential)) throw new Error('not an object')
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'])
    expect(isRecord(credential.issuer) && credential.issuer.id).toBe(`${ORIGIN}/issuer.json`)
    expect(Array.isArray(credential.proof) && isRecord(credential.proof[0]) && credential.proof[0].cryptosuite).toBe('eddsa-rdfc-2022')
    expect(validateOb(credential), JSON.stringify(validateOb.errors)).toBe(true)

    const result = await verifyJson(credential)
    expect(result.verified, JSON.stringify(result.error ?? result.results)).toBe(true)
  })

  test('changing one field breaks the JSON proof', async () => {
    const credential: unknown = await (await fetchFile(code, 'json')).json()
    if (!isRecord(credential)) throw new Error('not an object')
    const tampered = JSON.parse(JSON.stringify(credential).replace('Rim Abdullah al-Hassan', 'Someone Else'))
    expect((await verifyJson(tampered)).verified).toBe(false)
    const later = { ...credential, validFrom: '2030-01-01T00:00:00Z' }
    expect((await verifyJson(later)).verified).toBe(false)
  })

  test('the VC-JWT verifies with jose against the published JWKS, and fails when tampered', async () => {
    const response = await fetchFile(code, 'jwt')
    expect(response.headers.get('Content-Type')).toBe('application/jwt')
    const jwt = await response.text()
    const keySet = createLocalJWKSet(await jwks())
    const { payload, protectedHeader } = await jwtVerify(jwt, keySet, { issuer: `${ORIGIN}/issuer.json`, algorithms: ['EdDSA'] })
    expect(protectedHeader.kid).toBeTruthy()
    expect(payload.jti).toBe(`${ORIGIN}/certificates/${code}.json`)
    expect(validateOb(payload.vc), JSON.stringify(validateOb.errors)).toBe(true)
    expect(JSON.stringify(payload.vc)).toContain('Rim Abdullah al-Hassan')

    const [header, body, signature] = jwt.split('.')
    const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8'))
    claims.vc.credentialSubject.identifier[1].identityHash = 'Someone Else'
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`
    await expect(jwtVerify(forged, keySet)).rejects.toThrow()
  })

  test('the PDF is one page with the name, the course and the code', async () => {
    const response = await fetchFile(code, 'pdf')
    expect(response.headers.get('Content-Type')).toBe('application/pdf')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tamkeen-pdf-'))
    const file = path.join(dir, 'certificate.pdf')
    fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+1/)
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Rim Abdullah al-Hassan')
    expect(text).toContain('The Universal Periodic Review')
    expect(text).toContain(code)
    // the Arabic words come out in reading order; letters sharing a glyph may extract as a sibling letter
    expect(text).toMatch(/عبد الله الحسن/)
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    expect(fonts).toContain('NotoNaskhArabic')
    expect(fonts.split('\n').slice(2).filter(Boolean).every((line) => / yes yes yes /.test(line))).toBe(true)
  })

  test('rotating the key keeps old certificates verifiable; new ones use the new key', async () => {
    const before = await prisma.certificate.findUniqueOrThrow({ where: { code }, select: { keyId: true } })
    const { kid, retired } = await rotateSigningKey()
    expect(retired).toContain(before.keyId)
    const credential: unknown = await (await fetchFile(code, 'json')).json()
    if (!isRecord(credential)) throw new Error('not an object')
    expect((await verifyJson(credential)).verified).toBe(true)
    await jwtVerify(await (await fetchFile(code, 'jwt')).text(), createLocalJWKSet(await jwks()))

    await prisma.certificateRequest.create({ data: { userId: learners.noName, courseId: 'c-upr', nameLatin: 'Nour' }, select: { id: true } })
    const outcome = await issueForCohort({ actorId: coordinatorId, cohortId, origin: ORIGIN, userIds: [learners.noName] })
    const second = outcome.issued[0]?.code ?? ''
    expect((await prisma.certificate.findUniqueOrThrow({ where: { code: second }, select: { keyId: true } })).keyId).toBe(kid)
    const fresh: unknown = await (await fetchFile(second, 'json')).json()
    if (!isRecord(fresh)) throw new Error('not an object')
    expect((await verifyJson(fresh)).verified).toBe(true)
  })

  test('the verification page: valid, then a hidden name, then revoked with date and reason; unknown is 404', async () => {
    const valid = await verifyPage(args(`/en/verify/${code}`, { lang: 'en', code }))
    expect(valid).toMatchObject({ status: 'valid', cert: { names: { arabic: 'ريم عبد الله الحسن', latin: 'Rim Abdullah al-Hassan' } } })

    await setNameHidden({ actorId: coordinatorId, code, hidden: true })
    expect(await verifyPage(args(`/ar/verify/${code}`, { lang: 'ar', code }))).toMatchObject({ status: 'valid', cert: { names: null } })
    expect((await fetchFile(code, 'json')).status).toBe(404) // the signed copy carries the name
    await setNameHidden({ actorId: coordinatorId, code, hidden: false })

    expect(await revokeCertificate({ actorId: coordinatorId, code, reason: 'Issued by mistake' })).toBe(true)
    expect(await revokeCertificate({ actorId: coordinatorId, code, reason: 'twice' })).toBe(false)
    const revoked = await verifyPage(args(`/ar/verify/${code}`, { lang: 'ar', code }))
    expect(revoked).toMatchObject({ status: 'revoked', cert: { reason: 'Issued by mistake' } })
    expect((await findCertificate(code))?.revokedAt).toBeInstanceOf(Date)

    const json = await fetchFile(code, 'json')
    expect(json.status).toBe(410)
    expect(await json.json()).toMatchObject({ status: 'revoked', revocationReason: 'Issued by mistake' })
    expect((await fetchFile(code, 'jwt')).status).toBe(410)

    const actions = await prisma.auditEvent.findMany({ where: { subject: `certificate:${code}` }, orderBy: { at: 'asc' }, select: { action: true } })
    expect(actions.map((a) => a.action)).toEqual(['certificate.issued', 'certificate.name_hidden', 'certificate.name_hidden', 'certificate.revoked'])

    const unknown = await verifyPage(args('/en/verify/AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', { lang: 'en', code: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' }))
    expect(unknown).toMatchObject({ init: { status: 404 }, data: { status: 'unknown' } })
  })
})
