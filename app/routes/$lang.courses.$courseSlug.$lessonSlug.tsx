// One lesson, readable in the page language (or the other one, said plainly), with
// previous/next, Mark as complete and progress through the course.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useCourseFormat } from '#app/components/courses/duration.tsx'
import { dirOf, isLocale, type Locale } from '#app/i18n/config.ts'
import { formatNumber } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { getOptionalUser, requireUser } from '#app/modules/auth/index.server.ts'
import { getLessonPage } from '#app/modules/catalog/index.server.ts'
import { completeLesson, getCourseStanding } from '#app/modules/progress/index.server.ts'

function localeOf(lang: string | undefined): Locale {
  if (!isLocale(lang)) throw new Response('Not found', { status: 404 })
  return lang
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(params.lang)
  const page = await getLessonPage(params.courseSlug ?? '', params.lessonSlug ?? '', locale)
  if (!page) throw new Response('Not found', { status: 404 })
  const user = await getOptionalUser(request)
  const standing = user ? await getCourseStanding(user.id, page.course) : null
  const t = await i18nServer.getFixedT(request, 'common')
  const { course, module, lesson } = page
  // only what the page shows: the data travels a second time inside the HTML, for hydration
  return {
    title: `${lesson.title} — ${course.title} — ${t('appName')}`,
    locale,
    course: { slug: course.slug, title: course.title },
    module: { slug: module.slug, title: module.title },
    lesson: { title: lesson.title, minutes: lesson.minutes, bodyHtml: lesson.bodyHtml, shownIn: lesson.shownIn, fallback: lesson.fallback },
    previous: page.previous,
    next: page.next,
    quizAfter: page.quizAfter,
    position: page.position,
    lessonCount: page.lessonCount,
    enrolled: standing?.enrolled ?? false,
    completed: standing?.completedLessonIds.includes(lesson.id) ?? false,
    progress: standing?.progress ?? null,
    justCompleted: new URL(request.url).searchParams.get('done') === '1',
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const locale = localeOf(params.lang)
  const user = await requireUser(request)
  const courseSlug = params.courseSlug ?? ''
  const lessonSlug = params.lessonSlug ?? ''
  const result = await completeLesson(user.id, courseSlug, lessonSlug)
  if (result === 'not-found') throw new Response('Not found', { status: 404 })
  if (result === 'not-enrolled') return redirect(`/${locale}/courses/${courseSlug}?notice=enrol-first`)
  return redirect(`/${locale}/courses/${courseSlug}/${lessonSlug}?done=1`)
}

export default function LessonPage() {
  const data = useLoaderData<typeof loader>()
  const { locale, course, module, lesson, previous, next, quizAfter, position, lessonCount, enrolled, completed, progress, justCompleted } = data
  const { t } = useTranslation('courses')
  const format = useCourseFormat(locale)
  const base = `/${locale}/courses/${course.slug}`
  const n = (value: number) => formatNumber(value, locale)
  return (
    <main id="main" className="page lesson-page">
      <p className="muted">
        <Link to={base}>{course.title}</Link> › {module.title}
      </p>
      <article>
        <header>
          <p className="eyebrow">{t('lesson.position', { n: n(position), total: n(lessonCount) })}</p>
          <h1 lang={lesson.shownIn} dir={dirOf(lesson.shownIn)}>
            {lesson.title}
          </h1>
          <p className="muted">{t('lesson.readingTime', { time: format.minutes(lesson.minutes) })}</p>
        </header>
        {lesson.fallback ? (
          <p className="notice" role="note">
            {t('lesson.fallback')}
          </p>
        ) : null}
        <div className="prose" lang={lesson.shownIn} dir={dirOf(lesson.shownIn)} dangerouslySetInnerHTML={{ __html: lesson.bodyHtml }} />
      </article>

      <section className="lesson-complete" aria-label={t('lesson.courseProgress')}>
        {justCompleted && completed ? (
          <p className="notice" role="status">
            {t('lesson.completedNow')}
          </p>
        ) : null}
        {enrolled ? (
          completed ? (
            <p>✓ {t('lesson.completed')}</p>
          ) : (
            <Form method="post">
              <button type="submit">{t('lesson.markComplete')}</button>
            </Form>
          )
        ) : (
          <p>
            <Link to={base}>{t('lesson.enrolToTrack')}</Link>
          </p>
        )}
        {progress ? (
          <p>
            <label htmlFor="course-progress">{t('lesson.courseProgress')}</label>{' '}
            <progress id="course-progress" max={100} value={progress.percent}>
              {n(progress.percent)}%
            </progress>{' '}
            <span className="muted">
              {t('course.progressText', { done: n(progress.lessonsDone), total: n(progress.lessonsTotal), passed: n(progress.quizzesPassed), quizzes: n(progress.quizzesTotal) })}
            </span>
          </p>
        ) : null}
      </section>

      <nav className="lesson-nav" aria-label={t('lesson.navLabel')}>
        {previous ? (
          <Link to={`${base}/${previous.slug}`} rel="prev">
            <span className="lesson-nav__dir">{t('lesson.previous')}</span> {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {quizAfter ? (
          <Link to={`${base}/${module.slug}/quiz`} className="button">
            {t('lesson.takeQuiz')}
          </Link>
        ) : null}
        {next ? (
          <Link to={`${base}/${next.slug}`} rel="next">
            <span className="lesson-nav__dir">{t('lesson.next')}</span> {next.title}
          </Link>
        ) : (
          <Link to={base}>{t('lesson.backToCourse')}</Link>
        )}
      </nav>
    </main>
  )
}
