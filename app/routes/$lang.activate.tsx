// A learner whose account a trainer created sets their own password with the one-time
// activation code handed to them, and is signed in.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormAlert } from '#app/components/auth-form.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { createSession, sessionCookie, type PasswordProblem } from '#app/modules/auth/index.server.ts'
import { activateAccount } from '#app/modules/cohorts/index.server.ts'
import { activateSchema, fieldErrors, isCohortErrorKey } from '#app/modules/cohorts/index.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await i18nServer.getFixedT(request, 'cohorts')
  return { title: t('activate.title'), username: new URL(request.url).searchParams.get('username') ?? '' }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

type Failure = { values: { username: string; code: string }; errors: Record<string, string>; passwordProblem?: PasswordProblem; formError?: string }

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const form = await request.formData()
  const raw = {
    username: String(form.get('username') ?? ''),
    code: String(form.get('code') ?? ''),
    password: String(form.get('password') ?? ''),
    confirm: String(form.get('confirm') ?? ''),
  }
  const values = { username: raw.username, code: raw.code }
  const parsed = activateSchema.safeParse(raw)
  if (!parsed.success) return data<Failure>({ values, errors: fieldErrors(parsed.error) }, { status: 400 })
  const result = await activateAccount(parsed.data.username, parsed.data.code, parsed.data.password, context.clientIp)
  if (!result.ok) {
    if (result.problem === 'tooMany') return data<Failure>({ values, errors: {}, formError: 'tooMany' }, { status: 429 })
    if (result.problem === 'password') return data<Failure>({ values, errors: {}, passwordProblem: result.reason }, { status: 400 })
    return data<Failure>({ values, errors: {}, formError: 'activationInvalid' }, { status: 400 })
  }
  const { token, session } = await createSession(result.userId, request.headers.get('User-Agent') ?? '', false)
  throw redirect(`/${lang}/me`, { headers: { 'Set-Cookie': sessionCookie(request, token, session.expiresAt) } })
}

export default function Activate() {
  const { username } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('cohorts')
  const err = (field: string) => {
    const key = failure?.errors[field]
    return isCohortErrorKey(key) ? t(`errors.${key}`) : null
  }
  const passwordError = failure?.passwordProblem ? t(`activate.passwordProblems.${failure.passwordProblem}`) : err('password')
  const formError = isCohortErrorKey(failure?.formError) ? t(`errors.${failure.formError}`) : null
  return (
    <main id="main" className="page narrow">
      <h1>{t('activate.heading')}</h1>
      <p className="lead">{t('activate.intro')}</p>
      <FormAlert message={formError} />
      <Form method="post" noValidate>
        <Field name="username" label={t('activate.username')} error={err('username')} defaultValue={failure?.values.username ?? username} autoComplete="username" dir="auto" />
        <Field name="code" label={t('activate.code')} hint={t('activate.codeHint')} error={err('code')} defaultValue={failure?.values.code} autoComplete="one-time-code" dir="ltr" />
        <Field name="password" type="password" label={t('activate.password')} hint={t('activate.passwordHint')} error={passwordError} autoComplete="new-password" />
        <Field name="confirm" type="password" label={t('activate.confirm')} error={err('confirm')} autoComplete="new-password" />
        <button type="submit">{t('activate.submit')}</button>
      </Form>
    </main>
  )
}
