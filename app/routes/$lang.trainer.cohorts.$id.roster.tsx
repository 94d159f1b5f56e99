// A cohort's roster: remove or move learners, and create accounts (typed usernames or a CSV
// upload) whose one-time activation codes are shown once, in the response to the form.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { FormAlert, Notice } from '#app/components/auth-form.tsx'
import { Pager } from '#app/components/pager.tsx'
import { DataTable } from '#app/components/data-table.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate, formatNumber } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import {
  createAccounts,
  getCohortOverview,
  listMoveTargets,
  listRoster,
  moveLearner,
  publicOrigin,
  reissueActivation,
  removeLearner,
  requireCohortAccess,
  type CreatedAccount,
} from '#app/modules/cohorts/index.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { parseRoster, type RosterError } from '#app/modules/cohorts/index.ts'

const MAX_UPLOAD_BYTES = 200 * 1024

const notices = ['removed', 'moved'] as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const cohortId = params.id ?? ''
  const user = await requireCohortAccess(request, cohortId)
  const url = new URL(request.url)
  const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1)
  const [roster, targets, overview, t] = await Promise.all([
    listRoster(cohortId, page),
    listMoveTargets(cohortId, user, lang),
    getCohortOverview(request, cohortId, lang),
    i18nServer.getFixedT(request, 'cohorts'),
  ])
  const done = url.searchParams.get('done')
  return {
    title: `${t('roster.heading')} — ${overview.name}`,
    lang,
    cohortId,
    page,
    capacity: overview.capacity,
    archived: overview.archived,
    ...roster,
    targets,
    done: notices.find((n) => n === done) ?? null,
    name: url.searchParams.get('name') ?? '',
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

type ActionResult =
  | { intent: 'create'; usernames: string; errors: RosterError[]; formError?: 'fileTooLarge' | 'nothingToImport'; full?: { seats: number; wanted: number } }
  | { intent: 'codes'; accounts: CreatedAccount[]; activateUrl: string }
  | { intent: 'member'; userId: string; error: 'moveFull' | 'moveBadTarget' | 'notMember' }

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const cohortId = params.id ?? ''
  const user = await requireCohortAccess(request, cohortId)
  const declared = Number(request.headers.get('Content-Length') ?? 0)
  if (declared > MAX_UPLOAD_BYTES * 2) {
    return data<ActionResult>({ intent: 'create', usernames: '', errors: [], formError: 'fileTooLarge' }, { status: 413 })
  }
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const userId = String(form.get('userId') ?? '')
  const name = String(form.get('name') ?? '')
  const back = (done: (typeof notices)[number]) => redirect(`/${lang}/trainer/cohorts/${cohortId}/roster?done=${done}&name=${encodeURIComponent(name)}`)
  const activateUrl = `${publicOrigin(request)}/${lang}/activate`

  if (intent === 'remove') {
    if (!(await removeLearner(user.id, cohortId, userId))) return data<ActionResult>({ intent: 'member', userId, error: 'notMember' }, { status: 400 })
    throw back('removed')
  }
  if (intent === 'move') {
    const result = await moveLearner(user, cohortId, userId, String(form.get('target') ?? ''), lang)
    if (result === 'moved') throw back('moved')
    const error = result === 'full' ? 'moveFull' : result === 'badTarget' ? 'moveBadTarget' : 'notMember'
    return data<ActionResult>({ intent: 'member', userId, error }, { status: 400 })
  }
  if (intent === 'reissue') {
    const account = await reissueActivation(user.id, cohortId, userId)
    if (!account) return data<ActionResult>({ intent: 'member', userId, error: 'notMember' }, { status: 400 })
    return data<ActionResult>({ intent: 'codes', accounts: [account], activateUrl })
  }
  if (intent === 'create') {
    const typed = String(form.get('usernames') ?? '').slice(0, MAX_UPLOAD_BYTES)
    const file = form.get('file')
    let text = typed
    if (file && typeof file !== 'string' && file.size > 0) {
      if (file.size > MAX_UPLOAD_BYTES) return data<ActionResult>({ intent: 'create', usernames: typed, errors: [], formError: 'fileTooLarge' }, { status: 400 })
      text = await file.text()
    }
    if (text.trim() === '') return data<ActionResult>({ intent: 'create', usernames: typed, errors: [], formError: 'nothingToImport' }, { status: 400 })
    const parsed = parseRoster(text, lang)
    if (!parsed.ok) return data<ActionResult>({ intent: 'create', usernames: typed, errors: parsed.errors }, { status: 400 })
    const created = await createAccounts(user.id, cohortId, parsed.rows)
    if (created.ok) return data<ActionResult>({ intent: 'codes', accounts: created.accounts, activateUrl })
    if ('full' in created) return data<ActionResult>({ intent: 'create', usernames: typed, errors: [], full: created.full }, { status: 400 })
    return data<ActionResult>({ intent: 'create', usernames: typed, errors: created.errors }, { status: 400 })
  }
  throw new Response('Bad request', { status: 400 })
}

