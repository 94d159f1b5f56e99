export * from './config.ts'
export * from './format.ts'
