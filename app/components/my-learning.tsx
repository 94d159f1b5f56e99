// "My courses" on /{lang}/me: progress, quiz results and what is left before a certificate.
import { Link } from '@remix-run/react'
import { formatNumber, formatPercent, type Locale } from '#app/i18n/index.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import type { LearnerCourse } from '#app/modules/progress/index.server.ts'

const lessonsShown = 5

export function MyLearning({ courses, locale }: { courses: LearnerCourse[]; locale: Locale }) {
  const { t } = useTranslation('courses')
  const n = (v: number) => formatNumber(v, locale)
  const pct = (v: number) => formatPercent(v / 100, locale)
  return (
    <section aria-labelledby="my-courses" className="my-learning">
      <h2 id="my-courses">{t('me.heading')}</h2>
      {courses.length === 0 ? (
        <p>
          {t('me.empty')} <Link to={`/${locale}/courses`}>{t('me.browse')}</Link>
        </p>
      ) : (
        <ul className="cards">
          {courses.map((c) => {
            const base = `/${locale}/courses/${c.slug}`
            const progressId = `progress-${c.slug}`
            const step = c.next
            const next = !step
              ? null
              : 'lessonSlug' in step
                ? { href: `${base}/${step.lessonSlug}`, label: t('course.continue', { title: c.lessonsLeft.find((l) => l.slug === step.lessonSlug)?.title ?? '' }) }
                : { href: `${base}/${step.quizModuleSlug}/quiz`, label: t('course.continue', { title: c.quizzes.find((q) => q.moduleSlug === step.quizModuleSlug)?.title ?? '' }) }
            return (
              <li key={c.slug} className="card my-course">
                <h3>
                  <Link to={base}>{c.title}</Link>
                </h3>
                <p>
                  <label htmlFor={progressId}>{t('me.progress')}</label>{' '}
                  <progress id={progressId} max={100} value={c.progress.percent}>
                    {pct(c.progress.percent)}
                  </progress>{' '}
                  {pct(c.progress.percent)}
                </p>
                <p className="muted">
                  {t('course.progressText', {
                    done: n(c.progress.lessonsDone),
                    total: n(c.progress.lessonsTotal),
                    passed: n(c.progress.quizzesPassed),
                    quizzes: n(c.progress.quizzesTotal),
                  })}
                </p>
                {next ? (
                  <p>
                    <Link className="button button--small" to={next.href}>
                      {next.label}
                    </Link>
                  </p>
                ) : null}
                {c.eligibleForCertificate ? (
                  <p className="notice">{t('me.eligible')}</p>
                ) : (
                  <>
                    <h4>{t('me.leftHeading')}</h4>
                    {c.lessonsLeft.length > 0 ? (
                      <p>
                        {t('me.lessonsLeft')}{' '}
                        {c.lessonsLeft.slice(0, lessonsShown).map((l, i) => (
                          <span key={l.slug}>
                            {i > 0 ? (locale === 'ar' ? '، ' : ', ') : null}
                            <Link to={`${base}/${l.slug}`}>{l.title}</Link>
                          </span>
                        ))}
                        {c.lessonsLeft.length > lessonsShown ? ` ${t('me.moreLessons', { n: n(c.lessonsLeft.length - lessonsShown) })}` : null}
                      </p>
                    ) : null}
                  </>
                )}
                {c.quizzes.length > 0 ? (
                  <>
                    <h4>{t('me.quizzesHeading')}</h4>
                    <ul className="my-quizzes">
                      {c.quizzes.map((q) => (
                        <li key={q.moduleSlug}>
                          <Link to={`${base}/${q.moduleSlug}/quiz`}>{q.title}</Link>:{' '}
                          {q.best ? (
                            <>
                              {q.best.passed ? `✓ ${t('quiz.result.passed')}` : t('quiz.result.failed')} ({t('me.best', { percent: pct(q.best.percent) })})
                            </>
                          ) : (
                            t('me.notTaken')
                          )}
                          {!q.best?.passed ? <span className="tag">{t('me.quizToPass')}</span> : null}{' '}
                          <span className="muted">
                            · {q.maxAttempts === 0 ? t('me.attemptsUnlimited', { used: n(q.attempts) }) : t('me.attempts', { used: n(q.attempts), max: n(q.maxAttempts) })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
