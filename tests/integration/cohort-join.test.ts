// Joining by invite, trainer-created accounts and activation, against a real database.
import { beforeAll, describe, expect, test } from 'vitest'
import { prisma } from '#app/db.server.ts'
import {
  activateAccount,
  createAccounts,
  joinByInvite,
  moveLearner,
  removeLearner,
  rotateInviteCode,
  setInviteOpen,
  viewInvite,
} from '#app/modules/cohorts/index.server.ts'
import { parseRoster } from '#app/modules/cohorts/index.ts'
import { makeCohort, makeCourse, makeUser } from './cohort-fixtures.ts'

const during = new Date('2026-03-10T12:00:00Z')
let courseId = ''

beforeAll(async () => {
  courseId = await makeCourse('join-course', { modules: 1, lessonsPerModule: 1, questionsPerQuiz: 1 })
})

async function actions(subject: string) {
  return (await prisma.auditEvent.findMany({ where: { subject }, select: { action: true }, orderBy: { at: 'asc' } })).map((e) => e.action)
}

describe('joining by invite', () => {
  test('a learner joins once; the enrolment carries the cohort and is audited', async () => {
    const cohort = await makeCohort(courseId, { inviteCode: 'joinaaaaaa', capacity: 2 })
    const learner = await makeUser()
    expect(await joinByInvite(learner.id, 'JOIN-AAAAAA', during)).toMatchObject({ ok: true, courseSlug: 'join-course' })
    const enrollment = await prisma.enrollment.findUnique({ where: { userId_courseId: { userId: learner.id, courseId } }, select: { cohortId: true, status: true } })
    expect(enrollment).toEqual({ cohortId: cohort.id, status: 'active' })
    expect(await actions(`user:${learner.id}`)).toEqual(['enrollment.added'])
    expect(await joinByInvite(learner.id, 'joinaaaaaa', during)).toMatchObject({ ok: false, reason: 'already' })
    expect((await viewInvite('joinaaaaaa', learner.id, 'ar', during)).verdict).toEqual({ ok: false, reason: 'already' })
  })

  test('the seat after the last is refused as full', async () => {
    await makeCohort(courseId, { inviteCode: 'fullaaaaaa', capacity: 1 })
    const [a, b] = [await makeUser(), await makeUser()]
    expect((await joinByInvite(a.id, 'fullaaaaaa', during)).ok).toBe(true)
    expect(await joinByInvite(b.id, 'fullaaaaaa', during)).toMatchObject({ ok: false, reason: 'full' })
    const view = await viewInvite('fullaaaaaa', null, 'en', during)
    expect(view.verdict).toEqual({ ok: false, reason: 'full' })
    expect(view.cohort?.name).toBe('First group')
  })

  test('after the last day, when switched off, after rotation, and for nonsense codes', async () => {
    const cohort = await makeCohort(courseId, { inviteCode: 'rotaaaaaaa' })
    const learner = await makeUser()
    expect(await joinByInvite(learner.id, 'rotaaaaaaa', new Date('2026-06-01T00:00:00Z'))).toMatchObject({ ok: false, reason: 'closed' })
    const trainer = await makeUser('trainer')
    await setInviteOpen(trainer.id, cohort.id, false)
    expect(await joinByInvite(learner.id, 'rotaaaaaaa', during)).toMatchObject({ ok: false, reason: 'disabled' })
    await rotateInviteCode(trainer.id, cohort.id)
    expect(await joinByInvite(learner.id, 'rotaaaaaaa', during)).toMatchObject({ ok: false, reason: 'unknown' })
    const fresh = await prisma.cohort.findUnique({ where: { id: cohort.id }, select: { inviteCode: true, inviteOpen: true } })
    expect(fresh?.inviteOpen).toBe(true)
    expect((await joinByInvite(learner.id, fresh?.inviteCode ?? '', during)).ok).toBe(true)
    expect(await joinByInvite(learner.id, '../../etc', during)).toMatchObject({ ok: false, reason: 'unknown' })
    expect(await actions(`cohort:${cohort.id}`)).toEqual(['invite.disabled', 'invite.rotated'])
  })
})

