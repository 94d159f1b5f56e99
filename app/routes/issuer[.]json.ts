// The Open Badges 3.0 issuer Profile, which also lists every public signing key (Multikey).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { issuerJson, publicOrigin } from '#app/modules/certificates/index.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  return Response.json(await issuerJson(publicOrigin(request)), {
    headers: {
      'Content-Type': 'application/ld+json; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  })
}
