import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { countPublishedCourses } from '#app/modules/catalog/index.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const t = await i18nServer.getFixedT(request, 'common')
  return { title: t('home.title'), courseCount: await countPublishedCourses(), lang: params.lang }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export default function Home() {
  const { courseCount, lang } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const offers = ['un', 'advocacy', 'media'] as const
  const safety = ['pseudonym', 'noTrackers', 'control'] as const
  return (
    <main id="main" className="page">
      <section className="hero">
        <p className="eyebrow">{t('tagline')}</p>
        <h1>{t('home.heading')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <p className="actions">
          <Link className="button" to={`/${lang}/courses`}>
            {t('home.ctaCourses')}
          </Link>
          <Link className="button button--secondary" to={`/${lang}/register`}>
            {t('home.ctaRegister')}
          </Link>
        </p>
        <p className="muted">{t('home.courseCount', { count: courseCount })}</p>
      </section>
      <section aria-labelledby="offers">
        <h2 id="offers">{t('home.offersHeading')}</h2>
        <ul className="cards">
          {offers.map((key) => (
            <li key={key} className="card">
              <h3>{t(`home.offers.${key}.title`)}</h3>
              <p>{t(`home.offers.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="safety">
        <h2 id="safety">{t('home.safetyHeading')}</h2>
        <ul className="checklist">
          {safety.map((key) => (
            <li key={key}>{t(`home.safety.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="certs">
        <h2 id="certs">{t('home.certHeading')}</h2>
        <p>{t('home.certBody')}</p>
      </section>
    </main>
  )
}
