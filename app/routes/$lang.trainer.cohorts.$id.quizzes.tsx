// Per-quiz results of a cohort: how many took each quiz, and the share right per question.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { DataTable } from '#app/components/data-table.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatNumber, formatPercent } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { getCohortOverview, getCohortQuizResults, requireCohortAccess } from '#app/modules/cohorts/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const cohortId = params.id ?? ''
  await requireCohortAccess(request, cohortId)
  const [quizzes, overview, t] = await Promise.all([getCohortQuizResults(cohortId, lang), getCohortOverview(request, cohortId, lang), i18nServer.getFixedT(request, 'cohorts')])
  return { title: `${t('quizzes.heading')} — ${overview.name}`, lang, cohortId, quizzes }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export default function QuizResults() {
  const { lang, cohortId, quizzes } = useLoaderData<typeof loader>()
  const { t } = useTranslation('cohorts')
  return (
    <section aria-labelledby="quiz-results">
      <h2 id="quiz-results">{t('quizzes.heading')}</h2>
      <p className="muted">{t('quizzes.intro')}</p>
      {quizzes.length === 0 ? <p>{t('quizzes.none')}</p> : null}
      {quizzes.map((quiz) => (
        <article key={quiz.quizId} className="quiz-result" aria-labelledby={`quiz-${quiz.quizId}`}>
          <h3 id={`quiz-${quiz.quizId}`}>{quiz.title}</h3>
          <p>{t('quizzes.attempted', { count: quiz.learners, n: formatNumber(quiz.learners, lang), passed: formatNumber(quiz.passed, lang) })}</p>
          {quiz.learners > 0 ? (
            <DataTable headings={[t('quizzes.question'), t('quizzes.answered'), t('quizzes.correct')]}>
              {quiz.questions.map((q, i) => (
                <tr key={q.questionId}>
                  <th scope="row">
                    {formatNumber(i + 1, lang)}. <bdi>{q.prompt}</bdi>
                  </th>
                  <td>{formatNumber(q.answered, lang)}</td>
                  <td>
                    {q.share === null ? (
                      t('quizzes.noAnswers')
                    ) : (
                      <>
                        <meter min={0} max={1} low={0.5} high={0.8} optimum={1} value={q.share} aria-hidden="true" /> {formatPercent(q.share, lang)}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          ) : null}
        </article>
      ))}
      {quizzes.length > 0 ? (
        <p>
          <a href={`/${lang}/trainer/cohorts/${cohortId}/quizzes.csv`} download>
            {t('quizzes.download')}
          </a>
        </p>
      ) : null}
    </section>
  )
}
