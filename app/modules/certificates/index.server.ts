// The certificates module's public face (docs/decisions/004).
import { publishedKeys } from './keys.server.ts'
import { renderCertificatePdf } from './pdf.server.ts'
import { issuerDocument, jwks } from './signing.server.ts'
import type { FoundCertificate } from './service.server.ts'

export {
  publicOrigin,
  getCertificateRequestPage,
  saveCertificateRequest,
  listMyCertificates,
  listCertificatePages,
  issueCertificates,
  issueForCohort,
  listCertificates,
  listCohortsForCertificates,
  cohortCertificates,
  revokeCertificate,
  setNameHidden,
  findCertificate,
  mayDownload,
  type FoundCertificate,
  type IssueOutcome,
} from './service.server.ts'
export { ensureSigningKey, rotateSigningKey, activeSigningKey } from './keys.server.ts'
export { createDocumentLoader } from './contexts.server.ts'
export { seedDemoCertificate } from './demo.server.ts'
export * from './index.ts'

export async function issuerJson(origin: string) {
  return issuerDocument(origin, await publishedKeys())
}

export async function jwksJson() {
  return jwks(await publishedKeys())
}

export function certificatePdf(cert: FoundCertificate, origin: string): Promise<Buffer> {
  return renderCertificatePdf({
    code: cert.code,
    origin,
    nameArabic: cert.nameArabic,
    nameLatin: cert.nameLatin,
    courseTitle: cert.courseTitle,
    issuedAt: cert.issuedAt,
  })
}
