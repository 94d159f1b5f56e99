// i18next on the server, for loaders, actions and e-mails (components use app/i18n/react.tsx):
// one instance per language, made once per process and never switched to another
// language, so every request reads from it without creating its own
// (creating and initialising an instance per request and per `getFixedT` cost about
// 8 % of a lesson page's CPU time: bench/RESULTS.md). Nothing request-specific is kept
// in them: the language is the instance's, the namespace is chosen per call.
import { createInstance, type Namespace, type TFunction, type i18n } from 'i18next'
import { defaultLocale, i18nOptions, isLocale, type Locale } from './config.ts'
import { requestLocale } from './locale.server.ts'
import { resources } from './resources.ts'

function instanceFor(lng: Locale): i18n {
  const instance = createInstance({ ...i18nOptions, lng, resources, initImmediate: false })
  // with the resources given and initImmediate off, init finishes before it returns
  void instance.init()
  return instance
}

const instances: Record<Locale, i18n> = { ar: instanceFor('ar'), en: instanceFor('en') }

export const i18nServer = {
  /** A translation function in the request's language (or a named one), for one namespace. */
  async getFixedT<N extends Namespace>(requestOrLocale: Request | string, ns: N): Promise<TFunction<N>> {
    const lng = typeof requestOrLocale !== 'string' ? requestLocale(requestOrLocale) : isLocale(requestOrLocale) ? requestOrLocale : defaultLocale
    return instances[lng].getFixedT(lng, ns)
  },
}
