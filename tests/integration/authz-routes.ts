// The authorization matrix: every route, and what each kind of visitor gets from it.
// tests/integration/authz-matrix.test.ts requests each row once per role, signed in with a
// fresh session (coordinators and admins with two-factor done), against the real Remix app.
//
// Add a row for every route you create:
//   { path: '/en/trainer', method: 'GET', expect: atLeast('trainer') }
//   { path: '/en/me/password', method: 'POST', form: {}, expect: signedIn }
// Outcomes:
//   'ok'        — not refused: 2xx, a 400/422 form error, or a redirect anywhere but sign-in
//   'login'     — sent to /{lang}/login (the guard's redirect for nobody signed in)
//   'forbidden' — HTTP 403
// Use real ids in `path` where a route needs them (create them in the test's fixtures if
// needed) — a 404 or a 500 fails the row. POST rows send `form` (urlencoded); an empty form
// is usually best: it proves the guard runs before validation, and changes nothing.
export const who = ['nobody', 'learner', 'trainer', 'coordinator', 'admin'] as const
export type Who = (typeof who)[number]
export type Outcome = 'ok' | 'login' | 'forbidden'
export type AuthzRow = {
  path: string
  method: 'GET' | 'POST'
  form?: Record<string, string>
  expect: Record<Who, Outcome>
  note?: string
}

export const everyone: Record<Who, Outcome> = { nobody: 'ok', learner: 'ok', trainer: 'ok', coordinator: 'ok', admin: 'ok' }
export const signedIn: Record<Who, Outcome> = { ...everyone, nobody: 'login' }

/** Signed-in people with at least this role; lower roles get 403, nobody is sent to sign in. */
export function atLeast(role: Exclude<Who, 'nobody'>): Record<Who, Outcome> {
  const order = ['learner', 'trainer', 'coordinator', 'admin'] as const
  const allowed = (r: (typeof order)[number]): Outcome => (order.indexOf(r) >= order.indexOf(role) ? 'ok' : 'forbidden')
  return { nobody: 'login', learner: allowed('learner'), trainer: allowed('trainer'), coordinator: allowed('coordinator'), admin: allowed('admin') }
}

