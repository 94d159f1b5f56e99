// /certificates/{code}.pdf | .json | .jwt: the certificate as a PDF, as a signed Open Badges 3.0
// credential (Data Integrity proof) and as a VC-JWT. A revoked certificate answers 410 Gone
// with its revocation, so that a verifier who fetches it learns at once.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { getOptionalUser } from '#app/modules/auth/index.server.ts'
import { certificatePdf, findCertificate, mayDownload, normalizeCode, publicOrigin } from '#app/modules/certificates/index.server.ts'

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export async function loader({ request, params }: LoaderFunctionArgs) {
  const match = /^(.+)\.(pdf|json|jwt)$/.exec(params.file ?? '')
  const code = match?.[1] ? normalizeCode(match[1]) : null
  const format = match?.[2]
  if (!code || !format || code !== match?.[1]) return notFound()
  const cert = await findCertificate(code)
  if (!cert) return notFound()
  const viewer = await getOptionalUser(request)
  // a hidden name is for its holder and coordinators only; others learn nothing, not even that it exists
  if (!mayDownload(cert, viewer)) return notFound()
  const origin = publicOrigin(request)
  const shared = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' }

  if (cert.revokedAt) {
    const body = {
      id: `${origin}/certificates/${cert.code}.json`,
      status: 'revoked',
      revokedAt: cert.revokedAt.toISOString(),
      revocationReason: cert.revocationReason,
      verify: `${origin}/en/verify/${cert.code}`,
    }
    return Response.json(body, { status: 410, headers: shared })
  }
  if (format === 'json' && cert.credentialJson) {
    return new Response(cert.credentialJson, {
      headers: { ...shared, 'Content-Type': 'application/vc+ld+json; charset=utf-8', 'Content-Disposition': `inline; filename="tamkeen-${cert.code}.json"` },
    })
  }
  if (format === 'jwt' && cert.credentialJwt) {
    return new Response(cert.credentialJwt, {
      headers: { ...shared, 'Content-Type': 'application/jwt', 'Content-Disposition': `inline; filename="tamkeen-${cert.code}.jwt"` },
    })
  }
  if (format === 'pdf') {
    const pdf = await certificatePdf(cert, origin)
    return new Response(new Uint8Array(pdf), {
      headers: { ...shared, 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="tamkeen-certificate-${cert.code}.pdf"` },
    })
  }
  return notFound()
}
