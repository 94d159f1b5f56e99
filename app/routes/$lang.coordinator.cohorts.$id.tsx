// Coordinators: one cohort's details (names, dates, places), its trainers, and archiving or
// restoring it.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormAlert, Notice } from '#app/components/auth-form.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate, formatNumber } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { requireRole } from '#app/modules/auth/index.server.ts'
import { addTrainer, archiveCohort, getCohortForCoordinator, removeTrainer, restoreCohort, updateCohort } from '#app/modules/cohorts/index.server.ts'
import { cohortEditSchema, fieldErrors, isCohortErrorKey, isoDay, usernameFieldSchema } from '#app/modules/cohorts/index.ts'

const notices = ['created', 'edited', 'unchanged', 'trainerAdded', 'trainerRemoved', 'archived', 'restored'] as const
type NoticeKey = (typeof notices)[number]
const noticeText = {
  created: 'coordinator.created',
  edited: 'manage.edited',
  unchanged: 'manage.unchanged',
  trainerAdded: 'manage.trainerAdded',
  trainerRemoved: 'manage.trainerRemoved',
  archived: 'manage.archivedNotice',
  restored: 'manage.restoredNotice',
} as const
const editFields = ['nameAr', 'nameEn', 'startsOn', 'endsOn', 'capacity'] as const
type EditValues = Record<(typeof editFields)[number], string>

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  await requireRole(request, 'coordinator')
  const cohort = await getCohortForCoordinator(params.id ?? '', lang)
  if (!cohort) throw new Response('Not found', { status: 404 })
  const t = await i18nServer.getFixedT(request, 'cohorts')
  const done = new URL(request.url).searchParams.get('done')
  const details: EditValues = { nameAr: cohort.nameAr, nameEn: cohort.nameEn, startsOn: isoDay(cohort.startsOn), endsOn: isoDay(cohort.endsOn), capacity: String(cohort.capacity) }
  return { title: t('manage.title', { name: cohort.name }), lang, cohort, details, done: notices.find((n) => n === done) ?? null }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

const trainerError = { notFound: 'userNotFound', notTrainer: 'notTrainer', already: 'alreadyTrainer', notAssigned: 'notAssigned' } as const

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireRole(request, 'coordinator')
  const cohortId = params.id ?? ''
  if (!(await getCohortForCoordinator(cohortId, lang))) throw new Response('Not found', { status: 404 })
  const form = await request.formData()
  const intent = String(form.get('intent') ?? '')
  const back = (done: NoticeKey) => redirect(`/${lang}/coordinator/cohorts/${cohortId}?done=${done}`)
  if (intent === 'edit') {
    const values = Object.fromEntries(editFields.map((f) => [f, String(form.get(f) ?? '')])) as EditValues
    const parsed = cohortEditSchema.safeParse(values)
    if (!parsed.success) return data({ intent, values, errors: fieldErrors(parsed.error) as Partial<EditValues>, learners: null }, { status: 400 })
    const result = await updateCohort(user.id, cohortId, parsed.data)
    if (!result.ok) return data({ intent, values, errors: { capacity: 'capacityBelowLearners' } as Partial<EditValues>, learners: result.learners }, { status: 400 })
    throw back(result.changed ? 'edited' : 'unchanged')
  }
  if (intent === 'archive') {
    await archiveCohort(user.id, cohortId)
    throw back('archived')
  }
  if (intent === 'restore') {
    await restoreCohort(user.id, cohortId)
    throw back('restored')
  }
  if (intent === 'addTrainer' || intent === 'removeTrainer') {
    const username = String(form.get('username') ?? '')
    const parsed = usernameFieldSchema.safeParse({ username })
    if (!parsed.success) return data({ intent, username, error: fieldErrors(parsed.error).username ?? 'required' }, { status: 400 })
    const result = intent === 'addTrainer' ? await addTrainer(user.id, cohortId, parsed.data.username) : await removeTrainer(user.id, cohortId, parsed.data.username)
    if (result === 'added') throw back('trainerAdded')
    if (result === 'removed') throw back('trainerRemoved')
    return data({ intent, username, error: trainerError[result] }, { status: 400 })
  }
  throw new Response('Bad request', { status: 400 })
}

