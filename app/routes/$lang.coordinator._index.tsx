// Coordinators: every cohort, and a form to create one for a course.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Field, FormAlert } from '#app/components/auth-form.tsx'
import { Pager } from '#app/components/pager.tsx'
import { DataTable } from '#app/components/data-table.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { formatDate, formatNumber } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { requireRole } from '#app/modules/auth/index.server.ts'
import { createCohort, listAllCohorts, listCourseOptions } from '#app/modules/cohorts/index.server.ts'
import { cohortSchema, fieldErrors, isCohortErrorKey } from '#app/modules/cohorts/index.ts'

const fields = ['courseId', 'nameAr', 'nameEn', 'startsOn', 'endsOn', 'capacity'] as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  await requireRole(request, 'coordinator')
  const page = Math.max(1, Number.parseInt(new URL(request.url).searchParams.get('page') ?? '1', 10) || 1)
  const [list, courses, t] = await Promise.all([listAllCohorts(lang, page), listCourseOptions(lang), i18nServer.getFixedT(request, 'cohorts')])
  return { title: t('coordinator.title'), lang, page, ...list, courses }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireRole(request, 'coordinator')
  const form = await request.formData()
  const values = Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? '')]))
  const parsed = cohortSchema.safeParse(values)
  if (!parsed.success) return data({ values, errors: fieldErrors(parsed.error) }, { status: 400 })
  const created = await createCohort(user.id, parsed.data)
  const errors: Record<string, string> = { courseId: 'course' }
  if (!created.ok) return data({ values, errors }, { status: 400 })
  throw redirect(`/${lang}/coordinator/cohorts/${created.id}?done=created`)
}

export default function CoordinatorCohorts() {
  const { lang, cohorts, courses, page, pages } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('cohorts')
  const err = (field: string) => {
    const key = failure?.errors[field]
    return isCohortErrorKey(key) ? t(`errors.${key}`) : null
  }
  const value = (field: (typeof fields)[number]) => failure?.values[field] ?? ''
  return (
    <main id="main" className="page">
      <h1>{t('coordinator.heading')}</h1>
      <p className="lead">{t('coordinator.intro')}</p>
      <nav aria-label={t('coordinator.linksLabel')}>
        <ul className="inline-list">
          <li>
            <Link to={`/${lang}/coordinator/certificates`}>{t('coordinator.certificates')}</Link>
          </li>
          <li>
            <Link to={`/${lang}/coordinator/audit`}>{t('coordinator.audit')}</Link>
          </li>
        </ul>
      </nav>

      {cohorts.length === 0 ? (
        <p>{t('coordinator.none')}</p>
      ) : (
        <DataTable headings={[t('table.name'), t('table.course'), t('table.dates'), t('table.learners'), t('table.trainers'), t('table.status'), t('table.actions')]}>
          {cohorts.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>{c.courseTitle}</td>
              <td>{t('dates', { start: formatDate(c.startsOn, lang), end: formatDate(c.endsOn, lang) })}</td>
              <td>{t('seats', { n: formatNumber(c.learners, lang), capacity: formatNumber(c.capacity, lang) })}</td>
              <td>{c.trainers.map((tr) => tr.displayName).join('، ') || '—'}</td>
              <td>{c.archived ? t('status.archived') : t('status.active')}</td>
              <td>
                <ul className="inline-list">
                  <li>
                    <Link to={`/${lang}/coordinator/cohorts/${c.id}`} aria-label={`${t('coordinator.manage')}: ${c.name}`}>
                      {t('coordinator.manage')}
                    </Link>
                  </li>
                  <li>
                    <Link to={`/${lang}/trainer/cohorts/${c.id}`} aria-label={`${t('coordinator.dashboard')}: ${c.name}`}>
                      {t('coordinator.dashboard')}
                    </Link>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager page={page} pages={pages} locale={lang} hrefFor={(p) => `/${lang}/coordinator?page=${p}`} />

      <section aria-labelledby="create-cohort">
        <h2 id="create-cohort">{t('coordinator.createHeading')}</h2>
        {courses.length === 0 ? <FormAlert message={t('coordinator.noCourses')} /> : null}
        <Form method="post" noValidate className="stack-form">
          <div className="field">
            <label htmlFor="field-courseId">{t('coordinator.course')}</label>
            <select id="field-courseId" name="courseId" defaultValue={value('courseId')} aria-invalid={err('courseId') ? true : undefined} aria-describedby={err('courseId') ? 'field-courseId-error' : undefined}>
              <option value="">{t('coordinator.chooseCourse')}</option>
              {courses.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
            {err('courseId') ? (
              <p id="field-courseId-error" className="error">
                {err('courseId')}
              </p>
            ) : null}
          </div>
          <Field name="nameAr" label={t('coordinator.nameAr')} error={err('nameAr')} defaultValue={value('nameAr')} dir="auto" />
          <Field name="nameEn" label={t('coordinator.nameEn')} error={err('nameEn')} defaultValue={value('nameEn')} dir="auto" />
          <Field name="startsOn" type="date" label={t('coordinator.startsOn')} error={err('startsOn')} defaultValue={value('startsOn')} dir="ltr" />
          <Field name="endsOn" type="date" label={t('coordinator.endsOn')} error={err('endsOn')} defaultValue={value('endsOn')} dir="ltr" />
          <Field name="capacity" type="number" inputMode="numeric" label={t('coordinator.capacity')} hint={t('coordinator.capacityHint')} error={err('capacity')} defaultValue={value('capacity') || '30'} dir="ltr" />
          <button type="submit">{t('coordinator.create')}</button>
        </Form>
      </section>
    </main>
  )
}
