import { expect, test } from 'vitest'
import { findForbiddenMarkdown, renderMarkdown } from './markdown.ts'

test('Markdown becomes plain structural HTML', () => {
  const html = renderMarkdown('# Title\n\n## Part\n\nSome **bold** and *soft* text.\n\n- one\n- two\n\n> quoted\n\n| a | b |\n|:-:|---|\n| 1 | 2 |\n')
  expect(html).toContain('<h2>Title</h2>')
  expect(html).toContain('<strong>bold</strong>')
  expect(html).toContain('<li>one</li>')
  expect(html).toContain('<blockquote>')
  expect(html).toContain('<th>a</th>')
  expect(html).not.toMatch(/align|style/)
})

test('links keep only a safe address and never pass on the referrer', () => {
  expect(renderMarkdown('[UN](https://www.ohchr.org "t")')).toBe('<p><a href="https://www.ohchr.org" rel="noopener noreferrer">UN</a></p>')
  expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p><a rel="noopener noreferrer">x</a></p>')
})

test('raw HTML and images never reach the page', () => {
  const html = renderMarkdown('Hello <script>alert(1)</script> <b onclick="x()">b</b>\n\n![photo](https://example.org/p.jpg)\n\n<iframe src="https://x"></iframe>')
  expect(html).not.toMatch(/<script|<img|<iframe|onclick|<b>/)
  expect(html).toContain('Hello')
})

test('raw HTML and images are found with their line', () => {
  expect(findForbiddenMarkdown('Intro\n\n<div>x</div>\n\nText ![a](b.png)\n')).toEqual([
    { line: 3, message: 'raw HTML is not allowed in lessons' },
    { line: 5, message: 'images are not allowed in lessons (learners are on slow links)' },
  ])
})
