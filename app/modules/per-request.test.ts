import { expect, test } from 'vitest'
import { perRequest } from './per-request.server.ts'

test('a lookup runs once per request and key; another request asks again', async () => {
  let calls = 0
  const lookup = perRequest(async (id: string) => `${id}:${++calls}`, (id) => id)
  const first = new Request('http://x/a')
  const [a, b] = await Promise.all([lookup(first, 'c1'), lookup(first, 'c1')])
  expect([a, b]).toEqual(['c1:1', 'c1:1'])
  expect(await lookup(first, 'c2')).toBe('c2:2')
  expect(await lookup(new Request('http://x/a'), 'c1')).toBe('c1:3')
})

test('a failed lookup is forgotten, so the next caller of the same request asks again', async () => {
  let calls = 0
  const lookup = perRequest(async () => {
    calls += 1
    if (calls === 1) throw new Error('database away')
    return 'ok'
  }, () => 'key')
  const request = new Request('http://x/')
  await expect(lookup(request)).rejects.toThrow('database away')
  expect(await lookup(request)).toBe('ok')
  expect(calls).toBe(2)
})

// Remix hands each loader a copy of the Request: the server's mark ties the copies together
const marked = (mark: string, method = 'GET') => new Request('http://x/page?index', { method, headers: { 'x-tamkeen-request': mark } })

test('the copies of one marked GET request share answers; another mark asks again', async () => {
  const globals = globalThis as { __tamkeenRequestMarks?: string }
  globals.__tamkeenRequestMarks = 'server1'
  try {
    let calls = 0
    const lookup = perRequest(async (id: string) => `${id}:${++calls}`, (id) => id)
    expect(await lookup(marked('server1.7'), 'u')).toBe('u:1')
    expect(await lookup(marked('server1.7'), 'u')).toBe('u:1')
    expect(await lookup(marked('server1.8'), 'u')).toBe('u:2')
    // another function wrapped the same way keeps its own answers under the same mark
    const other = perRequest(async (id: string) => `other ${id}`, (id) => id)
    expect(await other(marked('server1.7'), 'u')).toBe('other u')
  } finally {
    delete globals.__tamkeenRequestMarks
  }
})

test('a mark the server did not make, or a form post, is not shared between copies', async () => {
  const globals = globalThis as { __tamkeenRequestMarks?: string }
  globals.__tamkeenRequestMarks = 'server2'
  try {
    let calls = 0
    const lookup = perRequest(async () => ++calls, () => 'key')
    // made up by a client
    expect(await lookup(marked('guess.1'))).toBe(1)
    expect(await lookup(marked('guess.1'))).toBe(2)
    // an action may change the answer (a sign-in): its copies ask again
    expect(await lookup(marked('server2.1', 'POST'))).toBe(3)
    expect(await lookup(marked('server2.1', 'POST'))).toBe(4)
  } finally {
    delete globals.__tamkeenRequestMarks
  }
})
