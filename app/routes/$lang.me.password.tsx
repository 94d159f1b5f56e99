// Change my password; every other session ends.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormAlert, Notice } from '#app/components/auth-form.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { changePassword, changePasswordSchema, formFailure, parseNewPasswordForm, requireUser } from '#app/modules/auth/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  await requireUser(request)
  const t = await i18nServer.getFixedT(request, 'auth')
  return { title: t('password.title'), lang, changed: new URL(request.url).searchParams.get('changed') === '1' }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireUser(request)
  const parsed = parseNewPasswordForm(changePasswordSchema, await request.formData(), 'newPassword')
  if (!parsed.ok) return data(formFailure({}, parsed.errors), { status: 400 })
  const result = await changePassword({ id: user.id, sessionId: user.sessionId }, context.clientIp, parsed.data)
  if (result.kind === 'rateLimited') return data(formFailure({}, {}, 'tooMany', result.retryAfterSeconds), { status: 429 })
  if (result.kind === 'wrongPassword') return data(formFailure({}, { currentPassword: 'wrongPassword' }), { status: 400 })
  throw redirect(`/${lang}/me/password?changed=1`)
}

export default function ChangePassword() {
  const { lang, changed } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('auth')
  const account = useTranslation('account').t
  const err = (field: string) => {
    const key = failure?.errors[field]
    return key ? t(`errors.${key}`) : null
  }
  return (
    <main id="main" className="page narrow">
      <p>
        <Link to={`/${lang}/me`}>{account('me.heading')}</Link>
      </p>
      <h1>{t('password.heading')}</h1>
      <Notice message={changed && !failure ? t('password.changed') : null} />
      <FormAlert message={failure?.formError === 'tooMany' ? t('errors.tooMany', { count: failure.retryMinutes }) : null} />
      <p>{t('password.intro')}</p>
      <Form method="post" noValidate className="auth-form">
        <Field name="currentPassword" type="password" label={t('password.current')} error={err('currentPassword')} autoComplete="current-password" />
        <Field name="newPassword" type="password" label={t('password.new')} hint={t('password.newHint')} error={err('newPassword')} autoComplete="new-password" />
        <button type="submit">{t('password.submit')}</button>
      </Form>
    </main>
  )
}
