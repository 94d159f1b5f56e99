// The cohorts module's public face: cohorts, trainers, invites, rosters, progress and exports.
export * from './cohorts.server.ts'
export * from './progress.server.ts'
export * from './roster.server.ts'
