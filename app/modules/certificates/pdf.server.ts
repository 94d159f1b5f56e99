// The certificate as one A4 landscape PDF page: English on the left, Arabic on the right, the
// name(s) across the middle, and a QR code per language to the verification page. Fonts
// (Noto Naskh Arabic, Noto Sans for Latin) are embedded; Arabic is shaped by fontkit and
// ordered right to left word by word (bidi-line.ts).
import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import type { Locale } from '#app/i18n/config.ts'
import { formatDate, formatHijriDate } from '#app/i18n/format.ts'
import { i18nServer } from '#app/i18n/i18next.server.ts'
import { visualPieces, wrapWords, type Piece } from './bidi-line.ts'
import { ISSUER_NAME, type Bilingual } from './credential.ts'

const require = createRequire(import.meta.url)
const fontFiles: Record<Piece['font'], { regular: string; bold: string }> = {
  arabic: {
    regular: require.resolve('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff'),
    bold: require.resolve('@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff'),
  },
  latin: {
    regular: require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff'),
    bold: require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-700-normal.woff'),
  },
  latinExt: {
    regular: require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-ext-400-normal.woff'),
    bold: require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-latin-ext-700-normal.woff'),
  },
}

export type PdfInput = {
  code: string
  origin: string
  nameArabic: string | null
  nameLatin: string | null
  courseTitle: Bilingual
  issuedAt: Date
}

type Style = { size: number; bold?: boolean; color?: string }

const INK = '#1d2b36'
const MUTED = '#51606b'
const BRAND = '#0b6e4f'

