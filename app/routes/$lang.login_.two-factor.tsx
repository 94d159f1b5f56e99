// The second sign-in step for accounts with two-factor: a code from the app or a recovery code.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { Field, FormAlert } from '#app/components/auth-form.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { codeSchema, completeTwoFactor, formFailure, getOptionalUser, getPendingTwoFactorSession, parseForm, safeRedirect } from '#app/modules/auth/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  if (await getOptionalUser(request)) throw redirect(`/${lang}/me`)
  if (!(await getPendingTwoFactorSession(request))) throw redirect(`/${lang}/login`)
  const t = await i18nServer.getFixedT(request, 'auth')
  return { title: t('twoFactorLogin.title') }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const pending = await getPendingTwoFactorSession(request)
  if (!pending) throw redirect(`/${lang}/login`)
  const parsed = parseForm(codeSchema, await request.formData())
  if (!parsed.ok) return data(formFailure({}, parsed.errors), { status: 400 })
  const result = await completeTwoFactor({ sessionId: pending.sessionId, userId: pending.user.id }, context.clientIp, parsed.data.code)
  if (result.kind === 'rateLimited') return data(formFailure({}, {}, 'tooMany', result.retryAfterSeconds), { status: 429 })
  if (result.kind === 'invalid') return data(formFailure({}, { code: 'wrongCode' }), { status: 400 })
  throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo'), `/${lang}/me`))
}

export default function TwoFactorLogin() {
  const failure = useActionData<typeof action>()
  const { t, i18n } = useTranslation('auth')
  const codeError = failure?.errors.code ? t(`errors.${failure.errors.code}`) : null
  const formError = failure?.formError === 'tooMany' ? t('errors.tooMany', { count: failure.retryMinutes }) : null
  return (
    <main id="main" className="page narrow">
      <h1>{t('twoFactorLogin.heading')}</h1>
      <p>{t('twoFactorLogin.intro')}</p>
      <FormAlert message={formError} />
      <Form method="post" noValidate className="auth-form">
        <Field name="code" label={t('twoFactorLogin.code')} hint={t('twoFactorLogin.codeHint')} error={codeError} autoComplete="one-time-code" dir="ltr" autoFocus />
        <button type="submit">{t('twoFactorLogin.submit')}</button>
      </Form>
      <Form method="post" action={`/${i18n.language}/logout`} className="inline-form">
        <button type="submit" className="link-button">
          {t('twoFactorLogin.startOver')}
        </button>
      </Form>
    </main>
  )
}
