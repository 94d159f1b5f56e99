// Per-question quiz results of a cohort as a CSV file (UTF-8 with BOM, formula-safe).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { getCohortQuizResults, requireCohortAccess } from '#app/modules/cohorts/index.server.ts'
import { quizResultsCsv } from '#app/modules/cohorts/index.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const cohortId = params.id ?? ''
  await requireCohortAccess(request, cohortId)
  const [quizzes, t] = await Promise.all([getCohortQuizResults(cohortId, lang), i18nServer.getFixedT(request, 'cohorts')])
  const csv = quizResultsCsv(quizzes, {
    quiz: t('csv.quiz'),
    question: t('csv.question'),
    prompt: t('csv.prompt'),
    answered: t('csv.answered'),
    correct: t('csv.correct'),
    share: t('csv.share'),
  })
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="cohort-${cohortId}-quiz-results.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
