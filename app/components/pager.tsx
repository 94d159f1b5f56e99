// A page-by-page navigator for the long lists, built from plain links so that it works
// without JavaScript.
import { Link } from '@remix-run/react'
import type { Locale } from '#app/i18n/config.ts'
import { formatNumber } from '#app/i18n/format.ts'
import { useTranslation } from '#app/i18n/react.tsx'

export function Pager({ page, pages, hrefFor, locale }: { page: number; pages: number; hrefFor: (page: number) => string; locale: Locale }) {
  const { t } = useTranslation()
  if (pages <= 1) return null
  return (
    <nav aria-label={t('pagination.label')} className="pager">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : null}
      <span>{t('pagination.page', { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  )
}
