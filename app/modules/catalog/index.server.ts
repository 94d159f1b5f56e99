import { prisma } from '#app/db.server.ts'

export async function countPublishedCourses(): Promise<number> {
  return prisma.course.count({ where: { status: 'published' } })
}
