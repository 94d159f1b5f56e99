// The roles, lowest to highest; each includes what the ones below it can do.
export const roles = ['learner', 'trainer', 'coordinator', 'admin'] as const
export type Role = (typeof roles)[number]
