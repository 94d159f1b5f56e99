// The part of autocannon's programmatic API that bench/run.ts uses (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events'

  export type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  export type RequestSpec = RawRequest & {
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest
  }
  export type Options = {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    requests?: RequestSpec[]
  }
  export type Result = {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    totalCompletedRequests: number
    statusCodeStats: Record<string, { count: number }>
    '1xx': number
    '2xx': number
    '3xx': number
    '4xx': number
    '5xx': number
  }
  export type Instance = EventEmitter & Promise<Result> & { stop(): void }
  export default function autocannon(options: Options): Instance
}
