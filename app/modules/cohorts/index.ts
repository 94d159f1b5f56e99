// Pure parts of the cohorts module, safe for the browser too.
export * from './csv.ts'
export * from './invite-rules.ts'
export * from './matrix.ts'
export * from './quiz-results.ts'
export * from './schemas.ts'
export * from './error-keys.ts'
export * from './export.ts'
