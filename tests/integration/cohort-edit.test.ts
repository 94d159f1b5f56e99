// A coordinator corrects a cohort's details and brings an archived cohort back, against a real database.
import { beforeAll, describe, expect, test } from 'vitest'
import { prisma } from '#app/db.server.ts'
import { archiveCohort, getCohortOverview, joinByInvite, restoreCohort, updateCohort } from '#app/modules/cohorts/index.server.ts'
import { cohortEditSchema } from '#app/modules/cohorts/index.ts'
import { makeCohort, makeCourse, makeUser } from './cohort-fixtures.ts'

let courseId = ''
let coordinatorId = ''
beforeAll(async () => {
  courseId = await makeCourse('edit-course', { modules: 1, lessonsPerModule: 1, questionsPerQuiz: 1 })
  coordinatorId = (await makeUser('coordinator')).id
})

const details = { nameAr: 'المجموعة الأولى', nameEn: 'First group', startsOn: '2026-03-01', endsOn: '2026-05-09', capacity: 30 }

async function events(cohortId: string) {
  const rows = await prisma.auditEvent.findMany({ where: { subject: `cohort:${cohortId}` }, orderBy: { at: 'asc' }, select: { action: true, details: true, actorId: true } })
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as unknown }))
}

describe('editing a cohort', () => {
  test('the changed facts are saved and audited with before and after; saving them again changes nothing', async () => {
    const cohort = await makeCohort(courseId, { inviteCode: 'editaaaaaa' })
    expect(await updateCohort(coordinatorId, cohort.id, { ...details, nameEn: 'Spring group, Gaziantep', endsOn: '2026-06-30' })).toEqual({ ok: true, changed: true })
    const saved = await prisma.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { nameAr: true, nameEn: true, startsOn: true, endsOn: true, capacity: true } })
    expect(saved).toEqual({ nameAr: details.nameAr, nameEn: 'Spring group, Gaziantep', startsOn: new Date('2026-03-01T00:00:00Z'), endsOn: new Date('2026-06-30T00:00:00Z'), capacity: 30 })
    expect(await events(cohort.id)).toEqual([
      {
        action: 'cohort.updated',
        actorId: coordinatorId,
        details: { nameEn: { from: 'First group', to: 'Spring group, Gaziantep' }, endsOn: { from: '2026-05-09T00:00:00.000Z', to: '2026-06-30T00:00:00.000Z' } },
      },
    ])
    expect(await updateCohort(coordinatorId, cohort.id, { ...details, nameEn: 'Spring group, Gaziantep', endsOn: '2026-06-30' })).toEqual({ ok: true, changed: false })
    expect(await events(cohort.id)).toHaveLength(1)
  })

  test('the places cannot fall below the learners already in the cohort', async () => {
    const cohort = await makeCohort(courseId, { inviteCode: 'editbbbbbb', capacity: 5 })
    const during = new Date('2026-03-10T12:00:00Z')
    for (const learner of [await makeUser(), await makeUser(), await makeUser()]) expect((await joinByInvite(learner.id, 'editbbbbbb', during)).ok).toBe(true)
    expect(await updateCohort(coordinatorId, cohort.id, { ...details, capacity: 2 })).toEqual({ ok: false, field: 'capacity', learners: 3 })
    expect((await prisma.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { capacity: true } })).capacity).toBe(5)
    expect(await updateCohort(coordinatorId, cohort.id, { ...details, capacity: 3 })).toEqual({ ok: true, changed: true })
  })

  test('the form is checked as at creation: names, real dates in order, whole places', () => {
    const parse = (v: Record<string, string>) => {
      const r = cohortEditSchema.safeParse({ nameAr: 'أ', nameEn: 'A', startsOn: '2026-03-01', endsOn: '2026-05-09', capacity: '30', ...v })
      return r.success ? 'ok' : [...new Set(r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`))]
    }
    expect(parse({})).toBe('ok')
    expect(parse({ nameAr: '  ' })).toEqual(['nameAr:required'])
    expect(parse({ endsOn: '2026-02-01' })).toEqual(['endsOn:endBeforeStart'])
    expect(parse({ startsOn: '2026-02-30x' })).toEqual(['startsOn:date'])
    expect(parse({ capacity: '2.5' })).toEqual(['capacity:capacity'])
  })
})

describe('restoring an archived cohort', () => {
  test('it is back in the lists with its invite still closed, and both steps are audited', async () => {
    const cohort = await makeCohort(courseId, { inviteCode: 'editcccccc' })
    expect(await archiveCohort(coordinatorId, cohort.id)).toBe(true)
    expect(await restoreCohort(coordinatorId, cohort.id)).toBe(true)
    expect(await restoreCohort(coordinatorId, cohort.id)).toBe(false)
    const overview = await getCohortOverview(new Request('http://x/'), cohort.id, 'en')
    expect(overview).toMatchObject({ archived: false, inviteOpen: false })
    expect((await events(cohort.id)).map((e) => e.action)).toEqual(['cohort.archived', 'cohort.restored'])
  })
})
