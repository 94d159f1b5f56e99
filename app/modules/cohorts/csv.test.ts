import { describe, expect, test } from 'vitest'
import { csvCell, parseCsv, parseRoster, toCsv } from './csv.ts'

describe('reading a roster CSV', () => {
  test('header, display names and locales are optional', () => {
    const result = parseRoster('username,display_name,locale\r\nsalma-h,سلمى,ar\nomar_k,"Omar, K.",EN\nnour\n\n', 'ar')
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 2, username: 'salma-h', displayName: 'سلمى', locale: 'ar' },
        { row: 3, username: 'omar_k', displayName: 'Omar, K.', locale: 'en' },
        { row: 4, username: 'nour', displayName: 'nour', locale: 'ar' },
      ],
    })
  })
  test('Arabic usernames are welcome; names are normalised like registration does', () => {
    const result = parseRoster('سلمى_ح,  سلمى   حداد ,ar\nＯＭＡＲ,Omar,en', 'ar')
    expect(result.ok && result.rows.map((r) => [r.username, r.displayName])).toEqual([
      ['سلمى_ح', 'سلمى حداد'],
      ['omar', 'Omar'],
    ])
  })
  test('a byte-order mark from Excel is ignored', () => {
    const result = parseRoster('\uFEFFusername\nrami\n', 'en')
    expect(result.ok && result.rows.map((r) => r.locale)).toEqual(['en'])
  })
  test('every bad row is reported with its number and reason, and nothing is kept', () => {
    const text = ['username,display_name,locale', 'good-one,Good,ar', 'Bad Name,x,ar', ',no username,en', 'good-one,again,ar', 'ok2,name,fr', 'a,b,c,d', `long1,${'x'.repeat(65)},ar`, 'ab,short,en'].join('\n')
    const result = parseRoster(text, 'ar')
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, problem: 'usernameCharacters', value: 'Bad Name' },
        { row: 4, problem: 'usernameMissing' },
        { row: 5, problem: 'usernameDuplicate', value: 'good-one' },
        { row: 6, problem: 'localeInvalid', value: 'fr' },
        { row: 7, problem: 'tooManyColumns' },
        { row: 8, problem: 'displayNameTooLong' },
        { row: 9, problem: 'usernameTooShort', value: 'ab' },
      ],
    })
  })
  test('a quoted newline keeps row numbers true to the file', () => {
    const { records } = parseCsv('a,"two\nlines"\nb,c\n')
    expect(records).toEqual([
      { row: 1, cells: ['a', 'two\nlines'] },
      { row: 3, cells: ['b', 'c'] },
    ])
  })
  test('an unclosed quote and an empty file are errors', () => {
    expect(parseRoster('ok1\n"broken,x\nmore', 'ar')).toEqual({ ok: false, errors: [{ row: 2, problem: 'malformed' }] })
    expect(parseRoster('username,display_name\n\n', 'ar')).toEqual({ ok: false, errors: [{ row: 1, problem: 'empty' }] })
  })
})

describe('writing CSV', () => {
  test('cells that a spreadsheet would run as formulas are neutralised', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tcmd')).toBe("'\tcmd")
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`)
    expect(csvCell('سلمى = مدربة')).toBe('سلمى = مدربة')
    expect(csvCell(75)).toBe('75')
    expect(csvCell(null)).toBe('')
  })
  test('a file starts with the UTF-8 byte-order mark and quotes what needs it', () => {
    const text = toCsv([
      ['name', 'note'],
      ['سلمى', 'a, "b"'],
    ])
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text).toBe('\uFEFFname,note\r\nسلمى,"a, ""b"""\r\n')
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })
  test('what we write, we can read back', () => {
    const rows = [['x', '=1+1', 'line\nbreak', 'q"uote']]
    const { records } = parseCsv(toCsv(rows))
    expect(records[0]?.cells).toEqual(['x', "'=1+1", 'line\nbreak', 'q"uote'])
  })
})
