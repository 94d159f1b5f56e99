// Append-only audit events: who did what to which subject, when. Never updated or deleted.
import { prisma } from '#app/db.server.ts'

export type AuditInput = {
  actorId: string | null
  action: string
  subject: string
  details?: Record<string, unknown>
}

export async function recordAudit(event: AuditInput) {
  await prisma.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      subject: event.subject,
      details: JSON.stringify(event.details ?? {}),
    },
    select: { id: true },
  })
}

export async function listAuditEvents({ page = 1, pageSize = 50, action }: { page?: number; pageSize?: number; action?: string }) {
  const where = action ? { action } : {}
  const [total, events] = await Promise.all([
    prisma.auditEvent.count({ where }),
    prisma.auditEvent.findMany({
      where,
      orderBy: { at: 'desc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        action: true,
        subject: true,
        details: true,
        at: true,
        actor: { select: { username: true, displayName: true } },
      },
    }),
  ])
  return { total, events }
}
