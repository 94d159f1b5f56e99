// Joining a cohort by its invite link: a signed-in learner joins with one button; a newcomer
// registers (or signs in) first and comes back here. Every refusal says why, in words.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Notice } from '#app/components/auth-form.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { getOptionalUser, requireUser } from '#app/modules/auth/index.server.ts'
import { joinByInvite, viewInvite } from '#app/modules/cohorts/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const code = params.code ?? ''
  const user = await getOptionalUser(request)
  const [view, t] = await Promise.all([viewInvite(code, user?.id ?? null, lang), i18nServer.getFixedT(request, 'cohorts')])
  const joined = new URL(request.url).searchParams.get('joined') === '1' && !view.verdict.ok && view.verdict.reason === 'already'
  const here = `/${lang}/join/${encodeURIComponent(code)}`
  return data(
    {
      title: view.cohort ? t('join.heading', { name: view.cohort.name }) : t('join.title'),
      lang,
      signedIn: user !== null,
      here,
      joined,
      verdict: view.verdict,
      cohort: view.cohort,
    },
    // a code that leads nowhere is a 404, with the page still explaining what to do
    { status: view.cohort ? 200 : 404, headers: { 'Cache-Control': 'private, no-store' } },
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const code = params.code ?? ''
  const user = await requireUser(request)
  const result = await joinByInvite(user.id, code)
  // success or not, the page now shows where the person stands
  throw redirect(`/${lang}/join/${encodeURIComponent(code)}${result.ok ? '?joined=1' : ''}`)
}

export default function Join() {
  const { lang, signedIn, here, joined, verdict, cohort } = useLoaderData<typeof loader>()
  const { t } = useTranslation('cohorts')
  const back = encodeURIComponent(here)
  return (
    <main id="main" className="page narrow">
      <h1>{cohort ? t('join.heading', { name: cohort.name }) : t('join.unknownHeading')}</h1>
      {cohort ? (
        <>
          <p>{t('join.course', { title: cohort.courseTitle })}</p>
          <p>{t('join.dates', { start: formatDate(cohort.startsOn, lang), end: formatDate(cohort.endsOn, lang) })}</p>
        </>
      ) : null}
      {joined ? (
        <Notice message={t('join.joined')} />
      ) : !verdict.ok ? (
        <p role="alert" className={verdict.reason === 'already' ? 'notice' : 'alert'}>
          {t(`join.reasons.${verdict.reason}`)}
        </p>
      ) : null}
      {cohort && (joined || (!verdict.ok && verdict.reason === 'already')) ? (
        <p>
          <Link className="button" to={`/${lang}/courses/${cohort.courseSlug}`}>
            {t('join.goToCourse')}
          </Link>
        </p>
      ) : null}
      {verdict.ok && signedIn ? (
        <Form method="post">
          <button type="submit">{t('join.submit')}</button>
        </Form>
      ) : null}
      {verdict.ok && !signedIn ? (
        <>
          <p>{t('join.newcomer')}</p>
          <p className="actions">
            <Link className="button" to={`/${lang}/register?redirectTo=${back}`}>
              {t('join.register')}
            </Link>
            <Link className="button button--secondary" to={`/${lang}/login?redirectTo=${back}`}>
              {t('join.signIn')}
            </Link>
          </p>
        </>
      ) : null}
    </main>
  )
}
