// Answers kept for the life of one request. A page's loaders run side by side on the same
// Request object (a cohort's frame and its section both check access and read the cohort's
// header, say): wrapped here, the database is asked once. Nothing outlives the request, and
// a failed lookup is forgotten at once, so a later caller asks again.
export function perRequest<Args extends unknown[], T>(lookup: (...args: Args) => Promise<T>, keyOf: (...args: Args) => string) {
  const answers = new WeakMap<Request, Map<string, Promise<T>>>()
  return (request: Request, ...args: Args): Promise<T> => {
    let byKey = answers.get(request)
    if (!byKey) {
      byKey = new Map()
      answers.set(request, byKey)
    }
    const key = keyOf(...args)
    const known = byKey.get(key)
    if (known) return known
    const answer = lookup(...args)
    byKey.set(key, answer)
    answer.catch(() => byKey.delete(key))
    return answer
  }
}
