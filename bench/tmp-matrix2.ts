import { prisma } from '#app/db.server.ts'
import { Prisma } from '#app/generated/prisma/client.ts'
import Database from 'better-sqlite3'
const file = process.env.DATABASE_URL!.replace('file:', '')
const db = new Database(file, { readonly: true })
const lessonIds = (db.prepare(`SELECT l.id FROM Lesson l JOIN Module m ON m.id=l.moduleId WHERE m.courseId=? AND l.status='published'`).all('un-mechanisms') as { id: string }[]).map((r) => r.id)
const med = (ms: number[]) => (ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0).toFixed(2)
async function time(label: string, f: () => Promise<unknown> | unknown) {
  const ms: number[] = []
  for (let i = 0; i < 40; i++) { const s = performance.now(); await f(); ms.push(performance.now() - s) }
  console.log(label.padEnd(40), med(ms), 'ms')
}
const c = 'bench-c-0'
await time('learners prisma', () => prisma.$queryRaw`SELECT u."id", u."username", u."displayName", e."createdAt" FROM "Enrollment" e JOIN "User" u ON u."id" = e."userId" WHERE e."cohortId" = ${c} AND e."status" = 'active'`)
await time('learners raw', () => db.prepare(`SELECT u."id", u."username", u."displayName", e."createdAt" FROM "Enrollment" e JOIN "User" u ON u."id" = e."userId" WHERE e."cohortId" = ? AND e."status" = 'active'`).all(c))
await time('progress prisma', () => prisma.$queryRaw`SELECT lp."userId", l."moduleId", COUNT(*) AS "lessonsDone", MAX(lp."completedAt") AS "lastCompletedAt" FROM "Enrollment" e JOIN "LessonProgress" lp ON lp."userId" = e."userId" JOIN "Lesson" l ON l."id" = lp."lessonId" WHERE e."cohortId" = ${c} AND e."status" = 'active' AND lp."lessonId" IN (${Prisma.join(lessonIds)}) GROUP BY lp."userId", l."moduleId"`)
await time('progress raw', () => db.prepare(`SELECT lp."userId", l."moduleId", COUNT(*) AS "lessonsDone", MAX(lp."completedAt") AS "lastCompletedAt" FROM "Enrollment" e JOIN "LessonProgress" lp ON lp."userId" = e."userId" JOIN "Lesson" l ON l."id" = lp."lessonId" WHERE e."cohortId" = ? AND e."status" = 'active' AND lp."lessonId" IN (${lessonIds.map(() => '?').join(',')}) GROUP BY lp."userId", l."moduleId"`).all(c, ...lessonIds))
await time('progress raw, no reuse of prepare', () => db.prepare(`SELECT lp."userId", l."moduleId", COUNT(*) AS "lessonsDone", MAX(lp."completedAt") AS "lastCompletedAt" FROM "Enrollment" e JOIN "LessonProgress" lp ON lp."userId" = e."userId" JOIN "Lesson" l ON l."id" = lp."lessonId" WHERE e."cohortId" = ? AND e."status" = 'active' AND lp."lessonId" IN (${lessonIds.map(() => '?').join(',')}) GROUP BY lp."userId", l."moduleId"`).raw().all(c, ...lessonIds))
process.exit(0)
