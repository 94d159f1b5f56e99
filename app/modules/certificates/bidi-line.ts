// One line of mixed Arabic and Latin text -> pieces in visual order (left to right), each in
// logical order for the font shaper, with its font. pdfkit shapes Arabic well through fontkit
// but lays out a multi-word right-to-left line wrongly (a space lost between two words), so
// words and spaces are placed one by one here, by the Unicode Bidirectional Algorithm (bidi-js).
import bidiFactory from 'bidi-js'

const bidi = bidiFactory()

export type Piece = { text: string; font: 'arabic' | 'latin' | 'latinExt'; space: boolean }

const arabicChar = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]/
// Latin letters beyond Latin-1 (ā, ş, ğ...) come from a second font file
const latinExtChar = /[\u0100-\u024f\u1e00-\u1eff]/

function fontOf(ch: string): Piece['font'] {
  if (arabicChar.test(ch)) return 'arabic'
  return latinExtChar.test(ch) ? 'latinExt' : 'latin'
}

export function isArabic(text: string): boolean {
  return arabicChar.test(text)
}

export function visualPieces(text: string, direction: 'ltr' | 'rtl'): Piece[] {
  if (!text) return []
  const embedding = bidi.getEmbeddingLevels(text, direction)
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels)
  const chars = Array.from({ length: text.length }, (_, i) => mirrored.get(i) ?? text[i] ?? '')
  const order = chars.map((_, i) => i)
  for (const [start = 0, end = -1] of bidi.getReorderSegments(text, embedding)) {
    const reversed = order.slice(start, end + 1).reverse()
    order.splice(start, reversed.length, ...reversed)
  }
  const pieces: Piece[] = []
  let current: { indices: number[]; font: Piece['font']; rtl: boolean } | null = null
  const flush = () => {
    if (!current) return
    // back to logical order for the shaper: a right-to-left group was reversed above
    const { font, rtl } = current
    if (font === 'arabic' && !rtl) {
      // Arabic-Indic digits run left to right, but the shaper would reverse anything in the
      // Arabic font: they do not join, so they are placed one by one
      for (const i of current.indices) pieces.push({ text: chars[i] ?? '', font, space: false })
    } else {
      const indices = rtl ? [...current.indices].reverse() : current.indices
      pieces.push({ text: indices.map((i) => chars[i]).join(''), font, space: false })
    }
    current = null
  }
  for (const i of order) {
    const ch = chars[i] ?? ''
    if (/\s/.test(ch)) {
      flush()
      pieces.push({ text: ' ', font: direction === 'rtl' ? 'arabic' : 'latin', space: true })
      continue
    }
    const font = fontOf(ch)
    const rtl = (embedding.levels[i] ?? 0) % 2 === 1
    if (current && current.font === font && current.rtl === rtl) current.indices.push(i)
    else {
      flush()
      current = { indices: [i], font, rtl }
    }
  }
  flush()
  return pieces
}

/** Greedy word wrap in logical order; `measure` gives a string's width. */
export function wrapWords(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && measure(candidate) > maxWidth) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}
