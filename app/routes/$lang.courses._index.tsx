// The catalogue: published courses as cards, filtered by topic with a plain GET form.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { CourseCard } from '#app/components/courses/course-card.tsx'
import { Pager } from '#app/components/pager.tsx'
import { isLocale } from '#app/i18n/config.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { isTopic, listCourses } from '#app/modules/catalog/index.server.ts'

const querySchema = z.object({
  topic: z.string().optional().transform((v) => (isTopic(v) ? v : null)),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
})

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = params.lang
  if (!isLocale(locale)) throw new Response('Not found', { status: 404 })
  const url = new URL(request.url)
  const query = querySchema.parse({ topic: url.searchParams.get('topic') ?? undefined, page: url.searchParams.get('page') ?? undefined })
  const t = await i18nServer.getFixedT(request, 'courses')
  const result = await listCourses({ locale, topic: query.topic, page: query.page })
  return {
    title: t('catalogue.title'),
    locale,
    topic: query.topic,
    ...result,
    topics: result.topics.map((value) => ({ value, label: t(`topics.${value}`) })),
    courses: result.courses.map((c) => ({ ...c, topicLabel: isTopic(c.topic) ? t(`topics.${c.topic}`) : c.topic })),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }]

export default function Catalogue() {
  const { locale, topic, topics, courses, page, pageCount } = useLoaderData<typeof loader>()
  const { t } = useTranslation('courses')
  const pageHref = (p: number) => `?${new URLSearchParams({ ...(topic ? { topic } : {}), page: String(p) })}`
  return (
    <main id="main" className="page">
      <h1>{t('catalogue.heading')}</h1>
      <p className="lead">{t('catalogue.intro')}</p>
      <Form method="get" className="filter-form">
        <div className="field">
          <label htmlFor="topic">{t('catalogue.filterLabel')}</label>
          <select id="topic" name="topic" defaultValue={topic ?? ''}>
            <option value="">{t('catalogue.allTopics')}</option>
            {topics.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('catalogue.filterButton')}</button>
      </Form>
      {courses.length === 0 ? (
        <p>{t('catalogue.empty')}</p>
      ) : (
        <ul className="cards">
          {courses.map((course) => (
            <CourseCard key={course.slug} course={course} locale={locale} />
          ))}
        </ul>
      )}
      <Pager page={page} pages={pageCount} hrefFor={pageHref} locale={locale} />
    </main>
  )
}
