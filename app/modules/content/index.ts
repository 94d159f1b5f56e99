// The content module's pure face: the file schemas and the list of topics.
export { topics, courseSchema, moduleSchema, quizSchema, lessonFrontMatterSchema, type Topic } from './schemas.ts'
