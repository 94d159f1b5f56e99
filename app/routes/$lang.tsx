// Every page lives under /ar or /en; anything else in the first segment is a 404.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { Outlet } from '@remix-run/react'
import { isLocale } from '#app/i18n/config.ts'

export function loader({ params }: LoaderFunctionArgs) {
  if (!isLocale(params.lang)) throw new Response('Not found', { status: 404 })
  return null
}

export default function LanguageLayout() {
  return <Outlet />
}