describe('trainer-created accounts', () => {
  test('accounts get one-time codes; the learner sets a password with one and is in the cohort', async () => {
    const cohort = await makeCohort(courseId, { inviteCode: 'accaaaaaaa', capacity: 5 })
    const trainer = await makeUser('trainer')
    const parsed = parseRoster('username,display_name,locale\nrana-k,رنا,ar\nsami-b,Sami,en\n', 'ar')
    if (!parsed.ok) throw new Error('fixture CSV should parse')
    const created = await createAccounts(trainer.id, cohort.id, parsed.rows, during)
    if (!created.ok || !('accounts' in created)) throw new Error('accounts should be created')
    expect(created.accounts.map((a) => a.username)).toEqual(['rana-k', 'sami-b'])
    const rana = await prisma.user.findUnique({ where: { username: 'rana-k' }, select: { id: true, activationCode: true, passwordHash: true, preferredLocale: true } })
    expect(rana?.passwordHash).toBeNull()
    expect(rana?.preferredLocale).toBe('ar')
    expect(rana?.activationCode).not.toContain(created.accounts[0]!.code.replace(/-/g, ''))
    expect(await prisma.enrollment.count({ where: { cohortId: cohort.id, status: 'active' } })).toBe(2)
    expect(await actions(`cohort:${cohort.id}`)).toEqual(['accounts.created'])

    // the same usernames again: refused row by row, nothing created twice
    const again = await createAccounts(trainer.id, cohort.id, parsed.rows, during)
    expect(again).toEqual({ ok: false, errors: [{ row: 2, problem: 'usernameTaken', value: 'rana-k' }, { row: 3, problem: 'usernameTaken', value: 'sami-b' }] })

    const code = created.accounts[0]!.code
    expect(await activateAccount('rana-k', 'wrong-wrong-wrong', 'a long enough passphrase here', '1.1.1.1', during)).toEqual({ ok: false, problem: 'invalid' })
    expect(await activateAccount('rana-k', code, 'short', '1.1.1.1', during)).toMatchObject({ ok: false, problem: 'password', reason: 'tooShort' })
    expect(await activateAccount('rana-k', code, 'jasmine lantern over the old harbour', '1.1.1.1', during)).toEqual({ ok: true, userId: rana?.id })
    // spent: the same code does not work twice
    expect(await activateAccount('rana-k', code, 'another passphrase entirely new', '1.1.1.1', during)).toEqual({ ok: false, problem: 'invalid' })
    const after = await prisma.user.findUnique({ where: { username: 'rana-k' }, select: { activationCode: true, passwordHash: true } })
    expect(after?.activationCode).toBeNull()
    expect(after?.passwordHash).toMatch(/^\$argon2id\$/)
  })

  test('more people than seats left: nothing is created', async () => {
    const cohort = await makeCohort(courseId, { inviteCode: 'smallaaaaa', capacity: 1 })
    const parsed = parseRoster('one-1\ntwo-2\n', 'ar')
    if (!parsed.ok) throw new Error('fixture CSV should parse')
    expect(await createAccounts('x', cohort.id, parsed.rows, during)).toEqual({ ok: false, full: { seats: 1, wanted: 2 } })
    expect(await prisma.user.count({ where: { username: { in: ['one-1', 'two-2'] } } })).toBe(0)
  })
})

describe('removing and moving learners', () => {
  test('a removed learner leaves the roster with their progress kept; a moved one lands in the other cohort', async () => {
    const from = await makeCohort(courseId, { inviteCode: 'fromaaaaaa' })
    const to = await makeCohort(courseId, { inviteCode: 'toaaaaaaaa', capacity: 1 })
    const coordinator = await makeUser('coordinator')
    const [a, b, c] = [await makeUser(), await makeUser(), await makeUser()]
    for (const u of [a, b, c]) await joinByInvite(u.id, 'fromaaaaaa', during)
    await prisma.lessonProgress.create({ data: { userId: a.id, lessonId: 'join-course-m1-l1' } })

    expect(await removeLearner(coordinator.id, from.id, a.id)).toBe(true)
    expect(await prisma.enrollment.findUnique({ where: { userId_courseId: { userId: a.id, courseId } }, select: { status: true, cohortId: true } })).toEqual({ status: 'removed', cohortId: from.id })
    expect(await prisma.lessonProgress.count({ where: { userId: a.id } })).toBe(1)

    expect(await moveLearner(coordinator, from.id, b.id, to.id, 'en')).toBe('moved')
    expect(await moveLearner(coordinator, from.id, c.id, to.id, 'en')).toBe('full')
    expect(await moveLearner(coordinator, from.id, c.id, 'nowhere', 'en')).toBe('badTarget')
    // a trainer of the first cohort only cannot move people into someone else's cohort
    const trainer = await makeUser('trainer')
    await prisma.cohortTrainer.create({ data: { cohortId: from.id, userId: trainer.id } })
    expect(await moveLearner(trainer, from.id, c.id, to.id, 'en')).toBe('badTarget')
    expect(await actions(`user:${b.id}`)).toEqual(['enrollment.added', 'enrollment.moved'])
    expect(await actions(`user:${a.id}`)).toEqual(['enrollment.added', 'enrollment.removed'])
  })
})
