// Download everything we hold about me, as one JSON file.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { exportAccountData, requireUser } from '#app/modules/auth/index.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const body = await exportAccountData(user.id)
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="tamkeen-my-data.json"',
      'Cache-Control': 'no-store',
    },
  })
}
