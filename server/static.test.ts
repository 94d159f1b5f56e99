import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import compression from 'compression'
import express from 'express'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { precompressDir } from './precompress.js'
import { pickEncoding, staticFiles } from './static.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tamkeen-static-'))
const script = `export const greeting = ${JSON.stringify('مرحبا '.repeat(400))}\n`
let base = ''
let close = () => {}

beforeAll(async () => {
  fs.mkdirSync(path.join(dir, 'assets'))
  fs.writeFileSync(path.join(dir, 'assets/entry-abc123.js'), script)
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  expect(precompressDir(path.join(dir, 'assets'))).toBe(1)
  const app = express()
  app.use(compression())
  app.use(staticFiles(dir))
  app.use((_req, res) => void res.status(404).send('page handler'))
  const server = app.listen(0)
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(() => {
  close()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** fetch() would decode the body itself; this keeps the bytes as they came */
async function raw(url: string, acceptEncoding: string) {
  const { request } = await import('node:http')
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

test('brotli is preferred, then gzip, and q=0 refuses an encoding', () => {
  const both = { br: true, gz: true }
  expect(pickEncoding('gzip, deflate, br', both)).toBe('br')
  expect(pickEncoding('gzip', both)).toBe('gzip')
  expect(pickEncoding('br;q=0, gzip', both)).toBe('gzip')
  expect(pickEncoding('*', both)).toBe('br')
  expect(pickEncoding('identity', both)).toBeNull()
  expect(pickEncoding(undefined, both)).toBeNull()
  expect(pickEncoding('br', { br: false, gz: true })).toBeNull()
})

test('a hashed asset is sent as the build compressed it, cached for a year, and decodes to the file', async () => {
  const br = await raw(`${base}/assets/entry-abc123.js`, 'gzip, deflate, br')
  expect(br.status).toBe(200)
  expect(br.headers['content-encoding']).toBe('br')
  expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8')
  expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(br.headers.vary).toContain('Accept-Encoding')
  expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script)
  expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 10)

  const gz = await raw(`${base}/assets/entry-abc123.js`, 'gzip')
  expect(gz.headers['content-encoding']).toBe('gzip')
  expect(zlib.gunzipSync(gz.body).toString()).toBe(script)

  const plain = await raw(`${base}/assets/entry-abc123.js`, 'identity')
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body.toString()).toBe(script)
})

test('only files of the build are served; anything else reaches the pages', async () => {
  expect((await raw(`${base}/favicon.svg`, 'identity')).status).toBe(200)
  for (const url of ['/assets/entry-abc123.js.br', '/assets/missing.js', '/en/courses', '/../package.json', '/%E0%A4%A', '/assets/%E0%A4%A']) {
    const response = await raw(`${base}${url}`, 'identity')
    expect(response.status, url).toBe(404)
    expect(response.body.toString(), url).toBe('page handler')
  }
})
