// Verify a certificate: type its code (a GET form, so it works without JavaScript and can be bookmarked).
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { TextField } from '#app/components/certificate-ui.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { normalizeCode } from '#app/modules/certificates/index.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const typed = new URL(request.url).searchParams.get('code')
  if (typed !== null) {
    const code = normalizeCode(typed)
    if (code) throw redirect(`/${lang}/verify/${code}`)
  }
  const t = await i18nServer.getFixedT(request, 'certificates')
  const payload = { title: t('verify.title'), typed: typed ?? '', invalid: typed !== null }
  return typed !== null ? data(payload, { status: 400 }) : payload
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export default function VerifyForm() {
  const { typed, invalid } = useLoaderData<typeof loader>()
  const { t } = useTranslation('certificates')
  return (
    <main id="main" className="page narrow">
      <h1>{t('verify.heading')}</h1>
      <p>{t('verify.intro')}</p>
      <Form method="get" className="verify-form">
        <TextField
          name="code"
          label={t('verify.codeLabel')}
          hint={t('verify.codeHint')}
          error={invalid ? t('verify.invalidCode') : null}
          defaultValue={typed}
          dir="ltr"
          required
        />
        <button type="submit">{t('verify.submit')}</button>
      </Form>
    </main>
  )
}
