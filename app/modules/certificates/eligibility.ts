// The course's certificate rule as a pure function: every published lesson complete and every
// published module quiz passed. It says what is missing, so the learner can see it.

export type CourseOutline = {
  modules: {
    id: string
    lessons: { id: string }[]
    quiz: { id: string } | null
  }[]
}

export type LearnerRecord = {
  completedLessonIds: ReadonlySet<string>
  passedQuizIds: ReadonlySet<string>
}

export type Eligibility = {
  eligible: boolean
  missingLessonIds: string[]
  missingQuizIds: string[]
  lessonsDone: number
  lessonsTotal: number
  quizzesPassed: number
  quizzesTotal: number
}

/** `outline` holds published modules, lessons and quizzes only. */
export function checkEligibility(outline: CourseOutline, learner: LearnerRecord): Eligibility {
  const lessons = outline.modules.flatMap((m) => m.lessons.map((l) => l.id))
  const quizzes = outline.modules.flatMap((m) => (m.quiz ? [m.quiz.id] : []))
  const missingLessonIds = lessons.filter((id) => !learner.completedLessonIds.has(id))
  const missingQuizIds = quizzes.filter((id) => !learner.passedQuizIds.has(id))
  return {
    // a course with nothing in it certifies nothing
    eligible: lessons.length + quizzes.length > 0 && missingLessonIds.length === 0 && missingQuizIds.length === 0,
    missingLessonIds,
    missingQuizIds,
    lessonsDone: lessons.length - missingLessonIds.length,
    lessonsTotal: lessons.length,
    quizzesPassed: quizzes.length - missingQuizIds.length,
    quizzesTotal: quizzes.length,
  }
}

export type SkipReason = 'not-eligible' | 'no-name' | 'already-issued' | 'not-enrolled'

/** Why a learner of a cohort is not issued a certificate now, or null when they are. */
export function skipReason(input: {
  eligibility: Eligibility
  hasRequestedName: boolean
  alreadyIssued: boolean
}): SkipReason | null {
  if (input.alreadyIssued) return 'already-issued'
  if (!input.eligibility.eligible) return 'not-eligible'
  if (!input.hasRequestedName) return 'no-name'
  return null
}
