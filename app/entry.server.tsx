import { Writable } from 'node:stream'
import { type AppLoadContext, type EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToPipeableStream } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { NonceProvider } from '#app/components/nonce-provider.tsx'
import { serverI18n } from '#app/i18n/i18next.server.ts'
import { langCookie, localeFromCookie, localeFromPath, requestLocale } from '#app/i18n/locale.server.ts'

export const streamTimeout = 10_000

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const i18n = serverI18n(requestLocale(request))

  // remember the language of a prefixed page, so that `/` comes back to it next time
  const pathLocale = localeFromPath(new URL(request.url).pathname)
  if (pathLocale && localeFromCookie(request.headers.get('Cookie')) !== pathLocale) {
    responseHeaders.append('Set-Cookie', langCookie(pathLocale))
  }

  const nonce = loadContext.cspNonce ?? ''
  return new Promise<Response>((resolve, reject) => {
    let didError = false
    // Wait for everything (learners without JavaScript must get the whole page), then send
    // it as one piece: the page is complete before its first byte leaves anyway, and one
    // write costs the HTTP and gzip streams far less than React's many small ones.
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} abortDelay={streamTimeout} />
        </I18nextProvider>
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
              resolve(new Response(Buffer.concat(chunks), { headers: responseHeaders, status: didError ? 500 : responseStatusCode }))
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
