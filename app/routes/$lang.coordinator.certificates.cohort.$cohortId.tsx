// Coordinators: a cohort's learners, the names they chose, and issuing (one, or every eligible one).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { DataTable } from '#app/components/data-table.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatNumber } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { requireRole } from '#app/modules/auth/index.server.ts'
import { cohortCertificates, issueForCohort, publicOrigin } from '#app/modules/certificates/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  await requireRole(request, 'coordinator')
  const overview = await cohortCertificates(params.cohortId ?? '', lang)
  if (!overview) throw new Response('Not found', { status: 404 })
  const t = await i18nServer.getFixedT(request, 'certificates')
  const issued = new URL(request.url).searchParams.get('issued')
  return {
    title: t('cohort.title', { cohort: overview.cohort.name }),
    lang,
    issued: issued === null ? null : Math.max(0, Number.parseInt(issued, 10) || 0),
    ...overview,
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const actor = await requireRole(request, 'coordinator')
  const form = await request.formData()
  const userId = form.get('userId')
  const outcome = await issueForCohort({
    actorId: actor.id,
    cohortId: params.cohortId ?? '',
    origin: publicOrigin(request),
    userIds: form.get('intent') === 'one' && typeof userId === 'string' ? [userId] : undefined,
  })
  // the page itself lists everyone skipped, with the reason, from the database
  throw redirect(`/${lang}/coordinator/certificates/cohort/${params.cohortId}?issued=${outcome.issued.length}`)
}

export default function CohortCertificates() {
  const { lang, cohort, learners, issued } = useLoaderData<typeof loader>()
  const { t } = useTranslation('certificates')
  const skipped = learners.filter((l) => l.reason && l.reason !== 'already-issued')
  return (
    <main id="main" className="page">
      <p>
        <Link to={`/${lang}/coordinator/certificates`}>{t('coordinator.heading')}</Link>
      </p>
      <h1>{t('cohort.heading', { cohort: cohort.name })}</h1>
      <p>{t('cohort.course', { course: cohort.courseTitle })}</p>
      {issued !== null ? (
        <p className="notice" role="status">
          {t('cohort.issuedCount', { count: issued })}
        </p>
      ) : null}
      <p>{t('cohort.intro')}</p>
      {learners.length === 0 ? (
        <p className="muted">{t('cohort.noLearners')}</p>
      ) : (
        <>
          <Form method="post">
            <input type="hidden" name="intent" value="all" />
            <button type="submit">{t('cohort.issueAll')}</button>
          </Form>
          <DataTable headings={[t('cohort.learner'), t('cohort.requestedName'), t('cohort.progress'), t('cohort.state')]}>
            {learners.map((l) => (
              <tr key={l.userId}>
                <td>
                  <bdi>{l.displayName}</bdi> (<bdi>{l.username}</bdi>)
                </td>
                <td>
                  {l.nameArabic ? <bdi lang="ar">{l.nameArabic}</bdi> : null}
                  {l.nameArabic && l.nameLatin ? <br /> : null}
                  {l.nameLatin ? <bdi lang="en">{l.nameLatin}</bdi> : null}
                  {!l.nameArabic && !l.nameLatin ? '—' : null}
                </td>
                <td>
                  {t('cohort.lessons', { done: formatNumber(l.eligibility.lessonsDone, lang), total: formatNumber(l.eligibility.lessonsTotal, lang) })}
                  <br />
                  {t('cohort.quizzes', { done: formatNumber(l.eligibility.quizzesPassed, lang), total: formatNumber(l.eligibility.quizzesTotal, lang) })}
                </td>
                <td>
                  {l.certificate ? (
                    <Link to={`/${lang}/coordinator/certificates/${l.certificate.code}`}>
                      <code dir="ltr">{l.certificate.code.slice(0, 9)}…</code>
                    </Link>
                  ) : l.reason ? (
                    t(`skip.${l.reason}`)
                  ) : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="one" />
                      <input type="hidden" name="userId" value={l.userId} />
                      <button type="submit">{t('cohort.issue')}</button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          {skipped.length > 0 ? (
            <section aria-labelledby="skipped-heading">
              <h2 id="skipped-heading">{t('cohort.skippedHeading')}</h2>
              <ul className="skipped-list">
                {skipped.map((l) => (
                  <li key={l.userId}>
                    <bdi>{l.displayName}</bdi> (<bdi>{l.username}</bdi>): {l.reason ? t(`skip.${l.reason}`) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </main>
  )
}
