import { Link } from '@remix-run/react'
import { useTranslation } from '#app/i18n/react.tsx'

export function ErrorPage({ status, title, body }: { status: number; title: string; body: string }) {
  const { t, i18n } = useTranslation()
  return (
    <main id="main" className="page narrow">
      <title>{`${title} — ${t('appName')}`}</title>
      <p className="eyebrow">{status}</p>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to={`/${i18n.language}`}>{t('errors.backHome')}</Link>
      </p>
    </main>
  )
}
