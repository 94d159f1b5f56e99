// The content importer's public face: content/ files -> database.
import { writeContent, type ImportSummary } from './import.server.ts'
import { loadContent } from './load.server.ts'

export type { ImportSummary } from './import.server.ts'

export type ImportResult = { ok: true; summary: ImportSummary; warnings: string[] } | { ok: false; problems: string[]; warnings: string[] }
export type CheckResult = { ok: true; courses: number; warnings: string[] } | { ok: false; problems: string[]; warnings: string[] }

/** Validates every file under `dir` (which holds courses/) without writing anything. */
export function checkContentDir(dir: string): CheckResult {
  const { courses, problems, warnings } = loadContent(dir)
  return problems.length > 0 ? { ok: false, problems, warnings } : { ok: true, courses: courses.length, warnings }
}

/** Validates, then imports everything in one transaction; nothing is written when any file is invalid. */
export async function importContentFromDir(dir: string): Promise<ImportResult> {
  const { courses, problems, warnings } = loadContent(dir)
  if (problems.length > 0) return { ok: false, problems, warnings }
  const summary = await writeContent(courses)
  return { ok: true, summary, warnings }
}
