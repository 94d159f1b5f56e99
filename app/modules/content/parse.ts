// Parses one content file and validates it, turning every zod issue into `file:LINE: message`.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'

export type Parsed<T> = { data: T; problems: [] } | { data: null; problems: string[] }

type Path = readonly (string | number)[]

/**
 * The 1-based line of the key (or list item) at `path`; for a missing key, the line of its
 * nearest ancestor that exists (a missing `title.en` points at `title:`).
 */
function lineFor(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: Path): number {
  const line = (node: unknown) => (isNode(node) && node.range ? counter.linePos(node.range[0]).line : null)
  for (let depth = path.length; depth >= 1; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true)
    const key = path[depth - 1]
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key)
      const found = pair ? line(pair.key) : null
      if (found) return found
    }
    if (isSeq(parent) && typeof key === 'number') {
      const found = line(parent.items[key])
      if (found) return found
    }
  }
  return line(doc.contents) ?? 1
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
  const problems = result.error.issues
    .map((issue) => {
      const where = describePath(issue.path)
      const line = lineFor(doc, counter, issue.path) + lineOffset
      return { line, text: `${file}:${line}: ${where ? `${where}: ` : ''}${issue.message}` }
    })
    .sort((a, b) => a.line - b.line)
    .map((p) => p.text)
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

/** The 1-based line of a top-level `key:` in a small YAML text (front matter), or 1. */
export function keyLine(source: string, key: string): number {
  const index = source.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`))
  return index < 0 ? 1 : index + 1
}
