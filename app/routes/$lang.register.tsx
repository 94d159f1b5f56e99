// Registration: a username and a password are enough; display name and email are optional.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Field, FormAlert } from '#app/components/auth-form.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { formFailure, getOptionalUser, parseForm, registerAccount, registerSchema, typedValues } from '#app/modules/auth/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  if (await getOptionalUser(request)) throw redirect(`/${lang}/me`)
  const t = await i18nServer.getFixedT(request, 'auth')
  return { title: t('register.title'), lang }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const formData = await request.formData()
  const values = typedValues(formData, ['username', 'displayName', 'email'])
  const parsed = parseForm(registerSchema, formData)
  if (!parsed.ok) return data(formFailure(values, parsed.errors), { status: 400 })
  const result = await registerAccount(request, context.clientIp, { ...parsed.data, locale: lang })
  if (result.kind === 'rateLimited') return data(formFailure(values, {}, 'tooMany', result.retryAfterSeconds), { status: 429 })
  if (result.kind === 'taken') {
    return data(formFailure(values, { [result.field]: result.field === 'username' ? 'usernameTaken' : 'emailTaken' }), { status: 400 })
  }
  throw redirect(`/${lang}/me`, { headers: { 'Set-Cookie': result.cookie } })
}

export default function Register() {
  const { lang } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('auth')
  const err = (field: string) => {
    const key = failure?.errors[field]
    return key ? t(`errors.${key}`) : null
  }
  const formError = failure?.formError === 'tooMany' ? t('errors.tooMany', { count: failure.retryMinutes }) : failure?.formError ? t(`errors.${failure.formError}`) : null
  return (
    <main id="main" className="page narrow">
      <h1>{t('register.heading')}</h1>
      <p className="lead">{t('register.intro')}</p>
      <FormAlert message={formError} />
      <Form method="post" noValidate className="auth-form">
        <Field name="username" label={t('register.username')} hint={t('register.usernameHint')} error={err('username')} defaultValue={failure?.values.username} autoComplete="username" dir="auto" />
        <Field name="displayName" label={t('register.displayName')} hint={t('register.displayNameHint')} error={err('displayName')} defaultValue={failure?.values.displayName} autoComplete="nickname" dir="auto" />
        <Field name="email" type="email" label={t('register.email')} hint={t('register.emailHint')} error={err('email')} defaultValue={failure?.values.email} autoComplete="email" dir="ltr" />
        <Field name="password" type="password" label={t('register.password')} hint={t('register.passwordHint')} error={err('password')} autoComplete="new-password" />
        <button type="submit">{t('register.submit')}</button>
      </Form>
      <p>
        {t('register.haveAccount')} <Link to={`/${lang}/login`}>{t('register.signInLink')}</Link>
      </p>
    </main>
  )
}
