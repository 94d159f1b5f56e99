// CSV in and out for cohorts: the roster upload (`username,display_name,locale`), checked
// row by row before anything is imported, and exports that Excel opens in Arabic and that
// cannot smuggle a formula into a spreadsheet.
import { displayNameProblem, normalizeDisplayName, normalizeUsername, usernameProblem } from '#app/modules/auth/index.ts'

export type CsvRecord = { row: number; cells: string[] }

/**
 * RFC 4180 records with the row number (1-based) each starts on. A quote left open is
 * reported as the row it opened on, rather than swallowing the rest of the file silently.
 */
export function parseCsv(text: string): { records: CsvRecord[]; unclosedQuoteRow: number | null } {
  const input = text.replace(/^\uFEFF/, '')
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordStart = 1
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (ch === '\n') line++
        cell += ch
      }
      continue
    }
    if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++
      cells.push(cell)
      records.push({ row: recordStart, cells })
      cells = []
      cell = ''
      line++
      recordStart = line
    } else cell += ch
  }
  if (quoted) return { records, unclosedQuoteRow: recordStart }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell)
    records.push({ row: recordStart, cells })
  }
  return { records, unclosedQuoteRow: null }
}

export const MAX_ROSTER_ROWS = 500

export type RosterRow = { row: number; username: string; displayName: string; locale: 'ar' | 'en' }

export type RosterProblem =
  | 'malformed'
  | 'tooManyColumns'
  | 'usernameMissing'
  | 'usernameTooShort'
  | 'usernameTooLong'
  | 'usernameCharacters'
  | 'usernameDuplicate'
  | 'usernameTaken'
  | 'displayNameTooLong'
  | 'displayNameCharacters'
  | 'localeInvalid'
  | 'empty'
  | 'tooManyRows'

export type RosterError = { row: number; problem: RosterProblem; value?: string }

export type RosterResult = { ok: true; rows: RosterRow[] } | { ok: false; errors: RosterError[] }

/**
 * Reads `username,display_name,locale` (header optional; display name and locale optional).
 * Every problem is reported with its row; any problem means nothing is imported.
 */
export function parseRoster(text: string, defaultLocale: 'ar' | 'en'): RosterResult {
  const { records, unclosedQuoteRow } = parseCsv(text)
  const errors: RosterError[] = []
  const rows: RosterRow[] = []
  const seen = new Map<string, number>()
  for (const { row, cells } of records) {
    const trimmed = cells.map((c) => c.trim())
    if (trimmed.every((c) => c === '')) continue
    if (rows.length === 0 && errors.length === 0 && trimmed[0]?.toLowerCase() === 'username') continue
    if (trimmed.length > 3) {
      errors.push({ row, problem: 'tooManyColumns' })
      continue
    }
    const [rawUsername = '', rawDisplayName = '', rawLocale = ''] = trimmed
    // the same rules as registration, so that every account made here can sign in
    const username = normalizeUsername(rawUsername)
    const displayName = normalizeDisplayName(rawDisplayName)
    const locale = rawLocale.toLowerCase()
    const nameProblem = usernameProblem(rawUsername)
    const displayProblem = displayNameProblem(rawDisplayName)
    let bad = false
    if (nameProblem === 'usernameRequired') {
      errors.push({ row, problem: 'usernameMissing' })
      bad = true
    } else if (nameProblem) {
      errors.push({ row, problem: nameProblem, value: rawUsername })
      bad = true
    } else if (seen.has(username)) {
      errors.push({ row, problem: 'usernameDuplicate', value: rawUsername })
      bad = true
    }
    if (displayProblem) {
      errors.push({ row, problem: displayProblem })
      bad = true
    }
    if (locale !== '' && locale !== 'ar' && locale !== 'en') {
      errors.push({ row, problem: 'localeInvalid', value: rawLocale })
      bad = true
    }
    if (username) seen.set(username, row)
    if (bad) continue
    rows.push({
      row,
      username,
      displayName: displayName || username,
      locale: locale === 'ar' || locale === 'en' ? locale : defaultLocale,
    })
  }
  if (unclosedQuoteRow !== null) errors.push({ row: unclosedQuoteRow, problem: 'malformed' })
  if (errors.length === 0 && rows.length === 0) errors.push({ row: 1, problem: 'empty' })
  if (rows.length > MAX_ROSTER_ROWS) errors.push({ row: rows[MAX_ROSTER_ROWS]?.row ?? 1, problem: 'tooManyRows' })
  return errors.length > 0 ? { ok: false, errors: errors.sort((a, b) => a.row - b.row) } : { ok: true, rows }
}

// Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: a leading formula character is neutralised with a quote, then RFC 4180 quoting. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole file: UTF-8 byte-order mark first (so Excel reads Arabic), CRLF line ends. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
