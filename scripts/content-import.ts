// `npm run content:import -- [dir] [--check]`: validate content/ and import it into the database.
import path from 'node:path'

const args = process.argv.slice(2)
const check = args.includes('--check')
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'content')

const { checkContentDir, importContentFromDir } = await import('#app/modules/content/index.server.ts')
const result = check ? checkContentDir(dir) : await importContentFromDir(dir)
for (const warning of result.warnings) console.warn(`warning: ${warning}`)
if (!result.ok) {
  for (const problem of result.problems) console.error(problem)
  console.error(`\n${result.problems.length} problem(s) found; nothing was imported.`)
  process.exit(1)
}
if ('summary' in result) {
  const s = result.summary
  console.log(
    `Imported ${s.courses} course(s), ${s.modules} modules, ${s.lessons} lessons, ${s.quizzes} quizzes, ${s.questions} questions` +
      ` (updated: ${s.updated.join(', ') || 'none'}; unchanged: ${s.unchanged.join(', ') || 'none'}; courses retired: ${s.retiredCourses}).`,
  )
} else {
  console.log(`Content is valid: ${result.courses} course(s). Nothing was written (--check).`)
}
