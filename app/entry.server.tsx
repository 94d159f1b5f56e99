import { Writable } from 'node:stream'
import { type AppLoadContext, type EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToPipeableStream } from 'react-dom/server'
import { NonceProvider } from '#app/components/nonce-provider.tsx'
import { resources } from '#app/i18n/resources.ts'
import { langCookie, localeFromCookie, localeFromPath } from '#app/i18n/locale.server.ts'
import { namespacesPending, Translations, TranslationsProvider } from '#app/i18n/react.tsx'

export const streamTimeout = 10_000
const pendingMeta = Buffer.from(`content="${namespacesPending}"`)

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // remember the language of a prefixed page, so that `/` comes back to it next time
  const pathLocale = localeFromPath(new URL(request.url).pathname)
  if (pathLocale && localeFromCookie(request.headers.get('Cookie')) !== pathLocale) {
    responseHeaders.append('Set-Cookie', langCookie(pathLocale))
  }

  const nonce = loadContext.cspNonce ?? ''
  // this page's own note of the namespaces its components use, written into its meta below
  const translations = new Translations(resources)
  return new Promise<Response>((resolve, reject) => {
    let didError = false
    // Wait for everything (learners without JavaScript must get the whole page), then send
    // it as one piece: the page is complete before its first byte leaves anyway, and one
    // write costs the HTTP and gzip streams far less than React's many small ones.
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <TranslationsProvider translations={translations}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} abortDelay={streamTimeout} />
        </TranslationsProvider>
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          const chunks: Buffer[] = []
          const page = new Writable({
            write(chunk: Buffer | string, _encoding, done) {
              chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
              done()
            },
            final(done) {
              clearTimeout(timer)
              responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
              // the page stays in bytes: the namespaces are spliced in where the placeholder is
              const html = Buffer.concat(chunks)
              const at = html.indexOf(pendingMeta)
              const body = at < 0 ? html : Buffer.concat([html.subarray(0, at), Buffer.from(`content="${[...translations.used].sort().join(',')}"`), html.subarray(at + pendingMeta.length)])
              resolve(new Response(body, { headers: responseHeaders, status: didError ? 500 : responseStatusCode }))
              done()
            },
          })
          pipe(page)
        },
        onShellError(error: unknown) {
          clearTimeout(timer)
          reject(error)
        },
        onError(error: unknown) {
          didError = true
          console.error(error)
        },
      },
    )
    const timer = setTimeout(abort, streamTimeout + 1000)
  })
}
