// Parses one content file and validates it, turning every zod issue into `file:LINE: message`.
import { isNode, LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'

export type Parsed<T> = { data: T; problems: [] } | { data: null; problems: string[] }

type Path = readonly (string | number)[]

/** The 1-based line of the value at `path`, or of its nearest ancestor that exists. */
function lineFor(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line
  }
  return 1
}

function describePath(path: Path): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '')
}

/**
 * Parses YAML `source` and validates it against `schema`. `lineOffset` shifts reported lines
 * (front matter starts on the second line of a lesson file).
 */
export function parseYaml<S extends z.ZodTypeAny>(file: string, source: string, schema: S, lineOffset = 0): Parsed<z.output<S>> {
  const counter = new LineCounter()
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false })
  if (doc.errors.length > 0) {
    return {
      data: null,
      problems: doc.errors.map((e) => `${file}:${(e.linePos?.[0].line ?? 1) + lineOffset}: YAML syntax error: ${e.message.split('\n')[0]}`),
    }
  }
  const result = schema.safeParse(doc.toJS())
  if (result.success) return { data: result.data, problems: [] }
  const problems = result.error.issues.map((issue) => {
    const where = describePath(issue.path)
    const line = lineFor(doc, counter, issue.path) + lineOffset
    return `${file}:${line}: ${where ? `${where}: ` : ''}${issue.message}`
  })
  return { data: null, problems: [...new Set(problems)] }
}

export type SplitLesson = { frontMatter: string; body: string; bodyLine: number }

/** Splits a lesson file into its front matter and Markdown body. */
export function splitFrontMatter(source: string): SplitLesson | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (lines[0]?.trim() !== '---') return null
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---')
  if (end < 0) return null
  return { frontMatter: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 }
}
