// Coordinators: the audit log — who issued, revoked or changed what, and when (newest first).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { DataTable } from '#app/components/data-table.tsx'
import { Pager } from '#app/components/pager.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { listAuditEvents } from '#app/modules/audit/index.server.ts'
import { requireRole } from '#app/modules/auth/index.server.ts'

const PAGE_SIZE = 50

function detailsText(json: string): string {
  try {
    const value: unknown = JSON.parse(json)
    if (value && typeof value === 'object') {
      return Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' · ')
    }
  } catch {
    // a malformed row is shown as it is
  }
  return json
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  await requireRole(request, 'coordinator')
  const url = new URL(request.url)
  const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1))
  const actionFilter = /^[a-z_.]{1,64}$/.test(url.searchParams.get('action') ?? '') ? (url.searchParams.get('action') ?? '') : ''
  const [{ total, events }, t] = await Promise.all([
    listAuditEvents({ page, pageSize: PAGE_SIZE, action: actionFilter || undefined }),
    i18nServer.getFixedT(request, 'certificates'),
  ])
  return {
    title: t('audit.title'),
    lang,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    actionFilter,
    events: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: e.actor?.username ?? null,
      action: e.action,
      subject: e.subject,
      details: detailsText(e.details),
    })),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export default function AuditLog() {
  const { lang, page, pages, events, actionFilter } = useLoaderData<typeof loader>()
  const { t } = useTranslation('certificates')
  return (
    <main id="main" className="page">
      <h1>{t('audit.heading')}</h1>
      <Form method="get" className="search-form">
        <div className="field">
          <label htmlFor="action">{t('audit.filter')}</label>
          <input id="action" name="action" type="text" dir="ltr" defaultValue={actionFilter} placeholder="certificate.issued" />
        </div>
        <button type="submit">{t('audit.apply')}</button>
      </Form>
      {events.length === 0 ? (
        <p className="muted">{t('audit.none')}</p>
      ) : (
        <DataTable headings={[t('audit.when'), t('audit.who'), t('audit.action'), t('audit.subject'), t('audit.details')]}>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatDate(e.at, lang, { dateStyle: 'medium', timeStyle: 'short' })}</td>
              <td>
                <bdi>{e.actor ?? t('audit.system')}</bdi>
              </td>
              <td>
                <code dir="ltr">{e.action}</code>
              </td>
              <td>
                <code dir="ltr">{e.subject}</code>
              </td>
              <td>
                <bdi>{e.details}</bdi>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager
        page={page}
        pages={pages}
        hrefFor={(p) => `/${lang}/coordinator/audit?page=${p}${actionFilter ? `&action=${encodeURIComponent(actionFilter)}` : ''}`}
        locale={lang}
      />
    </main>
  )
}
