// What server/index.js hands every loader and action besides the request.
declare module '@remix-run/node' {
  interface AppLoadContext {
    cspNonce?: string
    clientIp?: string
    secure?: boolean
  }
}
export {}
