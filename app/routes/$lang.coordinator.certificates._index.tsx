// Coordinators: cohorts to issue certificates for, and every certificate issued.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Pager } from '#app/components/certificate-ui.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate, formatNumber } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { requireRole } from '#app/modules/auth/index.server.ts'
import { listCertificates, listCohortsForCertificates } from '#app/modules/certificates/index.server.ts'

const pageParam = (value: string | null) => Math.max(1, Math.min(10_000, Number.parseInt(value ?? '1', 10) || 1))

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  await requireRole(request, 'coordinator')
  const url = new URL(request.url)
  const cohortPage = pageParam(url.searchParams.get('cohorts'))
  const certPage = pageParam(url.searchParams.get('page'))
  const [cohorts, certificates, t] = await Promise.all([
    listCohortsForCertificates({ page: cohortPage, locale: lang }),
    listCertificates({ page: certPage, locale: lang }),
    i18nServer.getFixedT(request, 'certificates'),
  ])
  return { title: t('coordinator.title'), lang, cohorts, cohortPage, certificates, certPage }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export default function CoordinatorCertificates() {
  const { lang, cohorts, cohortPage, certificates, certPage } = useLoaderData<typeof loader>()
  const { t } = useTranslation('certificates')
  const base = `/${lang}/coordinator/certificates`
  return (
    <main id="main" className="page">
      <h1>{t('coordinator.heading')}</h1>
      <p>
        <Link to={`/${lang}/coordinator/audit`}>{t('coordinator.auditLink')}</Link>
      </p>
      <section aria-labelledby="cohorts-heading">
        <h2 id="cohorts-heading">{t('coordinator.cohortsHeading')}</h2>
        {cohorts.items.length === 0 ? (
          <p className="muted">{t('coordinator.noCohorts')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('coordinator.cohort')}</th>
                  <th scope="col">{t('coordinator.course')}</th>
                  <th scope="col">{t('coordinator.learners')}</th>
                </tr>
              </thead>
              <tbody>
                {cohorts.items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`${base}/cohort/${c.id}`}>{c.name}</Link>
                    </td>
                    <td>{c.courseTitle}</td>
                    <td>{formatNumber(c.learners, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          page={cohortPage}
          pages={cohorts.pages}
          href={(p) => `${base}?cohorts=${p}&page=${certPage}`}
          labels={{ previous: t('coordinator.previous'), next: t('coordinator.next'), page: t('coordinator.page', { page: cohortPage, pages: cohorts.pages }) }}
        />
      </section>
      <section aria-labelledby="issued-heading">
        <h2 id="issued-heading">{t('coordinator.recentHeading')}</h2>
        {certificates.items.length === 0 ? (
          <p className="muted">{t('coordinator.none')}</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('coordinator.name')}</th>
                  <th scope="col">{t('coordinator.holder')}</th>
                  <th scope="col">{t('coordinator.course')}</th>
                  <th scope="col">{t('coordinator.issuedOn')}</th>
                  <th scope="col">{t('coordinator.status')}</th>
                  <th scope="col">{t('coordinator.manage')}</th>
                </tr>
              </thead>
              <tbody>
                {certificates.items.map((c) => (
                  <tr key={c.code}>
                    <td>
                      {c.nameArabic ? <bdi lang="ar">{c.nameArabic}</bdi> : null}
                      {c.nameArabic && c.nameLatin ? <br /> : null}
                      {c.nameLatin ? <bdi lang="en">{c.nameLatin}</bdi> : null}
                    </td>
                    <td>
                      <bdi>{c.holder ?? '—'}</bdi>
                    </td>
                    <td>{c.courseTitle}</td>
                    <td>{formatDate(c.issuedAt, lang)}</td>
                    <td>{c.revokedAt ? t('coordinator.revoked', { date: formatDate(c.revokedAt, lang) }) : t('coordinator.valid')}</td>
                    <td>
                      <Link to={`${base}/${c.code}`}>
                        <code dir="ltr">{c.code.slice(0, 9)}…</code>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          page={certPage}
          pages={certificates.pages}
          href={(p) => `${base}?cohorts=${cohortPage}&page=${p}`}
          labels={{ previous: t('coordinator.previous'), next: t('coordinator.next'), page: t('coordinator.page', { page: certPage, pages: certificates.pages }) }}
        />
      </section>
    </main>
  )
}