export async function renderCertificatePdf(input: PdfInput): Promise<Buffer> {
  const [tEn, tAr] = await Promise.all([i18nServer.getFixedT('en', 'certificates'), i18nServer.getFixedT('ar', 'certificates')])
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: `${input.courseTitle.en} — ${input.code}`, Author: `${ISSUER_NAME.en} · ${ISSUER_NAME.ar}`, Subject: input.code },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))

  for (const [name, files] of Object.entries(fontFiles)) {
    doc.registerFont(`${name}-regular`, files.regular)
    doc.registerFont(`${name}-bold`, files.bold)
  }

  const setFont = (font: Piece['font'], style: Style) => doc.font(`${font}-${style.bold ? 'bold' : 'regular'}`).fontSize(style.size)

  const pieceWidth = (piece: Piece, style: Style) => setFont(piece.font, style).widthOfString(piece.text)

  /** Draws one line at y; `align` is where it sits within [x, x + width]. */
  const line = (text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center', dir: 'ltr' | 'rtl', style: Style) => {
    const pieces = visualPieces(text, dir)
    const widths = pieces.map((p) => pieceWidth(p, style))
    const total = widths.reduce((a, b) => a + b, 0)
    let cursor = align === 'left' ? x : align === 'right' ? x + width - total : x + (width - total) / 2
    doc.fillColor(style.color ?? INK)
    // one baseline for every piece: the Arabic and Latin fonts have different ascents, so
    // placing each by its top would set a Latin word or a dash off the Arabic line
    const baseline = y + style.size
    pieces.forEach((piece, i) => {
      if (!piece.space) {
        setFont(piece.font, style)
        doc.text(piece.text, cursor, baseline, { lineBreak: false, baseline: 'alphabetic' })
      }
      cursor += widths[i] ?? 0
    })
  }

  /** Wraps within `width` and draws the lines; returns the y below the block. */
  const block = (text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center', dir: 'ltr' | 'rtl', style: Style, lineHeight: number) => {
    // a long title gets a smaller size rather than running into the dates and QR codes
    let size = style.size
    const wrap = () => wrapWords(text, width, (s) => visualPieces(s, dir).reduce((sum, p) => sum + pieceWidth(p, { ...style, size }), 0))
    let lines = wrap()
    while (lines.length > 3 && size > 11) {
      size -= 2
      lines = wrap()
    }
    const step = (lineHeight * size) / style.size
    let cursor = y
    for (const l of lines) {
      line(l, x, cursor, width, align, dir, { ...style, size })
      cursor += step
    }
    return cursor
  }

  const W = doc.page.width
  const H = doc.page.height
  const M = 48
  const col = (W - 2 * M - 40) / 2
  const left = M
  const right = W - M - col

  // frame
  doc.lineWidth(3).strokeColor(BRAND).rect(18, 18, W - 36, H - 36).stroke()
  doc.lineWidth(0.75).strokeColor(BRAND).rect(26, 26, W - 52, H - 52).stroke()

  // issuer and heading, each language on its side
  line(ISSUER_NAME.en.toUpperCase(), left, 44, col, 'left', 'ltr', { size: 13, bold: true, color: BRAND })
  line(ISSUER_NAME.ar, right, 38, col, 'right', 'rtl', { size: 16, bold: true, color: BRAND })
  line(tEn('pdf.heading'), left, 70, col, 'left', 'ltr', { size: 26, bold: true })
  line(tAr('pdf.heading'), right, 62, col, 'right', 'rtl', { size: 28, bold: true })
  line(tEn('pdf.granted'), left, 118, col, 'left', 'ltr', { size: 13, color: MUTED })
  line(tAr('pdf.granted'), right, 112, col, 'right', 'rtl', { size: 15, color: MUTED })

  // the name(s), across the page
  let y = 150
  if (input.nameArabic) {
    line(input.nameArabic, M, y, W - 2 * M, 'center', 'rtl', { size: 34, bold: true })
    y += 58
  }
  if (input.nameLatin) {
    line(input.nameLatin, M, y + 4, W - 2 * M, 'center', 'ltr', { size: 30, bold: true })
    y += 52
  }
  doc.lineWidth(0.5).strokeColor(MUTED).moveTo(W / 2 - 160, y + 8).lineTo(W / 2 + 160, y + 8).stroke()

  // the course
  y += 24
  line(tEn('pdf.forCourse'), left, y + 4, col, 'left', 'ltr', { size: 13, color: MUTED })
  line(tAr('pdf.forCourse'), right, y, col, 'right', 'rtl', { size: 15, color: MUTED })
  const afterEn = block(input.courseTitle.en, left, y + 28, col, 'left', 'ltr', { size: 18, bold: true }, 26)
  const afterAr = block(input.courseTitle.ar, right, y + 24, col, 'right', 'rtl', { size: 20, bold: true }, 34)
  y = Math.max(afterEn, afterAr) + 10

  // dates in both calendars, in each language
  const dates = (locale: Locale) => ({ gregorian: formatDate(input.issuedAt, locale), hijri: formatHijriDate(input.issuedAt, locale) })
  line(tEn('pdf.issuedOn', dates('en')), left, y + 4, col, 'left', 'ltr', { size: 12 })
  line(tEn('pdf.issuedOnHijri', dates('en')), left, y + 22, col, 'left', 'ltr', { size: 12 })
  line(tAr('pdf.issuedOn', dates('ar')), right, y, col, 'right', 'rtl', { size: 14 })
  line(tAr('pdf.issuedOnHijri', dates('ar')), right, y + 22, col, 'right', 'rtl', { size: 14 })

  // verification: a QR code per language, the code and the issuer
  const qrSize = 92
  const qrY = H - M - qrSize - 8
  qr(doc, `${input.origin}/en/verify/${input.code}`, left, qrY, qrSize)
  qr(doc, `${input.origin}/ar/verify/${input.code}`, W - M - qrSize, qrY, qrSize)
  const textLeft = left + qrSize + 14
  const textWidth = col - qrSize - 14
  line(tEn('pdf.issuer', { issuer: ISSUER_NAME.en }), textLeft, qrY + 2, textWidth, 'left', 'ltr', { size: 10, color: MUTED })
  line(tEn('pdf.scan'), textLeft, qrY + 18, textWidth, 'left', 'ltr', { size: 10, color: MUTED })
  line(`${input.origin}/en/verify`, textLeft, qrY + 34, textWidth, 'left', 'ltr', { size: 9, color: MUTED })
  line(tAr('pdf.issuer', { issuer: ISSUER_NAME.ar }), W - M - qrSize - 14 - textWidth, qrY - 2, textWidth, 'right', 'rtl', { size: 11, color: MUTED })
  line(tAr('pdf.scan'), W - M - qrSize - 14 - textWidth, qrY + 18, textWidth, 'right', 'rtl', { size: 11, color: MUTED })

  // the code, centred between the two QR codes, in both languages
  line(`${tEn('pdf.code')} · ${tAr('pdf.code')}`, M, H - M - 44, W - 2 * M, 'center', 'ltr', { size: 11, color: MUTED })
  line(input.code, M, H - M - 26, W - 2 * M, 'center', 'ltr', { size: 13, bold: true })

  doc.end()
  return done
}

/** Draws the QR code as vector squares: crisp at any zoom, and no image decoder needed. */
function qr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const count = code.modules.size
  const cell = size / count
  doc.fillColor('#000000')
  for (let row = 0; row < count; row++) {
    for (let column = 0; column < count; column++) {
      if (code.modules.get(row, column)) doc.rect(x + column * cell, y + row * cell, cell + 0.02, cell + 0.02)
    }
  }
  doc.fill()
}