function ActivationCodes({ accounts, activateUrl }: { accounts: CreatedAccount[]; activateUrl: string }) {
  const { t } = useTranslation('cohorts')
  return (
    <section aria-labelledby="codes" className="notice codes">
      <h2 id="codes">{t('roster.codesHeading')}</h2>
      <p>
        {t('roster.codesIntro')} <code dir="ltr">{activateUrl}</code>
      </p>
      <DataTable headings={[t('roster.name'), t('roster.username'), t('roster.code')]}>
        {accounts.map((a) => (
          <tr key={a.username}>
            <td>
              <bdi>{a.displayName}</bdi>
            </td>
            <td dir="auto">{a.username}</td>
            <td>
              <code dir="ltr" className="code-big" data-testid="activation-code">
                {a.code}
              </code>
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="muted">{t('roster.print')}</p>
    </section>
  )
}

export default function Roster() {
  const { lang, cohortId, page, pages, total, learners, capacity, targets, done, name, archived } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation('cohorts')
  const createFailure = result?.intent === 'create' ? result : null
  const memberFailure = result?.intent === 'member' ? result : null
  return (
    <>
      {done === 'removed' ? <Notice message={t('roster.removed', { name })} /> : null}
      {done === 'moved' ? <Notice message={t('roster.moved', { name })} /> : null}
      {result?.intent === 'codes' ? <ActivationCodes accounts={result.accounts} activateUrl={result.activateUrl} /> : null}

      <section aria-labelledby="roster">
        <h2 id="roster">{t('roster.heading')}</h2>
        <p>{t('roster.count', { count: total, n: formatNumber(total, lang), capacity: formatNumber(capacity, lang) })}</p>
        {learners.length > 0 ? (
          <DataTable headings={[t('roster.name'), t('roster.username'), t('roster.joined'), t('roster.state'), t('table.actions')]}>
            {learners.map((l) => (
              <tr key={l.userId}>
                <th scope="row">
                  <bdi>{l.displayName}</bdi>
                </th>
                <td dir="auto">{l.username}</td>
                <td>{formatDate(l.joinedAt, lang, { dateStyle: 'medium' })}</td>
                <td>{l.pendingUntil ? t('roster.pending', { date: formatDate(l.pendingUntil, lang, { dateStyle: 'medium' }) }) : t('roster.active')}</td>
                <td>
                  <div className="row-actions">
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="userId" value={l.userId} />
                      <input type="hidden" name="name" value={l.displayName} />
                      <button type="submit" className="link-button" aria-label={t('roster.removeLabel', { name: l.displayName })}>
                        {t('roster.remove')}
                      </button>
                    </Form>
                    {targets.length > 0 ? (
                      <Form method="post" className="inline-form" aria-label={t('roster.moveLabel', { name: l.displayName })}>
                        <input type="hidden" name="intent" value="move" />
                        <input type="hidden" name="userId" value={l.userId} />
                        <input type="hidden" name="name" value={l.displayName} />
                        <label>
                          {t('roster.moveTo')}{' '}
                          <select name="target">
                            {targets.map((c) => (
                              <option key={c.id} value={c.id}>
                                {c.name}
                              </option>
                            ))}
                          </select>
                        </label>{' '}
                        <button type="submit" className="link-button">
                          {t('roster.move')}
                        </button>
                      </Form>
                    ) : null}
                    {l.pendingUntil ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="reissue" />
                        <input type="hidden" name="userId" value={l.userId} />
                        <button type="submit" className="link-button" aria-label={t('roster.newCodeLabel', { name: l.displayName })}>
                          {t('roster.newCode')}
                        </button>
                      </Form>
                    ) : null}
                  </div>
                  {memberFailure?.userId === l.userId ? <p className="error">{t(`roster.${memberFailure.error}`)}</p> : null}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
        <Pager page={page} pages={pages} locale={lang} hrefFor={(p) => `/${lang}/trainer/cohorts/${cohortId}/roster?page=${p}`} />
      </section>

      {archived ? null : (
        <section aria-labelledby="create-accounts">
          <h2 id="create-accounts">{t('roster.createHeading')}</h2>
          <p>{t('roster.createIntro')}</p>
          <FormAlert message={createFailure?.formError ? t(`errors.${createFailure.formError}`) : null} />
          {createFailure?.full ? (
            <p role="alert" className="alert">
              {t('roster.full', { seats: formatNumber(createFailure.full.seats, lang), wanted: formatNumber(createFailure.full.wanted, lang) })}
            </p>
          ) : null}
          {createFailure && createFailure.errors.length > 0 ? (
            <div role="alert" className="alert">
              <p>{t('roster.problemsHeading')}</p>
              <ul>
                {createFailure.errors.map((e) => (
                  <li key={`${e.row}-${e.problem}`}>
                    {t('roster.problem', { row: formatNumber(e.row, lang), reason: t(`roster.problems.${e.problem}`, { value: e.value ?? '' }) })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Form method="post" encType="multipart/form-data" noValidate>
            <input type="hidden" name="intent" value="create" />
            <div className="field">
              <label htmlFor="field-usernames">{t('roster.usernames')}</label>
              <p id="field-usernames-hint" className="hint">
                {t('roster.usernamesHint')}
              </p>
              <textarea id="field-usernames" name="usernames" rows={6} dir="auto" spellCheck={false} autoCapitalize="none" defaultValue={createFailure?.usernames ?? ''} aria-describedby="field-usernames-hint" />
            </div>
            <div className="field">
              <label htmlFor="field-file">{t('roster.file')}</label>
              <p id="field-file-hint" className="hint">
                {t('roster.fileHint')}
              </p>
              <input id="field-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="field-file-hint" />
            </div>
            <button type="submit">{t('roster.createSubmit')}</button>
          </Form>
        </section>
      )}
    </>
  )
}
