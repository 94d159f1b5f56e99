-- DropIndex
DROP INDEX "Attempt_userId_quizId_idx";

-- CreateIndex
CREATE INDEX "Attempt_userId_quizId_percent_submittedAt_idx" ON "Attempt"("userId", "quizId", "percent", "submittedAt");

