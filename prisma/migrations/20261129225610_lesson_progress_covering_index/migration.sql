-- CreateIndex
CREATE INDEX "LessonProgress_userId_lessonId_completedAt_idx" ON "LessonProgress"("userId", "lessonId", "completedAt");

