// Coordinators: cohorts to issue certificates for, and every certificate issued.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '#app/components/data-table.tsx'
import { Pager } from '#app/components/pager.tsx'
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
          <DataTable headings={[t('coordinator.cohort'), t('coordinator.course'), t('coordinator.learners')]}>
            {cohorts.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`${base}/cohort/${c.id}`}>{c.name}</Link>
                </td>
                <td>{c.courseTitle}</td>
                <td>{formatNumber(c.learners, lang)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager
          page={cohortPage}
          pages={cohorts.pages}
          hrefFor={(p) => `${base}?cohorts=${p}&page=${certPage}`}
          locale={lang}
        />
      </section>
      <section aria-labelledby="issued-heading">
        <h2 id="issued-heading">{t('coordinator.recentHeading')}</h2>
        {certificates.items.length === 0 ? (
          <p className="muted">{t('coordinator.none')}</p>
        ) : (
          <DataTable headings={[t('coordinator.name'), t('coordinator.holder'), t('coordinator.course'), t('coordinator.issuedOn'), t('coordinator.status'), t('coordinator.manage')]}>
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
          </DataTable>
        )}
        <Pager
          page={certPage}
          pages={certificates.pages}
          hrefFor={(p) => `${base}?cohorts=${cohortPage}&page=${p}`}
          locale={lang}
        />
      </section>
    </main>
  )
}
