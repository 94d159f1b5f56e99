// Answers kept for the life of one request. A page's loaders run side by side (a cohort's
// frame and its section both check access and read the cohort's header; the root and the
// page both ask who is signed in): wrapped here, the database is asked once. A failed lookup
// is forgotten at once, so a later caller asks again.
//
// Remix gives each loader its own copy of the Request (server-runtime's callRouteLoader
// rebuilds it without `?index` and `_routes`), so the Request object alone does not tie them
// together. The server (server/index.js) marks every request it receives with a header of
// its own, overwriting whatever the client sent; the copies keep the header, and that mark
// is the key. Only for GET and HEAD: in a form post, an action may change what a lookup
// answers (sign in, rename), and the loaders that render the result run after it with the
// same mark; those loaders get GET copies, and the action's own calls are kept apart by its
// Request object as before.

export const REQUEST_MARK_HEADER = 'x-tamkeen-request'

/** The prefix the server gives its marks, so that a mark a client made up is never trusted. */
const markPrefix = (): string | undefined => (globalThis as { __tamkeenRequestMarks?: string }).__tamkeenRequestMarks

/** Marks live while their request may: at most this many at once, the oldest going first. */
const MAX_MARKS = 1000
const byMark = new Map<string, Map<string, Promise<unknown>>>()
const byRequest = new WeakMap<Request, Map<string, Promise<unknown>>>()

function answersFor(request: Request): Map<string, Promise<unknown>> {
  const prefix = markPrefix()
  const mark = request.headers.get(REQUEST_MARK_HEADER)
  const shared = prefix && mark?.startsWith(`${prefix}.`) && (request.method === 'GET' || request.method === 'HEAD')
  if (!shared || !mark) {
    const known = byRequest.get(request)
    if (known) return known
    const answers = new Map<string, Promise<unknown>>()
    byRequest.set(request, answers)
    return answers
  }
  const known = byMark.get(mark)
  if (known) return known
  const answers = new Map<string, Promise<unknown>>()
  byMark.set(mark, answers)
  if (byMark.size > MAX_MARKS) byMark.delete(byMark.keys().next().value ?? '')
  return answers
}

let wrapped = 0

export function perRequest<Args extends unknown[], T>(lookup: (...args: Args) => Promise<T>, keyOf: (...args: Args) => string) {
  // one function's answers apart from another's, in the request's shared map
  const own = ++wrapped
  return (request: Request, ...args: Args): Promise<T> => {
    const answers = answersFor(request)
    const key = `${own} ${keyOf(...args)}`
    const known = answers.get(key)
    if (known) return known as Promise<T>
    const answer = lookup(...args)
    answers.set(key, answer)
    answer.catch(() => answers.delete(key))
    return answer
  }
}
