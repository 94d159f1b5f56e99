import { Form, Link, NavLink } from '@remix-run/react'
import type { Locale } from '#app/i18n/config.ts'
import { useTranslation } from '#app/i18n/react.tsx'

type HeaderUser = { username: string; displayName: string; role: string } | null

const roleRank: Record<string, number> = { learner: 0, trainer: 1, coordinator: 2, admin: 3 }

export function SiteHeader({ locale, user, switchHref }: { locale: Locale; user: HeaderUser; switchHref: string }) {
  const { t } = useTranslation()
  const rank = user ? (roleRank[user.role] ?? 0) : -1
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="site-header__inner">
        <Link to={`/${locale}`} className="brand">
          {t('appName')}
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            <li>
              <NavLink to={`/${locale}/courses`}>{t('nav.courses')}</NavLink>
            </li>
            <li>
              <NavLink to={`/${locale}/verify`}>{t('nav.verify')}</NavLink>
            </li>
            {user ? (
              <li>
                <NavLink to={`/${locale}/me`}>{t('nav.myLearning')}</NavLink>
              </li>
            ) : null}
            {rank >= 1 ? (
              <li>
                <NavLink to={`/${locale}/trainer`}>{t('nav.trainer')}</NavLink>
              </li>
            ) : null}
            {rank >= 2 ? (
              <li>
                <NavLink to={`/${locale}/coordinator`}>{t('nav.coordinator')}</NavLink>
              </li>
            ) : null}
            {rank >= 3 ? (
              <li>
                <NavLink to={`/${locale}/admin`}>{t('nav.admin')}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="site-header__end">
          <a href={switchHref} hrefLang={locale === 'ar' ? 'en' : 'ar'} lang={locale === 'ar' ? 'en' : 'ar'} aria-label={t('languageSwitch.label')} className="lang-switch">
            {t('languageSwitch.short')}
          </a>
          {user ? (
            <Form method="post" action={`/${locale}/logout`} className="inline-form">
              <button type="submit" className="link-button">
                {t('nav.signOut')}
              </button>
            </Form>
          ) : (
            <Link to={`/${locale}/login`} className="button button--small">
              {t('nav.signIn')}
            </Link>
          )}
        </div>
      </div>
    </header>
  )
}

export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <footer className="site-footer">
      <p>{t('footer.about')}</p>
      <p>{t('footer.privacy')}</p>
    </footer>
  )
}
