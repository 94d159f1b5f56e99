// My active sessions: device hint and last use, with sign-out for any one or all others.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Notice } from '#app/components/auth-form.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { clearSessionCookie, endUserSession, invalidateUserSessions, listUserSessions, requireUser } from '#app/modules/auth/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireUser(request)
  const t = await i18nServer.getFixedT(request, 'auth')
  const sessions = await listUserSessions(user.id)
  const done = new URL(request.url).searchParams.get('done')
  return {
    title: t('sessions.title'),
    lang,
    notice: done === 'one' ? t('sessions.ended') : done === 'others' ? t('sessions.endedOthers') : null,
    sessions: sessions.map((s) => ({ ...s, current: s.id === user.sessionId })),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireUser(request)
  const form = await request.formData()
  if (form.get('intent') === 'others') {
    await invalidateUserSessions(user.id, user.sessionId)
    throw redirect(`/${lang}/me/sessions?done=others`)
  }
  const sessionId = String(form.get('sessionId') ?? '').slice(0, 64)
  await endUserSession(user.id, sessionId)
  if (sessionId === user.sessionId) {
    throw redirect(`/${lang}/login?signedOut=1`, { headers: { 'Set-Cookie': clearSessionCookie(request) } })
  }
  throw redirect(`/${lang}/me/sessions?done=one`)
}

export default function Sessions() {
  const { lang, sessions, notice } = useLoaderData<typeof loader>()
  const { t } = useTranslation('auth')
  const account = useTranslation('account').t
  return (
    <main id="main" className="page">
      <p>
        <Link to={`/${lang}/me`}>{account('me.heading')}</Link>
      </p>
      <h1>{t('sessions.heading')}</h1>
      <Notice message={notice} />
      <p>{t('sessions.intro')}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('sessions.device')}</th>
              <th scope="col">{t('sessions.lastSeen')}</th>
              <th scope="col">{t('sessions.started')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('sessions.end')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => {
              const device = s.userAgent || t('sessions.unknownDevice')
              return (
                <tr key={s.id}>
                  <td>
                    <bdi>{device}</bdi>
                    {s.current ? <strong className="badge">{t('sessions.current')}</strong> : null}
                  </td>
                  <td>{formatDate(s.lastSeenAt, lang, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>{formatDate(s.createdAt, lang, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="sessionId" value={s.id} />
                      <button type="submit" className="link-button" aria-label={t('sessions.endLabel', { device })}>
                        {t('sessions.end')}
                      </button>
                    </Form>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {sessions.length > 1 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="others" />
          <button type="submit">{t('sessions.endOthers')}</button>
        </Form>
      ) : null}
    </main>
  )
}
