// Minimal course content and people for cohort integration tests, made through Prisma.
import { prisma } from '#app/db.server.ts'

export async function makeCourse(id = 'course-x', { modules = 3, lessonsPerModule = 3, questionsPerQuiz = 4 } = {}) {
  await prisma.course.create({
    data: {
      id,
      slug: id,
      topic: 'advocacy',
      enrolment: 'cohort',
      translations: {
        create: [
          { locale: 'ar', title: 'دورة تجريبية', summary: 'ملخص' },
          { locale: 'en', title: 'Test course', summary: 'Summary' },
        ],
      },
    },
    select: { id: true },
  })
  for (let m = 1; m <= modules; m++) {
    const moduleId = `${id}-m${m}`
    await prisma.module.create({
      data: {
        id: moduleId,
        courseId: id,
        slug: `m${m}`,
        position: m,
        translations: { create: [{ locale: 'ar', title: `الوحدة ${m}` }, { locale: 'en', title: `Module ${m}` }] },
        lessons: {
          create: Array.from({ length: lessonsPerModule }, (_, l) => ({
            id: `${moduleId}-l${l + 1}`,
            slug: `${moduleId}-l${l + 1}`,
            position: l + 1,
            minutes: 5,
          })),
        },
        quiz: {
          create: {
            id: `${moduleId}-q`,
            translations: { create: [{ locale: 'ar', title: `اختبار ${m}` }, { locale: 'en', title: `Quiz ${m}` }] },
            questions: {
              create: Array.from({ length: questionsPerQuiz }, (_, q) => ({
                id: `${moduleId}-q:${q + 1}`,
                type: 'truefalse',
                position: q + 1,
                answerTrueFalse: true,
                translations: { create: [{ locale: 'ar', prompt: `سؤال ${q + 1}`, explanation: '' }, { locale: 'en', prompt: `Question ${q + 1}`, explanation: '' }] },
              })),
            },
          },
        },
      },
      select: { id: true },
    })
  }
  return id
}

let counter = 0
export async function makeUser(role = 'learner', username = `user-${++counter}-${Math.random().toString(36).slice(2, 8)}`) {
  return prisma.user.create({ data: { username, displayName: username, role, passwordHash: 'x' }, select: { id: true, username: true, role: true } })
}

export async function makeCohort(courseId: string, overrides: Partial<{ capacity: number; startsOn: Date; endsOn: Date; inviteOpen: boolean; inviteCode: string; archivedAt: Date }> = {}) {
  return prisma.cohort.create({
    data: {
      courseId,
      nameAr: 'المجموعة الأولى',
      nameEn: 'First group',
      startsOn: new Date('2026-03-01T00:00:00Z'),
      endsOn: new Date('2026-05-09T00:00:00Z'),
      capacity: 30,
      inviteCode: 'abcdefgh23',
      ...overrides,
    },
    select: { id: true, inviteCode: true, courseId: true },
  })
}

/** For the authorization matrix: a cohort the given trainer trains, and one nobody trains. */
export async function makeAuthzCohorts(trainerId: string | undefined) {
  const courseId = await makeCourse('authz-course', { modules: 1, lessonsPerModule: 1, questionsPerQuiz: 1 })
  const base = { courseId, nameAr: 'مجموعة', nameEn: 'Group', startsOn: new Date('2026-01-01T00:00:00Z'), endsOn: new Date('2099-01-01T00:00:00Z'), capacity: 50 }
  await prisma.cohort.create({ data: { ...base, id: 'authz-cohort', inviteCode: 'authzjoin2' }, select: { id: true } })
  await prisma.cohort.create({ data: { ...base, id: 'authz-cohort-other', inviteCode: 'authzjoin3' }, select: { id: true } })
  if (trainerId) await prisma.cohortTrainer.create({ data: { cohortId: 'authz-cohort', userId: trainerId }, select: { userId: true } })
}
