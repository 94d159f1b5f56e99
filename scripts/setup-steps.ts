// The parts of setup that talk to the database through the app's modules.
import path from 'node:path'
import { ensureSigningKey, seedDemoCertificate } from '#app/modules/certificates/index.server.ts'
import { importContentFromDir } from '#app/modules/content/index.server.ts'
import { seedDemo } from './seed-demo.ts'

export async function runSetupSteps({ root, production }: { root: string; production: boolean }) {
  const imported = await importContentFromDir(path.join(root, 'content'))
  for (const warning of imported.warnings) console.warn(`warning: ${warning}`)
  if (!imported.ok) {
    for (const problem of imported.problems) console.error(problem)
    throw new Error(`The course content has ${imported.problems.length} problem(s); nothing was imported.`)
  }
  console.log(`Courses imported: ${imported.summary.courses} (${imported.summary.lessons} lessons, ${imported.summary.quizzes} quizzes).`)
  const signingKey = await ensureSigningKey()
  console.log(`Certificate signing key ${signingKey.created ? 'created' : 'in use'}: ${signingKey.kid}`)
  if (production) {
    console.log('Production mode: no demo accounts are created.')
    return
  }
  await seedDemo()
  const demo = await seedDemoCertificate()
  console.log('code' in demo ? `demo certificate: ${demo.code}` : `No demo certificate: ${demo.skipped}`)
}