export default function ManageCohort() {
  const { lang, cohort, details, done } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('cohorts')
  const trainerFailure = failure && 'error' in failure ? failure : null
  const addError = trainerFailure?.intent === 'addTrainer' && isCohortErrorKey(trainerFailure.error) ? t(`errors.${trainerFailure.error}`) : null
  const removeError = trainerFailure?.intent === 'removeTrainer' && isCohortErrorKey(trainerFailure.error) ? t(`errors.${trainerFailure.error}`) : null
  // an archived cohort can be restored; any other, archived
  const archiveStep = cohort.archived
    ? ({ intro: 'manage.restoreIntro', intent: 'restore', label: 'manage.restore', style: 'button--secondary' } as const)
    : ({ intro: 'manage.archiveIntro', intent: 'archive', label: 'manage.archive', style: 'button--danger' } as const)
  const editFailure = failure && 'errors' in failure ? failure : null
  const editValue = (field: (typeof editFields)[number]) => editFailure?.values[field] ?? details[field]
  const editError = (field: (typeof editFields)[number]) => {
    const key: unknown = editFailure?.errors[field]
    if (!isCohortErrorKey(key)) return null
    return key === 'capacityBelowLearners' ? t('errors.capacityBelowLearners', { n: formatNumber(editFailure?.learners ?? 0, lang) }) : t(`errors.${key}`)
  }
  return (
    <main id="main" className="page">
      <p>
        <Link to={`/${lang}/coordinator`}>{t('manage.back')}</Link>
      </p>
      <h1>{cohort.name}</h1>
      {done ? <Notice message={t(noticeText[done])} /> : null}
      <p>{t('dashboard.course', { title: cohort.courseTitle })}</p>
      <p>{t('dates', { start: formatDate(cohort.startsOn, lang), end: formatDate(cohort.endsOn, lang) })}</p>
      <p>
        {t('table.learners')}: {t('seats', { n: formatNumber(cohort.learners, lang), capacity: formatNumber(cohort.capacity, lang) })}
      </p>
      <p>
        <Link className="button button--secondary" to={`/${lang}/trainer/cohorts/${cohort.id}`}>
          {t('manage.openDashboard')}
        </Link>
      </p>

      <section aria-labelledby="details">
        <h2 id="details">{t('manage.editHeading')}</h2>
        <p>{t('manage.editIntro')}</p>
        <Form method="post" noValidate className="stack-form">
          <input type="hidden" name="intent" value="edit" />
          <Field name="nameAr" label={t('coordinator.nameAr')} error={editError('nameAr')} defaultValue={editValue('nameAr')} dir="auto" />
          <Field name="nameEn" label={t('coordinator.nameEn')} error={editError('nameEn')} defaultValue={editValue('nameEn')} dir="auto" />
          <Field name="startsOn" type="date" label={t('coordinator.startsOn')} error={editError('startsOn')} defaultValue={editValue('startsOn')} dir="ltr" />
          <Field name="endsOn" type="date" label={t('coordinator.endsOn')} error={editError('endsOn')} defaultValue={editValue('endsOn')} dir="ltr" />
          <Field name="capacity" type="number" inputMode="numeric" label={t('coordinator.capacity')} hint={t('coordinator.capacityHint')} error={editError('capacity')} defaultValue={editValue('capacity')} dir="ltr" />
          <button type="submit">{t('manage.save')}</button>
        </Form>
      </section>

      <section aria-labelledby="trainers">
        <h2 id="trainers">{t('manage.trainersHeading')}</h2>
        {cohort.trainers.length === 0 ? <p>{t('manage.noTrainers')}</p> : null}
        <ul className="plain-list">
          {cohort.trainers.map((tr) => (
            <li key={tr.id}>
              <bdi>{tr.displayName}</bdi> (<bdi>{tr.username}</bdi>){' '}
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="removeTrainer" />
                <input type="hidden" name="username" value={tr.username} />
                <button type="submit" className="link-button" aria-label={`${t('manage.remove')}: ${tr.displayName}`}>
                  {t('manage.remove')}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <FormAlert message={removeError} />
        <h3>{t('manage.addTrainer')}</h3>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="addTrainer" />
          <Field name="username" label={t('manage.trainerUsername')} hint={t('manage.trainerHint')} error={addError} defaultValue={trainerFailure?.intent === 'addTrainer' ? trainerFailure.username : ''} dir="auto" />
          <button type="submit">{t('manage.add')}</button>
        </Form>
      </section>

      <section aria-labelledby="archive">
        <h2 id="archive">{t('manage.archiveHeading')}</h2>
        {cohort.archived ? <p>{t('manage.archived')}</p> : null}
        <p>{t(archiveStep.intro)}</p>
        <Form method="post">
          <input type="hidden" name="intent" value={archiveStep.intent} />
          <button type="submit" className={archiveStep.style}>
            {t(archiveStep.label)}
          </button>
        </Form>
      </section>
    </main>
  )
}
