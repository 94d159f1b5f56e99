// A cohort's progress: the invite to share, and the learner x module matrix, sorted and
// filtered through the query string so that it works without JavaScript.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useRouteLoaderData } from '@remix-run/react'
import { Notice } from '#app/components/auth-form.tsx'
import { Pager } from '#app/components/pager.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate, formatNumber, formatPercent } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { getCohortMatrix, getCohortOverview, requireCohortAccess, rotateInviteCode, setInviteOpen } from '#app/modules/cohorts/index.server.ts'
import { filters, matrixSearch, paginate, parseMatrixQuery, sortAndFilter, sortKeys, type MatrixQuery, type SortKey } from '#app/modules/cohorts/index.ts'
import type { CohortLayoutData } from './$lang.trainer.cohorts.$id.tsx'

const notices = ['rotated', 'disabled', 'enabled'] as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const cohortId = params.id ?? ''
  await requireCohortAccess(request, cohortId)
  const url = new URL(request.url)
  const query = parseMatrixQuery(url.searchParams)
  const [{ modules, rows }, overview, t] = await Promise.all([getCohortMatrix(cohortId, lang), getCohortOverview(request, cohortId, lang), i18nServer.getFixedT(request, 'cohorts')])
  const shown = paginate(sortAndFilter(rows, query, lang), query.page)
  const done = url.searchParams.get('done')
  return {
    title: t('dashboard.title', { name: overview.name }),
    lang,
    cohortId,
    query: { ...query, page: shown.page },
    modules: modules.map((m) => ({ id: m.id, title: m.title, lessons: m.lessonIds.length, hasQuiz: m.quizId !== null })),
    rows: shown.items,
    pages: shown.pages,
    total: shown.total,
    everyone: rows.length,
    done: notices.find((n) => n === done) ?? null,
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const cohortId = params.id ?? ''
  const user = await requireCohortAccess(request, cohortId)
  const intent = String((await request.formData()).get('intent') ?? '')
  const back = (done: (typeof notices)[number]) => redirect(`/${lang}/trainer/cohorts/${cohortId}?done=${done}`)
  if (intent === 'rotate') {
    await rotateInviteCode(user.id, cohortId)
    throw back('rotated')
  }
  if (intent === 'off' || intent === 'on') {
    await setInviteOpen(user.id, cohortId, intent === 'on')
    throw back(intent === 'on' ? 'enabled' : 'disabled')
  }
  throw new Response('Bad request', { status: 400 })
}

const sortLabel = { name: 'matrix.sortName', progress: 'matrix.sortProgress', score: 'matrix.sortScore', activity: 'matrix.sortActivity' } as const
const filterLabel = { all: 'matrix.filterAll', behind: 'matrix.filterBehind', inactive: 'matrix.filterInactive' } as const

