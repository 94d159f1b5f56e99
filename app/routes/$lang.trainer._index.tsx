// Trainers: the cohorts I train.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Pager } from '#app/components/pager.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate, formatNumber } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { hasRole, requireRole } from '#app/modules/auth/index.server.ts'
import { listTrainedCohorts } from '#app/modules/cohorts/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireRole(request, 'trainer')
  const page = Math.max(1, Number.parseInt(new URL(request.url).searchParams.get('page') ?? '1', 10) || 1)
  const [list, t] = await Promise.all([listTrainedCohorts(user.id, lang, page), i18nServer.getFixedT(request, 'cohorts')])
  return { title: t('trainer.title'), lang, page, ...list, coordinator: hasRole(user, 'coordinator') }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export default function TrainerHome() {
  const { lang, cohorts, page, pages, coordinator } = useLoaderData<typeof loader>()
  const { t } = useTranslation('cohorts')
  return (
    <main id="main" className="page">
      <h1>{t('trainer.heading')}</h1>
      {cohorts.length === 0 ? <p>{t('trainer.none')}</p> : null}
      {coordinator ? (
        <p>
          <Link to={`/${lang}/coordinator`}>{t('coordinator.heading')}</Link>
        </p>
      ) : null}
      <ul className="cards">
        {cohorts.map((c) => (
          <li key={c.id} className="card">
            <h2>
              <Link to={`/${lang}/trainer/cohorts/${c.id}`}>{c.name}</Link>
            </h2>
            <p>{c.courseTitle}</p>
            <p className="muted">{t('dates', { start: formatDate(c.startsOn, lang), end: formatDate(c.endsOn, lang) })}</p>
            <p>
              {t('table.learners')}: {t('seats', { n: formatNumber(c.learners, lang), capacity: formatNumber(c.capacity, lang) })}
            </p>
            {c.archived ? <p className="muted">{t('status.archived')}</p> : null}
          </li>
        ))}
      </ul>
      <Pager page={page} pages={pages} locale={lang} hrefFor={(p) => `/${lang}/trainer?page=${p}`} />
    </main>
  )
}
