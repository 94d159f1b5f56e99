// The parts of setup that talk to the database through the app's modules.
import { seedDemo } from './seed-demo.ts'

export async function runSetupSteps({ production }: { root: string; production: boolean }) {
  if (production) {
    console.log('Production mode: no demo accounts are created.')
    return
  }
  await seedDemo()
}
