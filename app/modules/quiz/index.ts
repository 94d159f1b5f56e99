// The quiz module's pure face (grading and normalisation), safe for the browser too.
export { normaliseAnswer } from './normalise.ts'
export { fieldName } from './field-name.ts'
export { parseQuizForm, type FormQuestion } from './form.ts'
export { attemptsLeft, gradeQuiz, isCorrect, type GradableQuestion, type QuestionResult, type QuizResult, type Response } from './grade.ts'
