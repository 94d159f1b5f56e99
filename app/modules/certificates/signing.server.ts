// Signs a credential both ways: an embedded Data Integrity proof (eddsa-rdfc-2022) and a
// VC-JWT (EdDSA), and builds the issuer profile that publishes the public keys.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { importJWK, SignJWT } from 'jose'
import { createDocumentLoader } from './contexts.server.ts'
import {
  issuerId,
  issuerProfile,
  MULTIKEY_CONTEXT,
  OB_V3_CONTEXT,
  VC_V2_CONTEXT,
  verificationMethodId,
  type JsonObject,
} from './credential.ts'
import type { PublicJwk, SigningKeyPair } from './keys.server.ts'

export async function signDataIntegrity(credential: JsonObject, key: SigningKeyPair, origin: string): Promise<CertsJsonLdObject> {
  const keyPair = await Ed25519Multikey.fromJwk({
    jwk: key.privateJwk,
    secretKey: true,
    id: verificationMethodId(origin, key.kid),
    controller: issuerId(origin),
  })
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022 })
  const signed = await vc.issue({ credential: { ...credential }, suite, documentLoader: createDocumentLoader() })
  // the 1EdTech schema wants `proof` as an array; in JSON-LD one proof and a set of one are the same
  const { proof, ...rest } = signed
  return { ...rest, proof: Array.isArray(proof) ? proof : [proof] }
}

/** VC-JWT as Open Badges 3.0 describes it: the credential in the `vc` claim, EdDSA, `kid` in jwks. */
export async function signJwt(credential: JsonObject, key: SigningKeyPair, origin: string, validFrom: Date): Promise<string> {
  const privateKey = await importJWK({ ...key.privateJwk, alg: 'EdDSA' }, 'EdDSA')
  const id = credential.id
  return new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.kid })
    .setIssuer(issuerId(origin))
    .setJti(typeof id === 'string' ? id : '')
    .setNotBefore(Math.floor(validFrom.getTime() / 1000))
    .setIssuedAt(Math.floor(validFrom.getTime() / 1000))
    .sign(privateKey)
}

// assertionMethod and verificationMethod are not in the VC 2.0 or OB 3.0 contexts; defined here
// with the security vocabulary, so that the profile is also the keys' controller document
const controllerTerms = {
  verificationMethod: { '@id': 'https://w3id.org/security#verificationMethod', '@type': '@id', '@container': '@set' },
  assertionMethod: { '@id': 'https://w3id.org/security#assertionMethod', '@type': '@id', '@container': '@set' },
}

/**
 * /issuer.json: the Open Badges Profile of the issuer, which is also the controller document of
 * its signing keys (a Data Integrity verifier checks that the key belongs to the issuer there).
 */
export async function issuerDocument(origin: string, keys: { kid: string; publicJwk: PublicJwk }[]) {
  const methods = await Promise.all(
    keys.map(async (k) => {
      const pair = await Ed25519Multikey.fromJwk({ jwk: k.publicJwk })
      return {
        id: verificationMethodId(origin, k.kid),
        type: 'Multikey',
        controller: issuerId(origin),
        publicKeyMultibase: pair.publicKeyMultibase,
      }
    }),
  )
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT, MULTIKEY_CONTEXT, controllerTerms],
    ...issuerProfile(origin),
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  }
}

export function jwks(keys: { kid: string; publicJwk: PublicJwk }[]) {
  return { keys: keys.map((k) => ({ ...k.publicJwk, kid: k.kid, alg: 'EdDSA', use: 'sig' })) }
}
