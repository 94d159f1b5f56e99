import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useLocation, useRouteError, useRouteLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { ErrorPage } from '#app/components/error-page.tsx'
import { SiteFooter, SiteHeader } from '#app/components/site-header.tsx'
import { useNonce } from '#app/components/nonce-provider.tsx'
import { defaultLocale, dirOf, isLocale, otherLocale, switchLocalePath } from '#app/i18n/config.ts'
import { detectLocale } from '#app/i18n/locale.server.ts'
import { LanguageProvider, NamespacesMeta, useTranslation } from '#app/i18n/react.tsx'
import { getOptionalUser } from '#app/modules/auth/index.server.ts'
import appStyles from '#app/styles/app.css?url'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: appStyles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const locale = isLocale(params.lang) ? params.lang : detectLocale(request, user?.preferredLocale)
  return {
    locale,
    user: user ? { username: user.username, displayName: user.displayName, role: user.role } : null,
  }
}

export type RootData = Awaited<ReturnType<typeof loader>>

export function useRootData() {
  return useRouteLoaderData<typeof loader>('root')
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData()
  const locale = data?.locale ?? defaultLocale
  const nonce = useNonce()
  const location = useLocation()
  const other = otherLocale(locale)
  return (
    <LanguageProvider language={locale}>
      <html lang={locale} dir={dirOf(locale)}>
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <NamespacesMeta />
          <Meta />
          <Links />
        </head>
        <body>
          <SiteHeader locale={locale} user={data?.user ?? null} switchHref={switchLocalePath(location.pathname + location.search, other)} />
          {children}
          <SiteFooter />
          <ScrollRestoration nonce={nonce} />
          <Scripts nonce={nonce} />
        </body>
      </html>
    </LanguageProvider>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation()
  const status = isRouteErrorResponse(error) ? error.status : 500
  if (!isRouteErrorResponse(error)) console.error(error)
  const [title, body] =
    status === 404
      ? [t('errors.notFoundTitle'), t('errors.notFoundBody')]
      : status === 403
        ? [t('errors.forbiddenTitle'), t('errors.forbiddenBody')]
        : status === 429
          ? [t('errors.tooManyTitle'), t('errors.tooManyBody')]
          : [t('errors.errorTitle'), t('errors.errorBody')]
  return <ErrorPage status={status} title={title} body={body} />
}
