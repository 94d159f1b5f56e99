// The pure parts of auth, safe for the browser bundle: form schemas, rules, roles.
export * from './forms.ts'
export { safeRedirect } from './redirect.ts'
export { roles, type Role } from './roles.ts'
export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from './password-rules.ts'
export { USERNAME_MIN, USERNAME_MAX, DISPLAY_NAME_MAX } from './username.ts'
// used by cohorts for trainer-created accounts
export { usernameProblem, normalizeUsername, displayNameProblem, normalizeDisplayName } from './username.ts'
