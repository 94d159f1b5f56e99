// The HTTP server: Express in front of Remix, so that security headers and the
// same-origin rule cover every response, static files included.
import { createRequestHandler } from '@remix-run/express'
import crypto from 'node:crypto'
import compression from 'compression'
import express from 'express'
import { sameOriginOnly, securityHeaders } from './security.js'
import { staticFiles } from './static.js'

const dev = process.env.NODE_ENV !== 'production'
const port = Number(process.env.PORT ?? 3000)
const buildDir = process.env.BUILD_DIR ?? 'build'

const viteDevServer = dev
  ? await import('vite').then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : undefined

const app = express()
app.disable('x-powered-by')
// behind a TLS-terminating proxy, trust its X-Forwarded-* so HTTPS is recognised
// (`true`, a hop count such as `1`, or addresses/subnets; a count must reach Express as a number)
const trustProxy = process.env.TRUST_PROXY
if (trustProxy) app.set('trust proxy', trustProxy === 'true' ? true : /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy)
app.use(compression())
app.use(securityHeaders({ dev }))
app.use(sameOriginOnly)

if (viteDevServer) {
  app.use(viteDevServer.middlewares)
} else {
  app.use(staticFiles(`${buildDir}/client`))
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule('virtual:remix/server-build')
  : await import(new URL(`../${buildDir}/server/index.js`, import.meta.url).href)

// Every request gets a mark of the server's own, which the copies of the Request that Remix
// hands each loader keep: the app keeps answers per mark for the life of the request
// (app/modules/per-request.server.ts). Whatever the client sent under that name is replaced.
const markPrefix = crypto.randomBytes(9).toString('base64url')
globalThis.__tamkeenRequestMarks = markPrefix
let marked = 0
app.use((req, _res, next) => {
  req.headers['x-tamkeen-request'] = `${markPrefix}.${++marked}`
  next()
})

app.all(
  '*',
  createRequestHandler({
    // @ts-expect-error -- the dev build is a function returning the module, which Remix accepts
    build,
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip, secure: req.secure }),
  }),
)

const server = app.listen(port, () => console.log(`Tamkeen is serving on http://localhost:${port}`))
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)))
