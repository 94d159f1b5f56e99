// A backup taken while the app holds the database restores a learner's progress intact.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import { prisma, isPostgres } from '#app/db.server.ts'
import { backupSqlite, restoreSqlite } from '#scripts/db-backup.ts'

test.skipIf(isPostgres())('SQLite backup and restore keep a learner\'s progress', async () => {
  const url = process.env.DATABASE_URL ?? ''
  const course = await prisma.course.create({ data: { id: 'c-backup', slug: 'c-backup', topic: 'media' }, select: { id: true } })
  const mod = await prisma.module.create({ data: { id: 'm-backup', courseId: course.id, slug: 'm', position: 1 }, select: { id: true } })
  const lesson = await prisma.lesson.create({ data: { id: 'l-backup', moduleId: mod.id, slug: 'l', position: 1, minutes: 5 }, select: { id: true } })
  const learner = await prisma.user.create({ data: { username: 'backup-learner', displayName: 'ليلى' }, select: { id: true } })
  await prisma.lessonProgress.create({ data: { userId: learner.id, lessonId: lesson.id } })

  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tamkeen-backup-')), 'backup.db')
  expect(await backupSqlite(url, file)).toBeGreaterThan(0)

  // disaster: the progress is lost
  await prisma.lessonProgress.deleteMany({ where: { userId: learner.id } })
  expect(await prisma.lessonProgress.count({ where: { userId: learner.id } })).toBe(0)

  await prisma.$disconnect()
  await restoreSqlite(file, url)
  const restored = await prisma.lessonProgress.findMany({
    where: { userId: learner.id },
    select: { lessonId: true, user: { select: { displayName: true } } },
  })
  expect(restored).toEqual([{ lessonId: 'l-backup', user: { displayName: 'ليلى' } }])
})

test.skipIf(isPostgres())('a damaged backup is refused and the database is left alone', async () => {
  const url = process.env.DATABASE_URL ?? ''
  await prisma.user.create({ data: { username: 'still-here', displayName: 'سلمى' }, select: { id: true } })
  const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tamkeen-backup-')), 'bad.db')
  fs.writeFileSync(bad, 'not a database')
  await expect(restoreSqlite(bad, url)).rejects.toThrow()
  const kept = await prisma.user.findUnique({ where: { username: 'still-here' }, select: { displayName: true } })
  expect(kept).toEqual({ displayName: 'سلمى' })
})
