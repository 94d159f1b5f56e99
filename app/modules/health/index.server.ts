// Liveness for load balancers: does the database answer?
export { databaseAnswers } from '#app/db.server.ts'
