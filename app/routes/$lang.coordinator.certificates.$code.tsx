// Coordinators: one certificate — revoke it with a reason, or hide the name on its public page.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { TextField } from '#app/components/certificate-ui.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { requireRole } from '#app/modules/auth/index.server.ts'
import { findCertificate, normalizeCode, revokeCertificate, setNameHidden } from '#app/modules/certificates/index.server.ts'

async function load(code: string | undefined) {
  const normalized = normalizeCode(code ?? '')
  const cert = normalized ? await findCertificate(normalized) : null
  if (!cert) throw new Response('Not found', { status: 404 })
  return cert
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  await requireRole(request, 'coordinator')
  const cert = await load(params.code)
  const t = await i18nServer.getFixedT(request, 'certificates')
  return {
    title: t('manage.title', { code: cert.code }),
    lang,
    saved: new URL(request.url).searchParams.get('saved') === '1',
    cert: {
      code: cert.code,
      nameArabic: cert.nameArabic,
      nameLatin: cert.nameLatin,
      hideName: cert.hideName,
      courseTitle: cert.courseTitle[lang],
      issuedAt: cert.issuedAt.toISOString(),
      revokedAt: cert.revokedAt?.toISOString() ?? null,
      reason: cert.revocationReason,
    },
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

const revokeSchema = z.object({ reason: z.string().trim().min(3).max(300) })

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const actor = await requireRole(request, 'coordinator')
  const cert = await load(params.code)
  const form = await request.formData()
  const intent = form.get('intent')
  if (intent === 'revoke') {
    const parsed = revokeSchema.safeParse({ reason: form.get('reason') ?? '' })
    if (!parsed.success) return data({ reason: String(form.get('reason') ?? ''), error: 'manage.reasonRequired' }, { status: 400 })
    await revokeCertificate({ actorId: actor.id, code: cert.code, reason: parsed.data.reason })
  } else if (intent === 'hide' || intent === 'show') {
    await setNameHidden({ actorId: actor.id, code: cert.code, hidden: intent === 'hide' })
  } else {
    throw new Response('Bad request', { status: 400 })
  }
  throw redirect(`/${lang}/coordinator/certificates/${cert.code}?saved=1`)
}

export default function ManageCertificate() {
  const { lang, cert, saved } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('certificates')
  return (
    <main id="main" className="page narrow">
      <p>
        <Link to={`/${lang}/coordinator/certificates`}>{t('coordinator.heading')}</Link>
      </p>
      <h1>
        {t('manage.heading', { code: '' })}
        <code dir="ltr">{cert.code}</code>
      </h1>
      {saved && !failure ? (
        <p className="notice" role="status">
          {t('manage.saved')}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('coordinator.name')}</dt>
        <dd>
          {cert.nameArabic ? <bdi lang="ar">{cert.nameArabic}</bdi> : null}
          {cert.nameArabic && cert.nameLatin ? <br /> : null}
          {cert.nameLatin ? <bdi lang="en">{cert.nameLatin}</bdi> : null}
        </dd>
        <dt>{t('coordinator.course')}</dt>
        <dd>{cert.courseTitle}</dd>
        <dt>{t('coordinator.issuedOn')}</dt>
        <dd>{formatDate(cert.issuedAt, lang)}</dd>
      </dl>
      <p>
        <Link to={`/${lang}/verify/${cert.code}`}>{t('manage.public')}</Link>
      </p>

      <section aria-labelledby="hide-heading">
        <h2 id="hide-heading">{t('manage.hideHeading')}</h2>
        <p>{t('manage.hideIntro')}</p>
        <p>{cert.hideName ? t('manage.hidden') : t('manage.shown')}</p>
        <Form method="post">
          <input type="hidden" name="intent" value={cert.hideName ? 'show' : 'hide'} />
          <button type="submit">{cert.hideName ? t('manage.show') : t('manage.hide')}</button>
        </Form>
      </section>

      <section aria-labelledby="revoke-heading">
        <h2 id="revoke-heading">{t('manage.revokeHeading')}</h2>
        {cert.revokedAt ? (
          <p className="alert">
            {t('manage.revokedNotice', { date: formatDate(cert.revokedAt, lang) })} {cert.reason ? <bdi>{cert.reason}</bdi> : null}
          </p>
        ) : (
          <>
            <p>{t('manage.revokeIntro')}</p>
            <Form method="post" noValidate className="auth-form">
              <input type="hidden" name="intent" value="revoke" />
              <TextField name="reason" label={t('manage.reason')} error={failure ? t('manage.reasonRequired') : null} defaultValue={failure?.reason ?? ''} dir="auto" required />
              <button type="submit" className="button--danger">
                {t('manage.revoke')}
              </button>
            </Form>
          </>
        )}
      </section>
    </main>
  )
}
