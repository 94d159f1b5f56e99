// The form field of a question's answer; apart from form.ts, so pages need no zod for it.
export function fieldName(questionId: string): string {
  return `answer-${questionId}`
}
