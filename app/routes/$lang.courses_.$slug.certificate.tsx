// A learner's certificate for one course: what is still missing, or the name to print and the request.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { TextField } from '#app/components/certificate-ui.tsx'
import { useEnhancedForm } from '#app/components/enhanced-form.ts'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { requireUser } from '#app/modules/auth/index.server.ts'
import { getCertificateRequestPage, nameRequestSchema, saveCertificateRequest } from '#app/modules/certificates/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireUser(request)
  const page = await getCertificateRequestPage(user.id, params.slug ?? '', lang)
  if (!page) throw new Response('Not found', { status: 404 })
  const t = await i18nServer.getFixedT(request, 'certificates')
  return { title: t('request.title', { course: page.course.title }), lang, saved: new URL(request.url).searchParams.get('saved') === '1', ...page }
}

// the action's own schema, fetched by the browser once the learner is in the form
const loadNameSchema = () => import('#app/modules/certificates/index.ts').then((certificates) => certificates.nameRequestSchema)

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export async function action({ request, params }: ActionFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireUser(request)
  const form = await request.formData()
  const values = { nameArabic: String(form.get('nameArabic') ?? ''), nameLatin: String(form.get('nameLatin') ?? '') }
  const parsed = nameRequestSchema.safeParse(values)
  if (!parsed.success) {
    const errors: Partial<Record<'nameArabic' | 'nameLatin', string>> = {}
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'nameLatin' ? 'nameLatin' : 'nameArabic'
      errors[field] ??= issue.message
    }
    return data({ values, errors, formError: null }, { status: 400 })
  }
  const result = await saveCertificateRequest(user.id, params.slug ?? '', parsed.data)
  if (!result.ok) {
    if (result.error === 'notFound') throw new Response('Not found', { status: 404 })
    if (result.error === 'alreadyIssued') throw redirect(`/${lang}/courses/${params.slug}/certificate`)
    const errors: Partial<Record<'nameArabic' | 'nameLatin', string>> = {}
    return data({ values, errors, formError: 'notEligible' }, { status: 403 })
  }
  throw redirect(`/${lang}/courses/${params.slug}/certificate?saved=1`)
}

export default function CertificateRequestPage() {
  const { lang, course, eligibility, missingLessons, missingQuizzes, request, certificate, saved } = useLoaderData<typeof loader>()
  const failure = useActionData<typeof action>()
  const { t } = useTranslation('certificates')
  // zod messages are keys of this namespace
  const messages: Record<string, string> = {
    'request.errors.oneName': t('request.errors.oneName'),
    'request.errors.arabicScript': t('request.errors.arabicScript'),
    'request.errors.latinScript': t('request.errors.latinScript'),
    'request.errors.tooLong': t('request.errors.tooLong'),
  }
  const form = useEnhancedForm(loadNameSchema, failure?.errors)
  const err = (field: 'nameArabic' | 'nameLatin') => {
    const key = form.errorKey(field)
    return key ? (messages[key] ?? key) : null
  }
  return (
    <main id="main" className="page narrow">
      <p>
        <Link to={`/${lang}/courses/${course.slug}`}>{course.title}</Link>
      </p>
      <h1>{t('request.heading')}</h1>
      {certificate ? (
        <div className="notice">
          <p>{t('request.issued')}</p>
          <p>
            <Link to={`/${lang}/verify/${certificate.code}`}>
              <code dir="ltr">{certificate.code}</code>
            </Link>
          </p>
          <p>
            <a href={`/certificates/${certificate.code}.pdf`} download>
              PDF
            </a>
          </p>
        </div>
      ) : eligibility.eligible ? (
        <>
          {saved && !failure ? <p className="notice">{t('request.saved')}</p> : null}
          {failure?.formError ? <p className="alert">{t('request.errors.notEligible')}</p> : null}
          <p>{t('request.eligible')}</p>
          {request && !saved ? <p className="notice">{t('request.pending')}</p> : null}
          <h2>{t('request.nameHeading')}</h2>
          <p>{t('request.nameIntro')}</p>
          <Form method="post" noValidate className="auth-form" {...form.formProps}>
            <TextField
              name="nameArabic"
              label={t('request.nameArabic')}
              hint={t('request.nameArabicHint')}
              error={err('nameArabic')}
              defaultValue={failure?.values.nameArabic ?? request?.nameArabic ?? ''}
              dir="rtl"
              lang="ar"
              input={form.register('nameArabic')}
            />
            <TextField
              name="nameLatin"
              label={t('request.nameLatin')}
              hint={t('request.nameLatinHint')}
              error={err('nameLatin')}
              defaultValue={failure?.values.nameLatin ?? request?.nameLatin ?? ''}
              dir="ltr"
              lang="en"
              input={form.register('nameLatin')}
            />
            <button type="submit">{request ? t('request.update') : t('request.submit')}</button>
          </Form>
        </>
      ) : (
        <>
          <p>{t('request.notEligible')}</p>
          <p className="muted">{t('request.progress', eligibility)}</p>
          <ul className="checklist missing-list">
            {missingLessons.map((title, i) => (
              <li key={`l${i}`}>{t('request.missingLesson', { title })}</li>
            ))}
            {missingQuizzes.map((title, i) => (
              <li key={`q${i}`}>{t('request.missingQuiz', { title })}</li>
            ))}
          </ul>
        </>
      )}
    </main>
  )
}
