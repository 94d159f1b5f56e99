// Sign in with username and password; accounts with two-factor continue at /login/two-factor.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormAlert, Notice } from '#app/components/auth-form.tsx'
import { useEnhancedForm } from '#app/components/enhanced-form.ts'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { isAuthErrorKey, loginSchema } from '#app/modules/auth/index.ts'
import { formFailure, getOptionalUser, parseForm, safeRedirect, signIn, typedValues } from '#app/modules/auth/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const url = new URL(request.url)
  const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), '')
  if (await getOptionalUser(request)) throw redirect(redirectTo || `/${lang}/me`)
  const t = await i18nServer.getFixedT(request, 'auth')
  const notice = url.searchParams.get('deleted') === '1' ? t('login.deleted') : url.searchParams.get('signedOut') === '1' ? t('login.signedOut') : null
  return { title: t('login.title'), lang, redirectTo, notice }
}

// the same schema as the action's, fetched by the browser only once the person is in the form
const loadLoginSchema = () => import('#app/modules/auth/index.ts').then((auth) => auth.loginSchema)

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const formData = await request.formData()
  const values = typedValues(formData, ['username'])
  const parsed = parseForm(loginSchema, formData)
  if (!parsed.ok) return data(formFailure(values, parsed.errors), { status: 400 })
  const result = await signIn(request, context.clientIp, parsed.data)
  if (result.kind === 'rateLimited') return data(formFailure(values, {}, 'tooMany', result.retryAfterSeconds), { status: 429 })
  if (result.kind === 'invalid') return data(formFailure(values, {}, 'wrongCredentials'), { status: 400 })
  const redirectTo = safeRedirect(parsed.data.redirectTo, `/${lang}/me`)
  const next = result.kind === 'needsTwoFactor' ? `/${lang}/login/two-factor?redirectTo=${encodeURIComponent(redirectTo)}` : redirectTo
  throw redirect(next, { headers: { 'Set-Cookie': result.cookie } })
}

export default function Login() {
  const { lang, redirectTo, notice } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('auth')
  const form = useEnhancedForm(loadLoginSchema, failure?.errors)
  const err = (field: 'username' | 'password') => {
    const key = form.errorKey(field)
    return key ? t(`errors.${isAuthErrorKey(key) ? key : 'invalid'}`) : null
  }
  const formError = failure?.formError === 'tooMany' ? t('errors.tooMany', { count: failure.retryMinutes }) : failure?.formError ? t(`errors.${failure.formError}`) : null
  return (
    <main id="main" className="page narrow">
      <h1>{t('login.heading')}</h1>
      <Notice message={failure ? null : notice} />
      <FormAlert message={formError} />
      <Form method="post" noValidate className="auth-form" {...form.formProps}>
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Field name="username" label={t('login.username')} error={err('username')} defaultValue={failure?.values.username} autoComplete="username" dir="auto" input={form.register('username')} />
        <Field name="password" type="password" label={t('login.password')} error={err('password')} autoComplete="current-password" input={form.register('password')} />
        <button type="submit">{t('login.submit')}</button>
      </Form>
      <p className="muted">{t('login.noReset')}</p>
      <p>
        {t('login.noAccount')} <Link to={`/${lang}/register${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ''}`}>{t('login.registerLink')}</Link>
      </p>
    </main>
  )
}
