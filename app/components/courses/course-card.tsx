import { Link } from '@remix-run/react'
import type { Locale } from '#app/i18n/config.ts'
import { useTranslation } from '#app/i18n/react.tsx'
import { useCourseFormat } from './duration.tsx'

export type CourseCardData = {
  slug: string
  topic: string
  topicLabel: string
  enrolment: 'open' | 'cohort'
  title: string
  summary: string
  minutes: number
  languages: Locale[]
  lessonCount: number
  moduleCount: number
}

export function CourseCard({ course, locale }: { course: CourseCardData; locale: Locale }) {
  const { t } = useTranslation('courses')
  const format = useCourseFormat(locale)
  return (
    <li className="card course-card">
      <p className="eyebrow">{course.topicLabel}</p>
      <h2>
        <Link to={`/${locale}/courses/${course.slug}`}>{course.title}</Link>
      </h2>
      <p>{course.summary}</p>
      <dl className="course-facts">
        <div>
          <dt>{t('catalogue.length')}</dt>
          <dd>
            {format.minutes(course.minutes)} · {format.modules(course.moduleCount)} · {format.lessons(course.lessonCount)}
          </dd>
        </div>
        <div>
          <dt>{t('catalogue.availableIn')}</dt>
          <dd>
            {course.languages.map((l) => (
              <span key={l} lang={l} className="tag">
                {t(`languages.${l}`)}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      <p className="muted">{course.enrolment === 'open' ? t('catalogue.open') : t('catalogue.cohort')}</p>
    </li>
  )
}
