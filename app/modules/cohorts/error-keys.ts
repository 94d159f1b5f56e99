// The message keys of cohort forms, in the `cohorts` namespace under `errors.`. Kept apart
// from the zod schemas, so that pages showing a message do not bring zod to the browser.
export const cohortErrorKeys = [
  'required',
  'tooLong',
  'date',
  'course',
  'capacity',
  'endBeforeStart',
  'capacityBelowLearners',
  'activationInvalid',
  'confirmMismatch',
  'userNotFound',
  'notTrainer',
  'alreadyTrainer',
  'notAssigned',
  'tooMany',
  'fileTooLarge',
  'nothingToImport',
] as const
export type CohortErrorKey = (typeof cohortErrorKeys)[number]

export function isCohortErrorKey(value: unknown): value is CohortErrorKey {
  return typeof value === 'string' && (cohortErrorKeys as readonly string[]).includes(value)
}
