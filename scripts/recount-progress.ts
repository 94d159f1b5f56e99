// `npm run db:recount`: recounts the trainer's matrix figures (ModuleProgress, decision 015)
// from every completion and attempt, for data written by other means than the app.
import { prisma } from '#app/db.server.ts'
import { rebuildModuleProgress } from '#app/modules/progress/index.server.ts'

await rebuildModuleProgress()
console.log(`Recounted: ${await prisma.moduleProgress.count()} learner and module figures.`)
await prisma.$disconnect()
