// Registration: a username and a password are enough; display name and email are optional.
// `redirectTo` (a path on this site) brings a newcomer back where they came from, e.g. an invite.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormAlert } from '#app/components/auth-form.tsx'
import { useEnhancedForm } from '#app/components/enhanced-form.ts'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { isAuthErrorKey, registerSchema } from '#app/modules/auth/index.ts'
import { formFailure, getOptionalUser, parseNewPasswordForm, registerAccount, safeRedirect, typedValues } from '#app/modules/auth/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get('redirectTo'), '')
  if (await getOptionalUser(request)) throw redirect(redirectTo || `/${lang}/me`)
  const t = await i18nServer.getFixedT(request, 'auth')
  return { title: t('register.title'), lang, redirectTo }
}

// the same schema as the action's, fetched by the browser only once the person is in the form
const loadRegisterSchema = () => import('#app/modules/auth/index.ts').then((auth) => auth.registerSchema)

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const formData = await request.formData()
  const values = typedValues(formData, ['username', 'displayName', 'email'])
  const parsed = parseNewPasswordForm(registerSchema, formData, 'password')
  if (!parsed.ok) return data(formFailure(values, parsed.errors), { status: 400 })
  const { redirectTo, ...account } = parsed.data
  const result = await registerAccount(request, context.clientIp, { ...account, locale: lang })
  if (result.kind === 'rateLimited') return data(formFailure(values, {}, 'tooMany', result.retryAfterSeconds), { status: 429 })
  if (result.kind === 'taken') {
    return data(formFailure(values, { [result.field]: result.field === 'username' ? 'usernameTaken' : 'emailTaken' }), { status: 400 })
  }
  throw redirect(safeRedirect(redirectTo, `/${lang}/me`), { headers: { 'Set-Cookie': result.cookie } })
}

export default function Register() {
  const { lang, redirectTo } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('auth')
  const form = useEnhancedForm(loadRegisterSchema, failure?.errors)
  const err = (field: 'username' | 'displayName' | 'email' | 'password') => {
    const key = form.errorKey(field)
    return key ? t(`errors.${isAuthErrorKey(key) ? key : 'invalid'}`) : null
  }
  const formError = failure?.formError === 'tooMany' ? t('errors.tooMany', { count: failure.retryMinutes }) : failure?.formError ? t(`errors.${failure.formError}`) : null
  const back = redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ''
  return (
    <main id="main" className="page narrow">
      <h1>{t('register.heading')}</h1>
      <p className="lead">{t('register.intro')}</p>
      <FormAlert message={formError} />
      <Form method="post" noValidate className="auth-form" {...form.formProps}>
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <Field name="username" label={t('register.username')} hint={t('register.usernameHint')} error={err('username')} defaultValue={failure?.values.username} autoComplete="username" dir="auto" input={form.register('username')} />
        <Field name="displayName" label={t('register.displayName')} hint={t('register.displayNameHint')} error={err('displayName')} defaultValue={failure?.values.displayName} autoComplete="nickname" dir="auto" input={form.register('displayName')} />
        <Field name="email" type="email" label={t('register.email')} hint={t('register.emailHint')} error={err('email')} defaultValue={failure?.values.email} autoComplete="email" dir="ltr" input={form.register('email')} />
        <Field name="password" type="password" label={t('register.password')} hint={t('register.passwordHint')} error={err('password')} autoComplete="new-password" input={form.register('password')} />
        <button type="submit">{t('register.submit')}</button>
      </Form>
      <p>
        {t('register.haveAccount')} <Link to={`/${lang}/login${back}`}>{t('register.signInLink')}</Link>
      </p>
    </main>
  )
}
