// Delete my account: needs the password and an explicit yes.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormAlert } from '#app/components/auth-form.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { clearSessionCookie, deleteAccount, deleteAccountSchema, formFailure, parseForm, requireUser } from '#app/modules/auth/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  await requireUser(request)
  const t = await i18nServer.getFixedT(request, 'auth')
  return { title: t('delete.title'), lang }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireUser(request)
  const parsed = parseForm(deleteAccountSchema, await request.formData())
  if (!parsed.ok) return data(formFailure({}, parsed.errors), { status: 400 })
  const result = await deleteAccount(user.id, context.clientIp, parsed.data.password)
  if (result.kind === 'rateLimited') return data(formFailure({}, {}, 'tooMany', result.retryAfterSeconds), { status: 429 })
  if (result.kind === 'wrongPassword') return data(formFailure({}, { password: 'wrongPassword' }), { status: 400 })
  throw redirect(`/${lang}/login?deleted=1`, { headers: { 'Set-Cookie': clearSessionCookie(request) } })
}

export default function DeleteAccount() {
  const { lang } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('auth')
  const account = useTranslation('account').t
  const confirmError = failure?.errors.confirm ? t(`errors.${failure.errors.confirm}`) : null
  return (
    <main id="main" className="page narrow">
      <p>
        <Link to={`/${lang}/me`}>{account('me.heading')}</Link>
      </p>
      <h1>{t('delete.heading')}</h1>
      <p>{t('delete.intro')}</p>
      <p>{t('delete.certificates')}</p>
      <p>
        <a href={`/${lang}/me/data.json`} download>
          {t('delete.downloadFirst')}
        </a>
      </p>
      <FormAlert message={failure?.formError === 'tooMany' ? t('errors.tooMany', { count: failure.retryMinutes }) : null} />
      <Form method="post" noValidate className="auth-form">
        <Field name="password" type="password" label={t('delete.password')} error={failure?.errors.password ? t(`errors.${failure.errors.password}`) : null} autoComplete="current-password" />
        <div className="field field--checkbox">
          <label>
            <input type="checkbox" name="confirm" value="yes" aria-invalid={confirmError ? true : undefined} aria-describedby={confirmError ? 'confirm-error' : undefined} /> {t('delete.confirm')}
          </label>
          {confirmError ? (
            <p id="confirm-error" className="error">
              {confirmError}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button--danger">
          {t('delete.submit')}
        </button>
      </Form>
    </main>
  )
}
