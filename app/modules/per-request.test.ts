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
