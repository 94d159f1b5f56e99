import { databaseAnswers } from '#app/modules/health/index.server.ts'

export async function loader() {
  const ok = await databaseAnswers()
  return Response.json(ok ? { status: 'ok' } : { status: 'unavailable' }, {
    status: ok ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
