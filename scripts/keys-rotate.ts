// `npm run keys:rotate`: a new certificate signing key; the old ones stop signing but stay
// published in /issuer.json and /.well-known/jwks.json, so every certificate stays verifiable.
import { rotateSigningKey } from '#app/modules/certificates/index.server.ts'

const { kid, retired } = await rotateSigningKey()
console.log(`New signing key: ${kid}`)
for (const old of retired) console.log(`Retired (still published): ${old}`)
