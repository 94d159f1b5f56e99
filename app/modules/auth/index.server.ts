export { getSession } from './session.server.ts'
import { getSession } from './session.server.ts'

export async function getOptionalUser(request: Request) {
  const session = await getSession(request)
  return session?.user ?? null
}
