// The progress matrix as a CSV file (UTF-8 with BOM, formula-safe), in the page's language,
// with the same filter and order as the page it was downloaded from.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { getCohortMatrix, requireCohortAccess } from '#app/modules/cohorts/index.server.ts'
import { matrixCsv, parseMatrixQuery, sortAndFilter } from '#app/modules/cohorts/index.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const cohortId = params.id ?? ''
  await requireCohortAccess(request, cohortId)
  const query = parseMatrixQuery(new URL(request.url).searchParams)
  const [{ modules, rows }, t] = await Promise.all([getCohortMatrix(cohortId, lang), i18nServer.getFixedT(request, 'cohorts')])
  const csv = matrixCsv(modules, sortAndFilter(rows, query, lang), {
    username: t('csv.username'),
    displayName: t('csv.displayName'),
    lessons: (module) => t('csv.lessons', { module }),
    score: (module) => t('csv.score', { module }),
    total: t('csv.total'),
    donePercent: t('csv.donePercent'),
    lastActivity: t('csv.lastActivity'),
    behind: t('csv.behind'),
    inactive: t('csv.inactive'),
    yes: t('csv.yes'),
    no: t('csv.no'),
  })
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="cohort-${cohortId}-progress.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
