// ModuleProgress: per learner and module, the figures a trainer's matrix shows (decision 015).
// Counting them from LessonProgress and Attempt for a 500-learner cohort read about 6,000
// index entries a view; the matrix now reads one row per learner and module.
//
// The rows are only ever recounted from those two tables, never nudged up or down, so a
// recount cannot go wrong by having missed an earlier one:
// - every write of a completion or an attempt recounts that learner's row for the module in
//   the same transaction (`withModuleRecount`); on PostgreSQL the transaction first takes a
//   lock for the learner, so two of their writes at the same moment cannot recount past each
//   other (SQLite runs one writer at a time anyway);
// - a content import recounts its course (a lesson moved, retired or added, a quiz replaced);
// - `rebuildModuleProgress()` recounts everything (the bench's bulk seed; the migration that
//   created the table ran the same statement).
import { isPostgres, prisma } from '#app/db.server.ts'
import { Prisma } from '#app/generated/prisma/client.ts'

const published = Prisma.sql`'published'`

/** One learner's rows for some modules, recounted (written even when there is nothing yet). */
function recountSql(userId: string, moduleIds: string[]) {
  const user = Prisma.sql`CAST(${userId} AS TEXT)`
  const lessons = Prisma.sql`FROM "LessonProgress" lp JOIN "Lesson" l ON l."id" = lp."lessonId"
    WHERE lp."userId" = ${user} AND l."moduleId" = m."id" AND l."status" = ${published}`
  const attempts = Prisma.sql`FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId"
    WHERE a."userId" = ${user} AND q."moduleId" = m."id" AND q."status" = ${published}`
  return Prisma.sql`
    INSERT INTO "ModuleProgress" ("userId", "moduleId", "lessonsDone", "lastCompletedAt", "bestPercent", "lastSubmittedAt")
    SELECT ${user}, m."id",
      (SELECT COUNT(*) ${lessons}), (SELECT MAX(lp."completedAt") ${lessons}),
      (SELECT MAX(a."percent") ${attempts}), (SELECT MAX(a."submittedAt") ${attempts})
    FROM "Module" m WHERE m."id" IN (${Prisma.join(moduleIds)})
    ON CONFLICT ("userId", "moduleId") DO UPDATE SET
      "lessonsDone" = excluded."lessonsDone", "lastCompletedAt" = excluded."lastCompletedAt",
      "bestPercent" = excluded."bestPercent", "lastSubmittedAt" = excluded."lastSubmittedAt"`
}

/**
 * Runs `writes` (completions, attempts, their removal) and then recounts the learner's rows
 * for `moduleIds`, all in one transaction. Resolves to the writes' own results.
 */
export async function withModuleRecount<T extends Prisma.PrismaPromise<unknown>[]>(
  userId: string,
  moduleIds: string[],
  writes: [...T],
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const lock = isPostgres() ? [prisma.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${userId}))`] : []
  const recount = moduleIds.length > 0 ? [prisma.$executeRaw(recountSql(userId, moduleIds))] : []
  const results = await prisma.$transaction([...lock, ...writes, ...recount])
  return results.slice(lock.length, lock.length + writes.length) as { [K in keyof T]: Awaited<T[K]> }
}

/** Every learner's rows for one course's modules (or for all courses), recounted from scratch. */
export function rebuildModuleProgressSql(courseId: string | null): Prisma.Sql[] {
  const inCourse = (column: Prisma.Sql) =>
    courseId === null ? Prisma.empty : Prisma.sql`AND ${column} IN (SELECT "id" FROM "Module" WHERE "courseId" = ${courseId})`
  return [
    Prisma.sql`DELETE FROM "ModuleProgress" WHERE 1 = 1 ${inCourse(Prisma.sql`"moduleId"`)}`,
    Prisma.sql`
      INSERT INTO "ModuleProgress" ("userId", "moduleId", "lessonsDone", "lastCompletedAt", "bestPercent", "lastSubmittedAt")
      SELECT r."userId", r."moduleId", SUM(r."lessonsDone"), MAX(r."lastCompletedAt"), MAX(r."bestPercent"), MAX(r."lastSubmittedAt")
      FROM (
        SELECT lp."userId", l."moduleId", COUNT(*) AS "lessonsDone", MAX(lp."completedAt") AS "lastCompletedAt",
          CAST(NULL AS INTEGER) AS "bestPercent", CAST(NULL AS TIMESTAMP(3)) AS "lastSubmittedAt"
        FROM "LessonProgress" lp JOIN "Lesson" l ON l."id" = lp."lessonId"
        WHERE l."status" = ${published} ${inCourse(Prisma.sql`l."moduleId"`)}
        GROUP BY lp."userId", l."moduleId"
        UNION ALL
        SELECT a."userId", q."moduleId", 0, CAST(NULL AS TIMESTAMP(3)), MAX(a."percent"), MAX(a."submittedAt")
        FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId"
        WHERE q."status" = ${published} ${inCourse(Prisma.sql`q."moduleId"`)}
        GROUP BY a."userId", q."moduleId"
      ) r
      GROUP BY r."userId", r."moduleId"`,
  ]
}

/** Recounts every row: after data was written around the code above (a bulk seed). */
export async function rebuildModuleProgress(courseId: string | null = null) {
  await prisma.$transaction(rebuildModuleProgressSql(courseId).map((sql) => prisma.$executeRaw(sql)))
}
