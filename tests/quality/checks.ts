// Page checks shared by the quality crawl: language, layout, type size, title, raw keys.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

export type Problem = string

const ARABIC = /[\u0600-\u06FF]/
const LATIN_WORDS = /[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){3,}/ // four Latin words in a row

/** Visible text that is in the wrong language, or a raw translation key. */
export async function languageProblems(page: Page, lang: 'ar' | 'en'): Promise<Problem[]> {
  const found = await page.evaluate(
    ({ lang, arabic, latin }) => {
      const ar = new RegExp(arabic)
      const la = new RegExp(latin)
      const out: string[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? ''
        const el = node.parentElement
        if (!text || !el) continue
        // deliberate places: names and codes people typed, other-language links, code
        if (el.closest('script, style, code, kbd, pre, bdi, [translate="no"], [data-allow-language]')) continue
        const langEl = el.closest('[lang]')
        if (langEl && langEl.getAttribute('lang') !== lang) continue
        const style = getComputedStyle(el)
        if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden, .sr-only')) {
          if (style.display === 'none' || style.visibility === 'hidden') continue
        }
        if (/^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/.test(text) || /^[a-z]+:[a-z][a-zA-Z.]+$/.test(text)) out.push(`raw key: "${text}"`)
        else if (lang === 'en' && ar.test(text)) out.push(`Arabic text on an English page: "${text.slice(0, 60)}"`)
        else if (lang === 'ar' && la.test(text)) out.push(`English text on an Arabic page: "${text.slice(0, 60)}"`)
      }
      return out
    },
    { lang, arabic: ARABIC.source, latin: LATIN_WORDS.source },
  )
  return found
}

export async function layoutProblems(page: Page, lang: 'ar' | 'en'): Promise<Problem[]> {
  const problems: Problem[] = []
  const html = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }))
  if (html.lang !== lang) problems.push(`<html lang="${html.lang}">, expected ${lang}`)
  if (html.dir !== (lang === 'ar' ? 'rtl' : 'ltr')) problems.push(`<html dir="${html.dir}">`)
  if (!html.title.trim()) problems.push('missing <title>')
  else if (lang === 'ar' && !ARABIC.test(html.title)) problems.push(`title not in Arabic: "${html.title}"`)
  else if (lang === 'en' && ARABIC.test(html.title)) problems.push(`title not in English: "${html.title}"`)
  if (html.scrollWidth > html.width + 1) problems.push(`horizontal scrolling: ${html.scrollWidth}px wide at ${html.width}px`)
  const small = await page.evaluate(() => {
    const out: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('main p, main li, main td, main th, main label, main dd, main dt, main blockquote, main a, main button, main input, main select, main textarea')) {
      if (!el.offsetParent) continue // not rendered
      if (el instanceof HTMLInputElement && ['hidden', 'checkbox', 'radio', 'file', 'submit', 'image'].includes(el.type)) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size < 16) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" at ${size}px`)
    }
    return out.slice(0, 5)
  })
  for (const s of small) problems.push(`body text under 16px: ${s}`)
  return problems
}

export async function accessibilityProblems(page: Page): Promise<Problem[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `axe ${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}
