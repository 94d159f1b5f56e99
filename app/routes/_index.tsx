// `/` sends people to their language: saved preference, `lang` cookie, Accept-Language, Arabic.
import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { detectLocale } from '#app/i18n/locale.server.ts'
import { getOptionalUser } from '#app/modules/auth/index.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request)
  const locale = detectLocale(request, user?.preferredLocale)
  throw redirect(`/${locale}`, { headers: { Vary: 'Cookie, Accept-Language' } })
}
