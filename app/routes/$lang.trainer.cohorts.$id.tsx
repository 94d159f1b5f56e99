// One cohort's dashboard frame: its name, course, dates and the tabs to its sections.
// Each section checks access again in its own loader.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, NavLink, Outlet, useLoaderData } from '@remix-run/react'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate } from '#app/i18n/format.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { getCohortOverview, publicOrigin, requireCohortAccess } from '#app/modules/cohorts/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  await requireCohortAccess(request, params.id ?? '')
  const cohort = await getCohortOverview(request, params.id ?? '', lang)
  return { lang, cohort, origin: publicOrigin(request) }
}

export type CohortLayoutData = Awaited<ReturnType<typeof loader>>

export default function CohortLayout() {
  const { lang, cohort } = useLoaderData<typeof loader>()
  const { t } = useTranslation('cohorts')
  const base = `/${lang}/trainer/cohorts/${cohort.id}`
  return (
    <main id="main" className="page page--wide">
      <p>
        <Link to={`/${lang}/trainer`}>{t('dashboard.back')}</Link>
      </p>
      <h1>{cohort.name}</h1>
      <p>
        {t('dashboard.course', { title: cohort.courseTitle })} · {t('dates', { start: formatDate(cohort.startsOn, lang), end: formatDate(cohort.endsOn, lang) })}
      </p>
      {cohort.archived ? <p className="notice">{t('dashboard.archived')}</p> : null}
      <nav aria-label={t('dashboard.tabsLabel')} className="tabs">
        <ul>
          <li>
            <NavLink to={base} end>
              {t('dashboard.tabProgress')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/roster`}>{t('dashboard.tabRoster')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/quizzes`}>{t('dashboard.tabQuizzes')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </main>
  )
}
