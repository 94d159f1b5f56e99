// Sample values for route parameters, taken from the e2e database (demo content and the
// signed-in test user). A route with a parameter not known here fails the crawl.
import { e2eDb, type TestUser } from '../playwright-utils.ts'

export async function sampleParams({ lang }: { lang: 'ar' | 'en'; user: TestUser | null }): Promise<Record<string, string>> {
  const db = e2eDb()
  try {
    const values: Record<string, string> = { lang }
    return values
  } finally {
    db.close()
  }
}
