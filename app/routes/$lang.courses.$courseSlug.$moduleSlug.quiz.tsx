// A module's quiz: the form (with a one-time key against double submission), graded on the
// server; after submitting, the attempt's review; a plain message when no attempts are left.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { QuizReview } from '#app/components/courses/quiz-review.tsx'
import { useCourseFormat } from '#app/components/courses/duration.tsx'
import { isLocale, type Locale } from '#app/i18n/config.ts'
import { formatNumber, formatPercent } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { requireUser } from '#app/modules/auth/index.server.ts'
import { fieldName } from '#app/modules/quiz/index.ts'
import { formQuestions, getAttemptReview, getQuizPage, parseQuizForm, submitAttempt } from '#app/modules/quiz/index.server.ts'

function localeOf(lang: string | undefined): Locale {
  if (!isLocale(lang)) throw new Response('Not found', { status: 404 })
  return lang
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(params.lang)
  const user = await requireUser(request)
  const page = await getQuizPage({ courseSlug: params.courseSlug ?? '', moduleSlug: params.moduleSlug ?? '', userId: user.id, locale })
  if (!page) throw new Response('Not found', { status: 404 })
  const url = new URL(request.url)
  const attemptId = url.searchParams.get('attempt')
  const review = attemptId ? await getAttemptReview({ attemptId, userId: user.id, quizId: page.quiz.id, locale }) : null
  if (attemptId && !review) throw new Response('Not found', { status: 404 })
  const t = await i18nServer.getFixedT(request, 'courses')
  return {
    title: `${t('quiz.title', { quiz: page.quiz.title, course: page.course.title })} — ${t('appName', { ns: 'common' })}`,
    locale,
    page,
    review,
    duplicate: url.searchParams.get('duplicate') === '1',
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const locale = localeOf(params.lang)
  const user = await requireUser(request)
  const courseSlug = params.courseSlug ?? ''
  const page = await getQuizPage({ courseSlug, moduleSlug: params.moduleSlug ?? '', userId: user.id, locale })
  if (!page) throw new Response('Not found', { status: 404 })
  if (!page.enrolled) return redirect(`/${locale}/courses/${courseSlug}?notice=enrol-first`)
  const form = await request.formData()
  const parsed = parseQuizForm(formQuestions(page), (name) => form.getAll(name).filter((v): v is string => typeof v === 'string'))
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 })
  const result = await submitAttempt({ userId: user.id, quizId: page.quiz.id, submissionKey: parsed.submissionKey, responses: parsed.responses })
  const here = new URL(request.url).pathname
  switch (result.status) {
    case 'created':
      return redirect(`${here}?attempt=${result.attemptId}`)
    case 'duplicate':
      return redirect(`${here}?attempt=${result.attemptId}&duplicate=1`)
    case 'not-enrolled':
      return redirect(`/${locale}/courses/${courseSlug}?notice=enrol-first`)
    case 'no-attempts-left':
      return redirect(here)
    case 'not-found':
      throw new Response('Not found', { status: 404 })
  }
}

