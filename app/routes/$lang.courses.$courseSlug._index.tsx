// A course's outline, outcomes and audience; Enrol (open courses) and the learner's progress.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useCourseFormat } from '#app/components/courses/duration.tsx'
import { isLocale, type Locale } from '#app/i18n/config.ts'
import { formatNumber } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { getOptionalUser, requireUser } from '#app/modules/auth/index.server.ts'
import { enrolInOpenCourse, getCourseOutline, isTopic } from '#app/modules/catalog/index.server.ts'
import { getCourseStanding } from '#app/modules/progress/index.server.ts'

const notices = ['enrolled', 'enrol-first'] as const
type Notice = (typeof notices)[number]
const isNotice = (v: unknown): v is Notice => typeof v === 'string' && (notices as readonly string[]).includes(v)

function localeOf(lang: string | undefined): Locale {
  if (!isLocale(lang)) throw new Response('Not found', { status: 404 })
  return lang
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(params.lang)
  const course = await getCourseOutline(params.courseSlug ?? '', locale)
  if (!course) throw new Response('Not found', { status: 404 })
  const user = await getOptionalUser(request)
  const standing = user ? await getCourseStanding(user.id, course) : null
  const t = await i18nServer.getFixedT(request, 'courses')
  const notice = new URL(request.url).searchParams.get('notice')
  return {
    title: `${course.title} — ${t('appName', { ns: 'common' })}`,
    locale,
    course,
    topicLabel: isTopic(course.topic) ? t(`topics.${course.topic}`) : course.topic,
    signedIn: Boolean(user),
    standing,
    notice: isNotice(notice) ? notice : null,
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const locale = localeOf(params.lang)
  const user = await requireUser(request)
  const slug = params.courseSlug ?? ''
  const result = await enrolInOpenCourse(user.id, slug)
  if (result === 'not-found') throw new Response('Not found', { status: 404 })
  if (result === 'cohort-only') throw new Response('Forbidden', { status: 403 })
  return redirect(`/${locale}/courses/${slug}?notice=enrolled`)
}

export default function CoursePage() {
  const { locale, course, topicLabel, signedIn, standing, notice } = useLoaderData<typeof loader>()
  const { t } = useTranslation('courses')
  const format = useCourseFormat(locale)
  const done = new Set(standing?.completedLessonIds ?? [])
  const passed = new Set(standing?.passedQuizIds ?? [])
  const enrolled = standing?.enrolled ?? false
  const base = `/${locale}/courses/${course.slug}`
  const lessonTitle = (slug: string) => course.modules.flatMap((m) => m.lessons).find((l) => l.slug === slug)?.title ?? ''
  const moduleTitle = (slug: string) => course.modules.find((m) => m.slug === slug)?.title ?? ''
  const n = (value: number) => formatNumber(value, locale)

  return (
    <main id="main" className="page course-page">
      <p>
        <Link to={`/${locale}/courses`}>{t('course.breadcrumb')}</Link>
      </p>
      <p className="eyebrow">{topicLabel}</p>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      <p className="muted">
        {t('course.estimated', { time: format.minutes(course.minutes) })} · {format.modules(course.modules.length)} ·{' '}
        {course.languages.map((l) => t(`languages.${l}`)).join(' · ')}
      </p>

      {notice === 'enrolled' && enrolled ? (
        <p className="notice" role="status">
          {t('course.enrolledNow')}
        </p>
      ) : null}
      {notice === 'enrol-first' && !enrolled ? (
        <p className="alert" role="alert">
          {t('course.enrolFirst')}
        </p>
      ) : null}

      <section className="enrol-box" aria-labelledby="progress-heading">
        {enrolled && standing ? (
          <>
            <h2 id="progress-heading">{t('course.progressHeading')}</h2>
            <p>{t('course.enrolledAlready')}</p>
            <progress max={100} value={standing.progress.percent} aria-labelledby="progress-heading">
              {n(standing.progress.percent)}%
            </progress>
            <p>
              {t('course.progressText', {
                done: n(standing.progress.lessonsDone),
                total: n(standing.progress.lessonsTotal),
                passed: n(standing.progress.quizzesPassed),
                quizzes: n(standing.progress.quizzesTotal),
              })}
            </p>
            {standing.next === null ? (
              <p>{t('course.allDone')}</p>
            ) : 'lessonSlug' in standing.next ? (
              <p>
                <Link className="button" to={`${base}/${standing.next.lessonSlug}`}>
                  {t('course.continue', { title: lessonTitle(standing.next.lessonSlug) })}
                </Link>
              </p>
            ) : (
              <p>
                <Link className="button" to={`${base}/${standing.next.quizModuleSlug}/quiz`}>
                  {t('course.continueQuiz', { title: moduleTitle(standing.next.quizModuleSlug) })}
                </Link>
              </p>
            )}
            <p>
              <Link to={`${base}/certificate`}>{t('course.certificateLink')}</Link>
            </p>
          </>
        ) : course.enrolment === 'open' ? (
          signedIn ? (
            <Form method="post">
              <button type="submit">{t('course.enrol')}</button>
            </Form>
          ) : (
            <p>
              <Link className="button" to={`/${locale}/login?redirectTo=${encodeURIComponent(base)}`}>
                {t('course.signInToEnrol')}
              </Link>
            </p>
          )
        ) : (
          <p>{t('course.cohortOnly')}</p>
        )}
      </section>

      <section aria-labelledby="audience">
        <h2 id="audience">{t('course.audienceHeading')}</h2>
        <p>{course.audience}</p>
      </section>
      <section aria-labelledby="outcomes">
        <h2 id="outcomes">{t('course.outcomesHeading')}</h2>
        <ul className="checklist">
          {course.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="outline">
        <h2 id="outline">{t('course.outlineHeading')}</h2>
        <ol className="outline">
          {course.modules.map((m, i) => (
            <li key={m.id}>
              <h3>{t('course.moduleHeading', { n: n(i + 1), title: m.title })}</h3>
              <p className="muted">{m.summary}</p>
              <ol className="outline__lessons">
                {m.lessons.map((l) => (
                  <li key={l.id}>
                    <Link to={`${base}/${l.slug}`}>{l.title}</Link> <span className="muted">· {format.minutes(l.minutes)}</span>
                    {l.fallback ? <span className="tag">{t('course.onlyIn', { language: t(`languages.${l.languages[0] ?? 'ar'}`) })}</span> : null}
                    {done.has(l.id) ? <span className="tag tag--done">✓ {t('course.lessonDone')}</span> : null}
                  </li>
                ))}
                {m.quiz ? (
                  <li className="outline__quiz">
                    <Link to={`${base}/${m.slug}/quiz`}>{t('course.quizLink')}</Link> <span className="muted">· {format.questions(m.quiz.questionCount)}</span>
                    {passed.has(m.quiz.id) ? <span className="tag tag--done">✓ {t('course.quizPassed')}</span> : null}
                  </li>
                ) : null}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </main>
  )
}
