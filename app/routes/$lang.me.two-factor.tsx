// Set up, check and turn off two-factor sign-in (TOTP + recovery codes). Recovery codes are
// shown in the response that creates them and nowhere else: they are stored only hashed.
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormAlert, Notice } from '#app/components/auth-form.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import {
  cancelTotpSetup,
  checkTotpAttempt,
  codeSchema,
  confirmTotpSetup,
  disableTotp,
  formFailure,
  getTwoFactorStatus,
  parseForm,
  regenerateRecoveryCodes,
  requireUser,
  startTotpSetup,
} from '#app/modules/auth/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireUser(request)
  const t = await i18nServer.getFixedT(request, 'auth')
  const url = new URL(request.url)
  const status = await getTwoFactorStatus(user.id)
  return data(
    { title: t('twoFactor.title'), lang, required: url.searchParams.get('required') === '1', turnedOff: url.searchParams.get('off') === '1', ...status },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}

export const headers: HeadersFunction = ({ loaderHeaders, actionHeaders }) => (actionHeaders.has('Cache-Control') ? actionHeaders : loaderHeaders)

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireUser(request)
  const form = await request.formData()
  const intent = form.get('intent')
  const here = `/${lang}/me/two-factor`
  if (intent === 'start') {
    await startTotpSetup(user.id)
    throw redirect(here)
  }
  if (intent === 'cancel') {
    await cancelTotpSetup(user.id)
    throw redirect(here)
  }
  const parsed = parseForm(codeSchema, form)
  if (!parsed.ok) return data({ ...formFailure({}, parsed.errors), recoveryCodes: null }, { status: 400 })
  const refused = await checkTotpAttempt(user.id, context.clientIp)
  if (refused) return data({ ...formFailure({}, {}, 'tooMany', refused.retryAfterSeconds), recoveryCodes: null }, { status: 429 })
  const noStore = { 'Cache-Control': 'no-store' }
  if (intent === 'confirm') {
    const codes = await confirmTotpSetup(user.id, user.sessionId, parsed.data.code)
    if (!codes) return data({ ...formFailure({}, { code: 'wrongCode' }), recoveryCodes: null }, { status: 400 })
    return data({ ...formFailure({}, {}), recoveryCodes: codes }, { headers: noStore })
  }
  if (intent === 'regenerate') {
    const codes = await regenerateRecoveryCodes(user.id, parsed.data.code)
    if (!codes) return data({ ...formFailure({}, { regenerateCode: 'wrongCode' }), recoveryCodes: null }, { status: 400 })
    return data({ ...formFailure({}, {}), recoveryCodes: codes }, { headers: noStore })
  }
  if (intent === 'disable') {
    if (!(await disableTotp(user.id, parsed.data.code))) {
      return data({ ...formFailure({}, { disableCode: 'wrongCode' }), recoveryCodes: null }, { status: 400 })
    }
    throw redirect(`${here}?off=1`)
  }
  throw new Response('Bad request', { status: 400 })
}

export default function TwoFactor() {
  const { lang, required, turnedOff, enabled, setup, remainingRecoveryCodes } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation('auth')
  const account = useTranslation('account').t
  const err = (field: string) => {
    const key = result?.errors[field]
    return key ? t(`errors.${key}`) : null
  }
  if (result?.recoveryCodes) {
    return (
      <main id="main" className="page narrow">
        <h1>{t('twoFactor.recoveryHeading')}</h1>
        <Notice message={t('twoFactor.statusOn')} />
        <p>{t('twoFactor.recoveryIntro')}</p>
        <ol className="recovery-codes" dir="ltr" aria-label={t('twoFactor.recoveryHeading')}>
          {result.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p>
          <Link className="button" to={`/${lang}/me`}>
            {t('twoFactor.recoverySaved')}
          </Link>
        </p>
      </main>
    )
  }
  // the code field is named "code" in every form; each form tells the server its intent
  return (
    <main id="main" className="page narrow">
      <p>
        <Link to={`/${lang}/me`}>{account('me.heading')}</Link>
      </p>
      <h1>{t('twoFactor.heading')}</h1>
      {required && !enabled ? <p className="alert">{t('twoFactor.required')}</p> : null}
      <Notice message={turnedOff && !enabled ? t('twoFactor.disabled') : null} />
      <FormAlert message={result?.formError === 'tooMany' ? t('errors.tooMany', { count: result.retryMinutes }) : null} />
      <p>{t('twoFactor.intro')}</p>
      {enabled ? (
        <>
          <p className="notice">{t('twoFactor.statusOn')}</p>
          <p>{t('twoFactor.remaining', { count: remainingRecoveryCodes })}</p>
          <section aria-labelledby="regenerate-heading">
            <h2 id="regenerate-heading">{t('twoFactor.regenerateHeading')}</h2>
            <p>{t('twoFactor.regenerateIntro')}</p>
            <Form method="post" noValidate className="auth-form">
              <input type="hidden" name="intent" value="regenerate" />
              <CodeField name="code" id="regenerateCode" label={t('twoFactor.code')} error={err('regenerateCode') ?? err('code')} />
              <button type="submit">{t('twoFactor.regenerate')}</button>
            </Form>
          </section>
          <section aria-labelledby="disable-heading">
            <h2 id="disable-heading">{t('twoFactor.disableHeading')}</h2>
            <p>{t('twoFactor.disableIntro')}</p>
            <Form method="post" noValidate className="auth-form">
              <input type="hidden" name="intent" value="disable" />
              <CodeField name="code" id="disableCode" label={t('twoFactor.code')} error={err('disableCode')} />
              <button type="submit" className="button--danger">
                {t('twoFactor.disable')}
              </button>
            </Form>
          </section>
        </>
      ) : setup ? (
        <>
          <p>{t('twoFactor.scan')}</p>
          <figure className="qr" role="img" aria-label={t('twoFactor.qrLabel')} dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
          <p>{t('twoFactor.secretLabel')}</p>
          <p className="secret" dir="ltr">
            <code data-testid="totp-secret">{setup.secret}</code>
          </p>
          <p>{t('twoFactor.enterCode')}</p>
          <Form method="post" noValidate className="auth-form">
            <input type="hidden" name="intent" value="confirm" />
            <Field name="code" label={t('twoFactor.code')} error={err('code')} autoComplete="one-time-code" inputMode="numeric" dir="ltr" />
            <button type="submit">{t('twoFactor.confirm')}</button>
          </Form>
          <Form method="post">
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="link-button">
              {t('twoFactor.cancel')}
            </button>
          </Form>
        </>
      ) : (
        <>
          <p>{t('twoFactor.statusOff')}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="start" />
            <button type="submit">{t('twoFactor.start')}</button>
          </Form>
        </>
      )}
    </main>
  )
}

/** Two forms on one page each have a code field: distinct ids, the same name. */
function CodeField({ name, id, label, error }: { name: string; id: string; label: string; error: string | null }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        autoComplete="one-time-code"
        dir="ltr"
        spellCheck={false}
        autoCapitalize="none"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
