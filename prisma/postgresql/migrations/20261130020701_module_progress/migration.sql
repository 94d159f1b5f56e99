-- CreateTable
CREATE TABLE "ModuleProgress" (
    "userId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "lessonsDone" INTEGER NOT NULL DEFAULT 0,
    "lastCompletedAt" TIMESTAMP(3),
    "bestPercent" INTEGER,
    "lastSubmittedAt" TIMESTAMP(3),

    CONSTRAINT "ModuleProgress_pkey" PRIMARY KEY ("userId","moduleId")
);

-- CreateIndex
CREATE INDEX "ModuleProgress_moduleId_idx" ON "ModuleProgress"("moduleId");

-- AddForeignKey
ALTER TABLE "ModuleProgress" ADD CONSTRAINT "ModuleProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleProgress" ADD CONSTRAINT "ModuleProgress_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: every learner's figures, counted from their completions and attempts (the same
-- statement as rebuildModuleProgressSql(null) in app/modules/progress/summary.server.ts)
INSERT INTO "ModuleProgress" ("userId", "moduleId", "lessonsDone", "lastCompletedAt", "bestPercent", "lastSubmittedAt")
SELECT r."userId", r."moduleId", SUM(r."lessonsDone"), MAX(r."lastCompletedAt"), MAX(r."bestPercent"), MAX(r."lastSubmittedAt")
FROM (
  SELECT lp."userId", l."moduleId", COUNT(*) AS "lessonsDone", MAX(lp."completedAt") AS "lastCompletedAt",
    CAST(NULL AS INTEGER) AS "bestPercent", CAST(NULL AS TIMESTAMP(3)) AS "lastSubmittedAt"
  FROM "LessonProgress" lp JOIN "Lesson" l ON l."id" = lp."lessonId"
  WHERE l."status" = 'published'
  GROUP BY lp."userId", l."moduleId"
  UNION ALL
  SELECT a."userId", q."moduleId", 0, CAST(NULL AS TIMESTAMP(3)), MAX(a."percent"), MAX(a."submittedAt")
  FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId"
  WHERE q."status" = 'published'
  GROUP BY a."userId", q."moduleId"
) r
GROUP BY r."userId", r."moduleId";
