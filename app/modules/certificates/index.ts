// Pure parts of the certificates module that pages may share with the browser.
export { newCode, normalizeCode } from './code.ts'
export { nameRequestSchema, printedName, type NameRequest } from './names.ts'
export type { SkipReason, Eligibility } from './eligibility.ts'