export default function QuizRoute() {
  const { locale, page, review, duplicate } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('courses')
  const format = useCourseFormat(locale)
  const n = (v: number) => formatNumber(v, locale)
  const pct = (v: number) => formatPercent(v / 100, locale)
  const courseHref = `/${locale}/courses/${page.course.slug}`
  const errors: Record<string, string> = actionData && 'errors' in actionData ? actionData.errors : {}
  const values: Record<string, string[]> = actionData && 'values' in actionData ? actionData.values : {}
  const errorText = (key: string | undefined) => {
    switch (key) {
      case 'quiz.errors.chooseOne':
      case 'quiz.errors.chooseSome':
      case 'quiz.errors.trueOrFalse':
      case 'quiz.errors.typeAnswer':
      case 'quiz.errors.tooLong':
      case 'quiz.errors.expired':
        return t(key)
      default:
        return key ? t('quiz.errors.chooseOne') : null
    }
  }
  const outOfAttempts = page.attemptsLeft === 0
  // after a refused submission, focus goes to the first unanswered question: by autofocus when
  // the page is reloaded (no JavaScript), by this effect when it is not
  const firstInvalid = page.quiz.questions.findIndex((q) => errors[q.id])
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (actionData && 'errors' in actionData) formRef.current?.querySelector<HTMLInputElement>('fieldset[aria-invalid="true"] input')?.focus()
  }, [actionData])
  const { quiz } = page

  return (
    <main id="main" className="page narrow quiz-page">
      <p className="muted">
        <Link to={courseHref}>{page.course.title}</Link> › {page.module.title}
      </p>
      <h1>{quiz.title}</h1>
      <p>
        {t('quiz.passRule', { percent: pct(quiz.passingScore) })}{' '}
        {quiz.maxAttempts === 0 ? t('quiz.unlimited') : t('quiz.attemptsUsed', { used: n(page.attemptsUsed), max: n(quiz.maxAttempts) })}
      </p>

      {review ? (
        <>
          {duplicate ? <p className="notice">{t('quiz.result.duplicate')}</p> : null}
          <QuizReview review={review} passingScore={quiz.passingScore} locale={locale} />
          {page.attemptsLeft !== null ? <p>{t('quiz.attemptsLeft', { count: page.attemptsLeft, n: n(page.attemptsLeft) })}</p> : null}
          <p className="actions">
            {page.attemptsLeft !== 0 && !review.passed ? (
              <Link className="button" to={`/${locale}/courses/${page.course.slug}/${page.module.slug}/quiz`}>
                {t('quiz.result.tryAgain')}
              </Link>
            ) : null}
            <Link className={review.passed ? 'button' : 'button button--secondary'} to={courseHref}>
              {t('quiz.result.backToCourse')}
            </Link>
          </p>
        </>
      ) : !page.enrolled ? (
        <>
          <p className="alert">{t('quiz.notEnrolled')}</p>
          <p>
            <Link className="button" to={courseHref}>
              {t('quiz.goToCourse')}
            </Link>
          </p>
        </>
      ) : outOfAttempts ? (
        <>
          <p className="alert" role="status">
            {t('quiz.outOfAttempts', { max: n(quiz.maxAttempts), percent: pct(page.best?.percent ?? 0) })}
          </p>
          <p>
            <Link to={courseHref}>{t('quiz.result.backToCourse')}</Link>
          </p>
        </>
      ) : (
        <>
          {page.best?.passed ? <p className="notice">{t('quiz.alreadyPassed', { percent: pct(page.best.percent) })}</p> : null}
          {Object.keys(errors).length > 0 ? (
            <p className="alert" role="alert">
              {errors.submissionKey ? errorText(errors.submissionKey) : t('quiz.formHasErrors')}
            </p>
          ) : null}
          <Form method="post" className="quiz-form" noValidate ref={formRef}>
            <input type="hidden" name="submissionKey" value={page.submissionKey} />
            <ol className="quiz-questions">
              {quiz.questions.map((q, qi) => {
                const name = fieldName(q.id)
                const errorId = `q${qi}-error`
                const error = errorText(errors[q.id])
                const given = values[q.id] ?? []
                const described = error ? errorId : undefined
                return (
                  <li key={q.id}>
                    <fieldset aria-describedby={described} aria-invalid={error ? true : undefined}>
                      <legend>
                        <span className="visually-hidden">{t('quiz.questionLabel', { n: n(qi + 1) })}: </span>
                        {q.prompt} <span className="muted">({format.points(q.points)})</span>
                      </legend>
                      {q.type === 'multiple' ? <p className="hint">{t('quiz.chooseAll')}</p> : null}
                      {error ? (
                        <p id={errorId} className="error">
                          {error}
                        </p>
                      ) : null}
                      {q.type === 'single' || q.type === 'multiple'
                        ? q.choices.map((c, ci) => (
                            <div key={c.id} className="choice">
                              <input
                                type={q.type === 'single' ? 'radio' : 'checkbox'}
                                id={`q${qi}-c${ci}`}
                                name={name}
                                value={c.id}
                                defaultChecked={given.includes(c.id)}
                                autoFocus={qi === firstInvalid && ci === 0}
                              />
                              <label htmlFor={`q${qi}-c${ci}`}>{c.text}</label>
                            </div>
                          ))
                        : null}
                      {q.type === 'truefalse'
                        ? (['true', 'false'] as const).map((v) => (
                            <div key={v} className="choice">
                              <input type="radio" id={`q${qi}-${v}`} name={name} value={v} defaultChecked={given.includes(v)} autoFocus={qi === firstInvalid && v === 'true'} />
                              <label htmlFor={`q${qi}-${v}`}>{t(`quiz.${v}`)}</label>
                            </div>
                          ))
                        : null}
                      {q.type === 'short' ? (
                        <div className="field">
                          <label htmlFor={`q${qi}-text`}>{t('quiz.yourAnswer')}</label>
                          <input type="text" id={`q${qi}-text`} name={name} defaultValue={given[0] ?? ''} maxLength={300} autoComplete="off" autoFocus={qi === firstInvalid} />
                        </div>
                      ) : null}
                    </fieldset>
                  </li>
                )
              })}
            </ol>
            <button type="submit" disabled={navigation.state === 'submitting'}>
              {t('quiz.submit')}
            </button>
          </Form>
        </>
      )}
    </main>
  )
}
