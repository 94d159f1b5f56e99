// The quiz module's server face: quizzes as learners take them, attempts and reviews.
export { getQuizPage, formQuestions, submitAttempt, getAttemptReview, type QuizPage, type QuizQuestion, type SubmitResult, type AttemptReview, type ReviewedQuestion } from './attempts.server.ts'
export { parseQuizForm, fieldName, type ParsedQuizForm } from './form.ts'
