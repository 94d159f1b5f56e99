// My page: my learning (courses area) and my account (auth area).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { MyCertificates } from '#app/components/my-certificates.tsx'
import { defaultLocale, isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { isRole, requireUser } from '#app/modules/auth/index.server.ts'
import { listCertificatePages, listMyCertificates } from '#app/modules/certificates/index.server.ts'
import { MyLearning } from '#app/components/my-learning.tsx'
import { getLearnerOverview } from '#app/modules/progress/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = isLocale(params.lang) ? params.lang : defaultLocale
  const user = await requireUser(request)
  const t = await i18nServer.getFixedT(request, 'account')
  return {
    title: t('me.title'),
    lang,
    account: {
      username: user.username,
      displayName: user.displayName,
      role: isRole(user.role) ? user.role : 'learner',
      twoFactor: Boolean(user.totpSecret),
    },
    certificates: await listMyCertificates(user.id, lang),
    certificatePages: await listCertificatePages(user.id, lang),
    // MY LEARNING: the courses area adds its loader data here (e.g. `learning: await myLearning(user.id)`)
    learning: await getLearnerOverview(user.id, lang),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export default function MyPage() {
  const { lang, account, learning, certificates, certificatePages } = useLoaderData<typeof loader>()
  const { t } = useTranslation('account')
  return (
    <main id="main" className="page">
      <h1>
        {t('me.heading')}: <bdi>{account.displayName}</bdi>
      </h1>

      {/* MY LEARNING: the courses area renders its "my courses" section here, above the account section. */}
      <MyLearning courses={learning.courses} locale={lang} />

      <MyCertificates certificates={certificates} pages={certificatePages} lang={lang} />

      <section aria-labelledby="account-heading" className="account">
        <h2 id="account-heading">{t('me.accountHeading')}</h2>
        <dl className="facts">
          <dt>{t('me.username')}</dt>
          <dd>
            <bdi>{account.username}</bdi>
          </dd>
          <dt>{t('me.displayName')}</dt>
          <dd>
            <bdi>{account.displayName}</bdi>
          </dd>
          <dt>{t('me.role')}</dt>
          <dd>{t(`roles.${account.role}`)}</dd>
          <dt>{t('me.twoFactor')}</dt>
          <dd>{account.twoFactor ? t('me.twoFactorOn') : t('me.twoFactorOff')}</dd>
        </dl>
        <ul className="account-links">
          <li>
            <Link to={`/${lang}/me/two-factor`}>{t('me.manageTwoFactor')}</Link>
          </li>
          <li>
            <Link to={`/${lang}/me/sessions`}>{t('me.sessions')}</Link>
          </li>
          <li>
            <Link to={`/${lang}/me/password`}>{t('me.changePassword')}</Link>
          </li>
        </ul>
        <h3>{t('me.privacyHeading')}</h3>
        <p>{t('me.privacyBody')}</p>
        <ul className="account-links">
          <li>
            <a href={`/${lang}/me/data.json`} download>
              {t('me.downloadData')}
            </a>
          </li>
          <li>
            <Link to={`/${lang}/me/delete`}>{t('me.deleteAccount')}</Link>
          </li>
        </ul>
      </section>
    </main>
  )
}
