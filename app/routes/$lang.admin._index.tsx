// Administrators find accounts and change their roles; each change is an audit event.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { Notice } from '#app/components/auth-form.tsx'
import { DataTable } from '#app/components/data-table.tsx'
import { Pager } from '#app/components/pager.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { roles } from '#app/modules/auth/index.ts'
import { changeRole, findAccounts, isRole, parseForm, requireRole, roleChangeSchema } from '#app/modules/auth/index.server.ts'

const notices = ['changed', 'unchanged', 'ownRole', 'notFound'] as const
type NoticeKey = (typeof notices)[number]
const isNotice = (v: unknown): v is NoticeKey => typeof v === 'string' && (notices as readonly string[]).includes(v)

function listParams(url: URL) {
  const query = (url.searchParams.get('q') ?? '').slice(0, 64)
  const page = Math.min(10_000, Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1))
  return { query, page }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const admin = await requireRole(request, 'admin')
  const url = new URL(request.url)
  const { query, page } = listParams(url)
  const t = await i18nServer.getFixedT(request, 'admin')
  const result = await findAccounts({ query, page })
  const notice = url.searchParams.get('notice')
  return {
    title: t('title'),
    lang,
    query,
    page,
    adminId: admin.id,
    notice: isNotice(notice) ? notice : null,
    ...result,
    accounts: result.accounts.map((a) => ({ ...a, role: isRole(a.role) ? a.role : 'learner' })),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const admin = await requireRole(request, 'admin')
  const parsed = parseForm(roleChangeSchema, await request.formData())
  if (!parsed.ok) throw new Response('Bad request', { status: 400 })
  const result = await changeRole(admin.id, parsed.data.userId, parsed.data.role)
  // back to the same search and page (post/redirect/get)
  const { query, page } = listParams(new URL(request.url))
  const search = new URLSearchParams({ ...(query ? { q: query } : {}), ...(page > 1 ? { page: String(page) } : {}), notice: result.kind })
  throw redirect(`/${lang}/admin?${search}`)
}

export default function Admin() {
  const { lang, query, page, pageCount, total, accounts, adminId, notice } = useLoaderData<typeof loader>()
  const { t } = useTranslation('admin')
  const pageHref = (p: number) => `/${lang}/admin?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(p) })}`
  const actionHref = `/${lang}/admin?${new URLSearchParams({ ...(query ? { q: query } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`
  return (
    <main id="main" className="page">
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {notice === 'changed' || notice === 'unchanged' ? <Notice message={t(`notices.${notice}`)} /> : notice ? <p role="alert" className="alert">{t(`notices.${notice}`)}</p> : null}
      <Form method="get" className="search-form" role="search">
        <div className="field">
          <label htmlFor="admin-q">{t('search')}</label>
          <input id="admin-q" name="q" type="search" defaultValue={query} dir="auto" />
        </div>
        <button type="submit">{t('searchSubmit')}</button>
      </Form>
      <p aria-live="polite">{t('results', { count: total })}</p>
      {accounts.length > 0 ? (
        <DataTable headings={[t('username'), t('displayName'), t('created'), t('twoFactor'), t('role')]}>
          {accounts.map((a) => (
            <tr key={a.id}>
              <td>
                <bdi>{a.username}</bdi> {a.id === adminId ? t('you') : null}
              </td>
              <td>
                <bdi>{a.displayName}</bdi>
              </td>
              <td>{formatDate(a.createdAt, lang)}</td>
              <td>{a.twoFactor ? t('yes') : t('no')}</td>
              <td>
                {a.id === adminId ? (
                  t(`roles.${a.role}`)
                ) : (
                  <Form method="post" action={actionHref} className="role-form">
                    <input type="hidden" name="userId" value={a.id} />
                    <label className="visually-hidden" htmlFor={`role-${a.id}`}>
                      {t('roleFor', { username: a.username })}
                    </label>
                    <select id={`role-${a.id}`} name="role" defaultValue={a.role}>
                      {roles.map((r) => (
                        <option key={r} value={r}>
                          {t(`roles.${r}`)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="button--small">
                      {t('change')}
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <Pager page={page} pages={pageCount} hrefFor={pageHref} locale={lang} />
    </main>
  )
}
