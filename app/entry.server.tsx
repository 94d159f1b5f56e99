import { PassThrough } from 'node:stream'
import { createReadableStreamFromReadable, type AppLoadContext, type EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { createInstance } from 'i18next'
import { renderToPipeableStream } from 'react-dom/server'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { NonceProvider } from '#app/components/nonce-provider.tsx'
import { i18nOptions } from '#app/i18n/config.ts'
import { langCookie, localeFromCookie, localeFromPath, requestLocale } from '#app/i18n/locale.server.ts'
import { resources } from '#app/i18n/resources.ts'

export const streamTimeout = 10_000

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const lng = requestLocale(request)
  const i18n = createInstance()
  await i18n.use(initReactI18next).init({ ...i18nOptions, lng, resources })

  // remember the language of a prefixed page, so that `/` comes back to it next time
  const pathLocale = localeFromPath(new URL(request.url).pathname)
  if (pathLocale && localeFromCookie(request.headers.get('Cookie')) !== pathLocale) {
    responseHeaders.append('Set-Cookie', langCookie(pathLocale))
  }

  const nonce = loadContext.cspNonce ?? ''
  return new Promise<Response>((resolve, reject) => {
    let didError = false
    // wait for everything: learners without JavaScript must get the whole page
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} abortDelay={streamTimeout} />
        </I18nextProvider>
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          const body = new PassThrough()
          responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: didError ? 500 : responseStatusCode,
            }),
          )
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          didError = true
          console.error(error)
        },
      },
    )
    setTimeout(abort, streamTimeout + 1000)
  })
}
