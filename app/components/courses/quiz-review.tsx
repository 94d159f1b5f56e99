// The review of a submitted attempt: score, pass or fail, and every explanation.
import { formatNumber, formatPercent, type Locale } from '#app/i18n/index.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import type { AttemptReview } from '#app/modules/quiz/index.server.ts'

export function QuizReview({ review, passingScore, locale }: { review: AttemptReview; passingScore: number; locale: Locale }) {
  const { t } = useTranslation('courses')
  const n = (v: number) => formatNumber(v, locale)
  const pct = (v: number) => formatPercent(v / 100, locale)
  return (
    <section aria-labelledby="result-heading" className="quiz-review">
      <h2 id="result-heading">{t('quiz.result.heading', { n: n(review.number) })}</h2>
      <p className={review.passed ? 'notice result result--pass' : 'alert result result--fail'} role="status">
        <strong>{review.passed ? t('quiz.result.passed') : t('quiz.result.failed')}</strong>{' '}
        {t('quiz.result.score', { score: n(review.score), max: n(review.maxScore), percent: pct(review.percent), pass: pct(passingScore) })}
      </p>
      <ol className="quiz-questions">
        {review.questions.map((q) => (
          <li key={q.id} className={q.correct ? 'review review--correct' : 'review review--incorrect'}>
            <p className="review__prompt">{q.prompt}</p>
            <p className="review__verdict">
              <strong>{q.correct ? `✓ ${t('quiz.result.correct')}` : `✗ ${t('quiz.result.incorrect')}`}</strong>
            </p>
            {q.choices.length > 0 ? (
              <ul className="review__choices">
                {q.choices.map((c) => (
                  <li key={c.id} className={c.chosen ? 'review__choice review__choice--chosen' : 'review__choice'}>
                    <span>{c.text}</span>
                    {c.chosen ? <span className="tag">{t('quiz.result.yourChoice')}</span> : null}
                    {c.correct ? <span className="tag tag--done">{t('quiz.result.rightAnswer')}</span> : null}
                    {c.chosen ? <p className="muted">{c.explanation}</p> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {q.trueFalse ? (
              <p>
                {q.trueFalse.given === null ? t('quiz.result.noAnswer') : t('quiz.result.yourText', { answer: q.trueFalse.given ? t('quiz.true') : t('quiz.false') })}{' '}
                {t('quiz.result.rightIs', { answer: q.trueFalse.answer ? t('quiz.true') : t('quiz.false') })}
              </p>
            ) : null}
            {q.short ? (
              <p>
                {q.short.given ? t('quiz.result.yourText', { answer: q.short.given }) : t('quiz.result.noAnswer')}{' '}
                {q.short.accepted[0] ? t('quiz.result.accepted', { answer: q.short.accepted[0] }) : null}
              </p>
            ) : null}
            <p className="review__explanation">{q.explanation}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}
