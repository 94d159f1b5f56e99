// Short-text answers are compared after normalising what people type differently for the same word.
const arabicMarks = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g // harakat, Quranic marks, tatweel
const punctuation = /[\p{P}\p{S}]/gu

export function normaliseAnswer(value: string): string {
  return value
    .normalize('NFC')
    .replace(arabicMarks, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    // Latin accents: "Genève" is "Geneve"
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(punctuation, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
