// Sign out (POST only): ends this browser's session and clears its cookie.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { getOptionalUser, signOut } from '#app/modules/auth/index.server.ts'

// a GET must not sign anyone out (a link or an image could do it); it offers the button instead
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  if (!(await getOptionalUser(request))) throw redirect(`/${lang}`)
  const t = await i18nServer.getFixedT(request, 'auth')
  return { title: t('logout.title') }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const cookie = await signOut(request)
  throw redirect(`/${lang}/login?signedOut=1`, { headers: { 'Set-Cookie': cookie } })
}

export default function Logout() {
  useLoaderData<typeof loader>()
  const { t } = useTranslation('auth')
  return (
    <main id="main" className="page narrow">
      <h1>{t('logout.heading')}</h1>
      <Form method="post">
        <button type="submit">{t('logout.submit')}</button>
      </Form>
    </main>
  )
}
