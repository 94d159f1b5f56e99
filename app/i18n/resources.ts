// Interface strings from public/locales, bundled for the server (all languages).
// One namespace per area, so that each feature owns its own file.
import arAccount from '#locales/ar/account.json'
import arAdmin from '#locales/ar/admin.json'
import arAuth from '#locales/ar/auth.json'
import arCertificates from '#locales/ar/certificates.json'
import arCohorts from '#locales/ar/cohorts.json'
import arCommon from '#locales/ar/common.json'
import arCourses from '#locales/ar/courses.json'
import enAccount from '#locales/en/account.json'
import enAdmin from '#locales/en/admin.json'
import enAuth from '#locales/en/auth.json'
import enCertificates from '#locales/en/certificates.json'
import enCohorts from '#locales/en/cohorts.json'
import enCommon from '#locales/en/common.json'
import enCourses from '#locales/en/courses.json'

export const resources = {
  ar: {
    common: arCommon,
    auth: arAuth,
    account: arAccount,
    courses: arCourses,
    cohorts: arCohorts,
    certificates: arCertificates,
    admin: arAdmin,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    account: enAccount,
    courses: enCourses,
    cohorts: enCohorts,
    certificates: enCertificates,
    admin: enAdmin,
  },
} as const
