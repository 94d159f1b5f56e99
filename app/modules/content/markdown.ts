// Lesson Markdown -> sanitised HTML, done once at import. Only text structure survives:
// no raw HTML, no images, no attributes but a link's address.
import { Lexer, marked, type Token } from 'marked'
import sanitizeHtml from 'sanitize-html'

const allowedTags = ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'hr', 'br', 'del']

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true })
  return sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['https', 'http', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      // a lesson's own headings start at h2: the page title is the h1
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: 'noopener noreferrer' } }),
    },
  }).trim()
}

function walk(tokens: Token[], visit: (token: Token) => void) {
  for (const token of tokens) {
    visit(token)
    if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens, visit)
    if (token.type === 'list') walk(token.items, visit)
    if (token.type === 'table') {
      for (const cell of token.header) walk(cell.tokens, visit)
      for (const row of token.rows) for (const cell of row) walk(cell.tokens, visit)
    }
  }
}

/** Things the format forbids (raw HTML, images), with the 1-based line of the body they start on. */
export function findForbiddenMarkdown(markdown: string): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = []
  const lineOf = (raw: string) => {
    const at = markdown.indexOf(raw)
    return at < 0 ? 1 : markdown.slice(0, at).split('\n').length
  }
  walk(Lexer.lex(markdown, { gfm: true }), (token) => {
    if (token.type === 'html') found.push({ line: lineOf(token.raw.trim()), message: 'raw HTML is not allowed in lessons' })
    if (token.type === 'image') found.push({ line: lineOf(token.raw), message: 'images are not allowed in lessons (learners are on slow links)' })
  })
  return found
}

export function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}
