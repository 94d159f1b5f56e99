// Small bits of course presentation shared by the catalogue, outline and lesson pages.
import { formatNumber, type Locale } from '#app/i18n/index.ts'
import { useTranslation } from '#app/i18n/react.tsx'

export function useCourseFormat(locale: Locale) {
  const { t } = useTranslation('courses')
  return {
    minutes: (count: number) => t('minutes', { count, n: formatNumber(count, locale) }),
    lessons: (count: number) => t('lessonCount', { count, n: formatNumber(count, locale) }),
    modules: (count: number) => t('moduleCount', { count, n: formatNumber(count, locale) }),
    questions: (count: number) => t('questionCount', { count, n: formatNumber(count, locale) }),
    points: (count: number) => t('points', { count, n: formatNumber(count, locale) }),
  }
}
