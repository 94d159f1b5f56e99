// "My certificates" on the learner's page: each with its PDF, JSON and JWT and a share link.
import type { Locale } from '#app/i18n/config.ts'
import { formatDate } from '#app/i18n/format.ts'
import { useTranslation } from '#app/i18n/react.tsx'

export type MyCertificate = { code: string; courseTitle: string; issuedAt: string; revoked: boolean }

export type CertificatePage = { slug: string; courseTitle: string }

export function MyCertificates({ certificates, pages = [], lang }: { certificates: MyCertificate[]; pages?: CertificatePage[]; lang: Locale }) {
  const { t } = useTranslation('certificates')
  return (
    <section aria-labelledby="my-certificates-heading" className="my-certificates">
      <h2 id="my-certificates-heading">{t('mine.heading')}</h2>
      {certificates.length === 0 ? (
        <p className="muted">{t('mine.none')}</p>
      ) : (
        <ul className="cert-list">
          {certificates.map((c) => (
            <li key={c.code} className="card cert-card">
              <h3>{c.courseTitle}</h3>
              <p>
                {t('mine.issuedOn')}: {formatDate(c.issuedAt, lang)} ·{' '}
                <span className={c.revoked ? 'status status--revoked' : 'status status--valid'}>{c.revoked ? t('mine.revoked') : t('mine.valid')}</span>
              </p>
              <p className="cert-code">
                <code dir="ltr">{c.code}</code>
              </p>
              {c.revoked ? null : (
                <p className="cert-downloads">
                  {t('mine.download')}:{' '}
                  <a href={`/certificates/${c.code}.pdf`} download>
                    PDF
                  </a>{' '}
                  ·{' '}
                  <a href={`/certificates/${c.code}.json`} download>
                    JSON
                  </a>{' '}
                  ·{' '}
                  <a href={`/certificates/${c.code}.jwt`} download>
                    JWT
                  </a>
                </p>
              )}
              <p>
                {t('mine.share')}: <a href={`/${lang}/verify/${c.code}`}>{`/${lang}/verify/${c.code}`}</a>
                <br />
                <span className="hint">{t('mine.shareHint')}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {pages.length > 0 ? (
        <>
          <h3>{t('mine.askHeading')}</h3>
          <ul className="account-links">
            {pages.map((p) => (
              <li key={p.slug}>
                <a href={`/${lang}/courses/${p.slug}/certificate`}>{t('mine.ask', { course: p.courseTitle })}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
