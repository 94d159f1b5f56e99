// Sample values for route parameters, taken from the e2e database (demo content, the demo
// certificate, and a cohort made here for the signed-in test user). A route with a
// parameter not known here fails the crawl, so a new route cannot slip past it.
import crypto from 'node:crypto'
import { e2eDb, type TestUser } from '../playwright-utils.ts'

type Values = Record<string, string>

/** Returns the values for one route pattern (some parameter names mean different things). */
export async function sampleParams({ lang, user }: { lang: 'ar' | 'en'; user: TestUser | null }): Promise<(pattern: string) => Values> {
  const db = e2eDb()
  try {
    const lesson = db
      .prepare(
        `SELECT c.id AS courseId, c.slug AS courseSlug, m.slug AS moduleSlug, l.slug AS lessonSlug
         FROM Lesson l JOIN Module m ON m.id = l.moduleId JOIN Course c ON c.id = m.courseId
         WHERE c.enrolment = 'open' AND l.status = 'published' ORDER BY c.sortOrder, m.position, l.position LIMIT 1`,
      )
      .get() as { courseId: string; courseSlug: string; moduleSlug: string; lessonSlug: string } | undefined
    if (!lesson) throw new Error('the e2e database has no content: did setup import it?')
    const certificate = db.prepare('SELECT code FROM Certificate ORDER BY issuedAt LIMIT 1').get() as { code: string } | undefined
    if (!certificate) throw new Error('the e2e database has no demo certificate')

    // a cohort of the open course, trained by the crawl's user when they are a trainer,
    // with the crawl's learner enrolled, so that every dashboard has something to show
    const now = new Date().toISOString()
    const cohortId = `crawl${crypto.randomBytes(6).toString('hex')}`
    const invite = `crawl${crypto.randomBytes(6).toString('hex')}`
    db.prepare(
      `INSERT INTO Cohort (id, courseId, nameAr, nameEn, startsOn, endsOn, capacity, inviteCode, inviteOpen, createdAt, updatedAt)
       VALUES (?, ?, 'مجموعة الفحص', 'Crawl cohort', ?, ?, 30, ?, 1, ?, ?)`,
    ).run(cohortId, lesson.courseId, new Date(Date.now() - 86400_000).toISOString(), new Date(Date.now() + 30 * 86400_000).toISOString(), invite, now, now)
    if (user?.role === 'trainer') db.prepare('INSERT INTO CohortTrainer (cohortId, userId) VALUES (?, ?)').run(cohortId, user.id)
    if (user?.role === 'learner') {
      db.prepare(
        `INSERT OR IGNORE INTO Enrollment (id, userId, courseId, cohortId, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'active', ?, ?)`,
      ).run(`crawl${crypto.randomBytes(6).toString('hex')}`, user.id, lesson.courseId, cohortId, now, now)
    }

    const common: Values = {
      lang,
      courseSlug: lesson.courseSlug,
      slug: lesson.courseSlug,
      moduleSlug: lesson.moduleSlug,
      lessonSlug: lesson.lessonSlug,
      id: cohortId,
      cohortId,
      code: certificate.code,
    }
    return (pattern) => (pattern.startsWith('/:lang/join/') ? { ...common, code: invite } : common)
  } finally {
    db.close()
  }
}