export const authzRoutes: AuthzRow[] = [
  // public
  { path: '/en', method: 'GET', expect: everyone },
  { path: '/ar', method: 'GET', expect: everyone },
  { path: '/healthz', method: 'GET', expect: everyone },
  { path: '/en/courses', method: 'GET', expect: everyone },
  { path: '/en/verify', method: 'GET', expect: everyone },

  // accounts (auth)
  { path: '/en/register', method: 'GET', expect: everyone, note: 'signed-in people are sent on to /me' },
  { path: '/en/register', method: 'POST', form: {}, expect: everyone },
  { path: '/ar/login', method: 'GET', expect: { ...everyone, nobody: 'ok' } },
  { path: '/en/login', method: 'POST', form: {}, expect: everyone },
  { path: '/en/login/two-factor', method: 'GET', expect: signedIn, note: 'only a half-finished sign-in may use it' },
  { path: '/en/login/two-factor', method: 'POST', form: {}, expect: { nobody: 'login', learner: 'login', trainer: 'login', coordinator: 'login', admin: 'login' } },
  { path: '/en/logout', method: 'POST', form: {}, expect: { nobody: 'login', learner: 'login', trainer: 'login', coordinator: 'login', admin: 'login' }, note: 'signing out ends at the sign-in page' },
  { path: '/en/me', method: 'GET', expect: signedIn },
  { path: '/ar/me', method: 'GET', expect: signedIn },
  { path: '/en/me/data.json', method: 'GET', expect: signedIn },
  { path: '/en/me/sessions', method: 'GET', expect: signedIn },
  { path: '/en/me/sessions', method: 'POST', form: { sessionId: 'none' }, expect: signedIn },
  { path: '/en/me/password', method: 'GET', expect: signedIn },
  { path: '/en/me/password', method: 'POST', form: {}, expect: signedIn },
  { path: '/en/me/two-factor', method: 'GET', expect: signedIn },
  { path: '/en/me/two-factor', method: 'POST', form: {}, expect: signedIn },
  { path: '/en/me/delete', method: 'GET', expect: signedIn },
  { path: '/en/me/delete', method: 'POST', form: {}, expect: signedIn },
  { path: '/en/admin', method: 'GET', expect: atLeast('admin') },
  { path: '/ar/admin?q=x&page=2', method: 'GET', expect: atLeast('admin') },
  { path: '/en/admin', method: 'POST', form: {}, expect: atLeast('admin') },

  // areas by role (trainer, coordinator)
  { path: '/en/trainer', method: 'GET', expect: atLeast('trainer') },
  { path: '/en/coordinator', method: 'GET', expect: atLeast('coordinator') },

  // cohorts: 'authz-cohort' is trained by the test's trainer, 'authz-cohort-other' by nobody
  { path: '/en/coordinator', method: 'POST', form: {}, expect: atLeast('coordinator') },
  { path: '/ar/coordinator?page=2', method: 'GET', expect: atLeast('coordinator') },
  { path: '/en/coordinator/cohorts/authz-cohort', method: 'GET', expect: atLeast('coordinator') },
  { path: '/en/coordinator/cohorts/authz-cohort', method: 'POST', form: {}, expect: atLeast('coordinator') },
  { path: '/en/trainer/cohorts/authz-cohort', method: 'GET', expect: atLeast('trainer') },
  { path: '/ar/trainer/cohorts/authz-cohort?sort=score&dir=desc&filter=behind', method: 'GET', expect: atLeast('trainer') },
  { path: '/en/trainer/cohorts/authz-cohort?index', method: 'POST', form: {}, expect: atLeast('trainer') },
  { path: '/en/trainer/cohorts/authz-cohort/roster', method: 'GET', expect: atLeast('trainer') },
  { path: '/en/trainer/cohorts/authz-cohort/roster', method: 'POST', form: {}, expect: atLeast('trainer') },
  { path: '/en/trainer/cohorts/authz-cohort/quizzes', method: 'GET', expect: atLeast('trainer') },
  { path: '/en/trainer/cohorts/authz-cohort/matrix.csv', method: 'GET', expect: atLeast('trainer') },
  { path: '/en/trainer/cohorts/authz-cohort/quizzes.csv', method: 'GET', expect: atLeast('trainer') },
  { path: '/en/trainer/cohorts/authz-cohort-other', method: 'GET', expect: atLeast('coordinator'), note: 'a trainer sees only the cohorts they train' },
  { path: '/en/trainer/cohorts/authz-cohort-other?index', method: 'POST', form: { intent: 'rotate' }, expect: atLeast('coordinator') },
  { path: '/en/trainer/cohorts/authz-cohort-other/roster', method: 'GET', expect: atLeast('coordinator') },
  { path: '/en/trainer/cohorts/authz-cohort-other/roster', method: 'POST', form: {}, expect: atLeast('coordinator') },
  { path: '/en/trainer/cohorts/authz-cohort-other/quizzes', method: 'GET', expect: atLeast('coordinator') },
  { path: '/en/trainer/cohorts/authz-cohort-other/matrix.csv', method: 'GET', expect: atLeast('coordinator') },
  { path: '/en/trainer/cohorts/authz-cohort-other/quizzes.csv', method: 'GET', expect: atLeast('coordinator') },
  { path: '/ar/join/authzjoin2', method: 'GET', expect: everyone },
  { path: '/ar/join/authzjoin3', method: 'POST', form: {}, expect: signedIn },
  { path: '/en/activate', method: 'GET', expect: everyone },
  { path: '/en/activate', method: 'POST', form: {}, expect: everyone },

  // courses: 'authz-course' (cohort-fixtures.ts) is invite-only; its module's slug is 'm1'
  { path: '/ar/courses?topic=media&page=2', method: 'GET', expect: everyone },
  { path: '/en/courses/authz-course', method: 'GET', expect: everyone },
  { path: '/en/courses/authz-course', method: 'POST', form: {}, expect: { nobody: 'login', learner: 'forbidden', trainer: 'forbidden', coordinator: 'forbidden', admin: 'forbidden' }, note: 'enrolling yourself in an invite-only course is refused' },
  { path: '/en/courses/authz-course/authz-course-m1-l1', method: 'POST', form: {}, expect: signedIn, note: 'not enrolled: sent back to the course page' },
  { path: '/en/courses/authz-course/m1/quiz', method: 'GET', expect: signedIn, note: 'not enrolled: told so on the page' },
  { path: '/ar/courses/authz-course/m1/quiz', method: 'POST', form: {}, expect: signedIn },

  // certificates
  { path: '/issuer.json', method: 'GET', expect: everyone },
  { path: '/.well-known/jwks.json', method: 'GET', expect: everyone },
  { path: '/ar/verify', method: 'GET', expect: everyone },
  { path: '/en/coordinator/certificates', method: 'GET', expect: atLeast('coordinator') },
  { path: '/ar/coordinator/audit', method: 'GET', expect: atLeast('coordinator') },
]
