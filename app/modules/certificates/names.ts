// The name a learner wants printed, in Arabic script, Latin script or both. Each field is
// checked for its own script, so that an Arabic name cannot end up in the Latin line.
// The schema also runs in the browser (react-hook-form, decision 011): keep this file free of
// server code and large data.
import { z } from 'zod'

const arabicName = /^[\p{Script=Arabic}\u200c\u200d]+(?:[ \-'.][\p{Script=Arabic}\u200c\u200d]+)*$/u
const latinName = /^[\p{Script=Latin}]+\.?(?:[ \-'’][\p{Script=Latin}]+\.?)*$/u

/** Collapses runs of spaces; people paste names from everywhere. */
const tidy = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : value)

// messages are keys in public/locales/*/certificates.json
export const nameRequestSchema = z
  .object({
    nameArabic: z.preprocess(
      tidy,
      z.string().max(80, 'request.errors.tooLong').refine((v) => v === '' || arabicName.test(v), 'request.errors.arabicScript'),
    ),
    nameLatin: z.preprocess(
      tidy,
      z.string().max(80, 'request.errors.tooLong').refine((v) => v === '' || latinName.test(v), 'request.errors.latinScript'),
    ),
  })
  .superRefine((value, ctx) => {
    if (!value.nameArabic && !value.nameLatin) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['nameArabic'], message: 'request.errors.oneName' })
    }
  })

export type NameRequest = z.infer<typeof nameRequestSchema>

export function printedName(cert: { nameArabic: string | null; nameLatin: string | null }): string {
  return [cert.nameArabic, cert.nameLatin].filter(Boolean).join(' · ')
}
