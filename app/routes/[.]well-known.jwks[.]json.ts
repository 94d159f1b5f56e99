// The public keys that sign Tamkeen's VC-JWT certificates, retired ones included.
import { jwksJson } from '#app/modules/certificates/index.server.ts'

export async function loader() {
  return Response.json(await jwksJson(), {
    headers: {
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  })
}
