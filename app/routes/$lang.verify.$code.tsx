// The public answer for one certificate: valid, revoked (date and reason) or unknown (404).
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { StatusBanner } from '#app/components/certificate-ui.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate, formatHijriDate } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { getOptionalUser } from '#app/modules/auth/index.server.ts'
import { findCertificate, mayDownload, normalizeCode } from '#app/modules/certificates/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const t = await i18nServer.getFixedT(request, 'certificates')
  const raw = params.code ?? ''
  const code = normalizeCode(raw)
  if (code && code !== raw) throw redirect(`/${lang}/verify/${code}`)
  const cert = code ? await findCertificate(code) : null
  if (!cert) {
    return data({ title: t('verify.unknownTitle'), lang, code: raw, status: 'unknown' as const, cert: null }, { status: 404 })
  }
  const viewer = await getOptionalUser(request)
  return {
    title: t('verify.resultTitle', { code: cert.code }),
    lang,
    code: cert.code,
    status: cert.revokedAt ? ('revoked' as const) : ('valid' as const),
    cert: {
      names: cert.hideName ? null : { arabic: cert.nameArabic, latin: cert.nameLatin },
      courseTitle: cert.courseTitle[lang],
      issuedAt: cert.issuedAt.toISOString(),
      revokedAt: cert.revokedAt?.toISOString() ?? null,
      reason: cert.revocationReason,
      downloads: mayDownload(cert, viewer) && !cert.revokedAt,
    },
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: 'robots', content: 'noindex' }]

export default function VerifyResult() {
  const { lang, code, status, cert } = useLoaderData<typeof loader>()
  const { t } = useTranslation('certificates')
  return (
    <main id="main" className="page narrow">
      <h1>{t('verify.heading')}</h1>
      {status === 'unknown' || !cert ? (
        <StatusBanner kind="unknown" title={t('verify.unknownTitle')}>
          <p>{t('verify.unknownBody', { code })}</p>
        </StatusBanner>
      ) : (
        <>
          {status === 'revoked' ? (
            <StatusBanner kind="revoked" title={t('verify.revoked')}>
              <p>{t('verify.revokedBody', { date: formatDate(cert.revokedAt ?? cert.issuedAt, lang) })}</p>
              {cert.reason ? (
                <p>
                  {t('verify.reason')}: <bdi>{cert.reason}</bdi>
                </p>
              ) : null}
            </StatusBanner>
          ) : (
            <StatusBanner kind="valid" title={t('verify.valid')}>
              <p>{t('verify.validBody')}</p>
            </StatusBanner>
          )}
          <dl className="facts verify-facts">
            {cert.names ? (
              <>
                <dt>{t('verify.name')}</dt>
                <dd>
                  {cert.names.arabic ? (
                    <span lang="ar" dir="rtl" className="printed-name">
                      {cert.names.arabic}
                    </span>
                  ) : null}
                  {cert.names.arabic && cert.names.latin ? <br /> : null}
                  {cert.names.latin ? (
                    <span lang="en" dir="ltr" className="printed-name">
                      {cert.names.latin}
                    </span>
                  ) : null}
                </dd>
              </>
            ) : null}
            <dt>{t('verify.course')}</dt>
            <dd>{cert.courseTitle}</dd>
            <dt>{t('verify.issuedOn')}</dt>
            <dd>
              {formatDate(cert.issuedAt, lang)} ({formatHijriDate(cert.issuedAt, lang)})
            </dd>
            <dt>{t('verify.issuer')}</dt>
            <dd>{t('verify.issuerName')}</dd>
            <dt>{t('verify.code')}</dt>
            <dd>
              <code dir="ltr">{code}</code>
            </dd>
          </dl>
          {cert.names ? null : <p className="muted">{t('verify.nameHidden')}</p>}
          {cert.downloads ? (
            <section aria-labelledby="downloads-heading">
              <h2 id="downloads-heading">{t('verify.downloads')}</h2>
              <ul>
                <li>
                  <a href={`/certificates/${code}.pdf`}>{t('verify.pdf')}</a>
                </li>
                <li>
                  <a href={`/certificates/${code}.json`}>{t('verify.json')}</a>
                </li>
                <li>
                  <a href={`/certificates/${code}.jwt`}>{t('verify.jwt')}</a>
                </li>
              </ul>
              <p className="hint">
                {t('verify.howTo')} <a href="/issuer.json"><code dir="ltr">/issuer.json</code></a> ·{' '}
                <a href="/.well-known/jwks.json">
                  <code dir="ltr">/.well-known/jwks.json</code>
                </a>
              </p>
            </section>
          ) : null}
        </>
      )}
      <p>
        <Link to={`/${lang}/verify`}>{t('verify.another')}</Link>
      </p>
    </main>
  )
}