function InviteBox() {
  const layout = useRouteLoaderData<CohortLayoutData>('routes/$lang.trainer.cohorts.$id')
  const { t } = useTranslation('cohorts')
  if (!layout) return null
  const { cohort, origin } = layout
  return (
    <section aria-labelledby="invite" className="card invite">
      <h2 id="invite">{t('dashboard.inviteHeading')}</h2>
      {cohort.inviteCode ? (
        <>
          <p>{t('dashboard.inviteIntro')}</p>
          {cohort.inviteOpen && !cohort.archived ? null : <p className="alert">{t('dashboard.inviteOff')}</p>}
          <dl className="invite__details">
            <dt>{t('dashboard.inviteCode')}</dt>
            <dd>
              <code dir="ltr" data-testid="invite-code">
                {cohort.inviteCode}
              </code>
            </dd>
            <dt>{t('dashboard.inviteLink')}</dt>
            <dd>
              <ul className="plain-list">
                {(['ar', 'en'] as const).map((l) => (
                  <li key={l}>
                    <code dir="ltr" lang="en" data-testid={`invite-link-${l}`}>{`${origin}/${l}/join/${cohort.inviteCode}`}</code>
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        </>
      ) : (
        <p>{t('dashboard.noInvite')}</p>
      )}
      {cohort.archived ? null : (
        <div className="actions">
          <Form method="post">
            <input type="hidden" name="intent" value="rotate" />
            <button type="submit" aria-describedby="rotate-hint">
              {cohort.inviteCode ? t('dashboard.rotate') : t('dashboard.makeInvite')}
            </button>
            <p id="rotate-hint" className="hint">
              {t('dashboard.rotateHint')}
            </p>
          </Form>
          {cohort.inviteCode ? (
            <Form method="post">
              <input type="hidden" name="intent" value={cohort.inviteOpen ? 'off' : 'on'} />
              <button type="submit" className="button--secondary">
                {cohort.inviteOpen ? t('dashboard.switchOff') : t('dashboard.switchOn')}
              </button>
            </Form>
          ) : null}
        </div>
      )}
    </section>
  )
}

export default function CohortProgress() {
  const { lang, cohortId, query, modules, rows, pages, total, everyone, done } = useLoaderData<typeof loader>()
  const { t } = useTranslation('cohorts')
  const doneText = { rotated: t('dashboard.rotated'), disabled: t('dashboard.disabled'), enabled: t('dashboard.enabled') }
  const sortHeader = (key: SortKey, label: string) => {
    const active = query.sort === key
    const nextDir = active && query.dir === 'asc' ? 'desc' : 'asc'
    return (
      <th scope="col" aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <Link to={matrixSearch(query, { sort: key, dir: nextDir, page: 1 })} aria-label={t('matrix.sortBy', { column: label })} preventScrollReset>
          {label}
          {active ? (query.dir === 'asc' ? ' ▲' : ' ▼') : ''}
        </Link>
      </th>
    )
  }
  const csvHref = `/${lang}/trainer/cohorts/${cohortId}/matrix.csv${matrixSearch({ ...query, page: 1 } satisfies MatrixQuery)}`
  return (
    <>
      {done ? <Notice message={doneText[done]} /> : null}
      <InviteBox />
      <section aria-labelledby="matrix">
        <h2 id="matrix">{t('matrix.heading')}</h2>
        <p className="muted">{t('matrix.intro')}</p>
        <Form method="get" className="matrix-controls">
          <div className="field field--inline">
            <label htmlFor="filter">{t('matrix.filterLabel')}</label>
            <select id="filter" name="filter" defaultValue={query.filter}>
              {filters.map((f) => (
                <option key={f} value={f}>
                  {t(filterLabel[f])}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor="sort">{t('matrix.sortLabel')}</label>
            <select id="sort" name="sort" defaultValue={query.sort}>
              {sortKeys.map((s) => (
                <option key={s} value={s}>
                  {t(sortLabel[s])}
                </option>
              ))}
            </select>
            <select name="dir" defaultValue={query.dir} aria-label={t('matrix.sortLabel')}>
              <option value="asc">{t('matrix.dirAsc')}</option>
              <option value="desc">{t('matrix.dirDesc')}</option>
            </select>
          </div>
          <button type="submit" className="button--secondary">
            {t('matrix.apply')}
          </button>
        </Form>
        <p role="status">{t('matrix.shown', { count: total, n: formatNumber(total, lang) })}</p>
        {everyone === 0 ? (
          <p>{t('matrix.empty')}</p>
        ) : rows.length === 0 ? (
          <p>{t('matrix.emptyFiltered')}</p>
        ) : (
          <div className="table-scroll">
            <table className="matrix">
              <thead>
                <tr>
                  {sortHeader('name', t('matrix.learner'))}
                  {modules.map((m) => (
                    <th key={m.id} scope="col">
                      {m.title}
                    </th>
                  ))}
                  {sortHeader('progress', t('matrix.total'))}
                  {sortHeader('score', t('matrix.average'))}
                  {sortHeader('activity', t('matrix.lastActivity'))}
                  <th scope="col">{t('matrix.flags')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.userId}>
                    <th scope="row">
                      <bdi>{r.displayName}</bdi>
                      <br />
                      <span className="muted" dir="auto">
                        {r.username}
                      </span>
                    </th>
                    {r.cells.map((c) => {
                      const done = formatNumber(c.lessonsDone, lang)
                      const all = formatNumber(c.lessonsTotal, lang)
                      return (
                        <td key={c.moduleId} className={c.lessonsTotal > 0 && c.lessonsDone === c.lessonsTotal ? 'cell--done' : undefined}>
                          {c.bestScore === null
                            ? t('matrix.cell', { done, total: all })
                            : t('matrix.cellScore', { done, total: all, score: formatPercent(c.bestScore / 100, lang) })}
                        </td>
                      )
                    })}
                    <td>{t('matrix.cell', { done: formatNumber(r.lessonsDone, lang), total: formatNumber(r.lessonsTotal, lang) })}</td>
                    <td>{r.averageScore === null ? t('matrix.noScore') : formatPercent(r.averageScore / 100, lang)}</td>
                    <td>{r.lastActivity ? formatDate(r.lastActivity, lang, { dateStyle: 'medium' }) : t('matrix.never')}</td>
                    <td>
                      {r.behind ? <span className="badge badge--warn">{t('matrix.behind')}</span> : null} {r.inactive ? <span className="badge">{t('matrix.inactive')}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager page={query.page} pages={pages} locale={lang} hrefFor={(p) => matrixSearch(query, { page: p })} />
        <p className="muted">{t('matrix.rules')}</p>
        <p>
          <a href={csvHref} download>
            {t('matrix.download')}
          </a>
        </p>
      </section>
    </>
  )
}
