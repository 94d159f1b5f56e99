// A Vite plugin: after the browser build, writes `name.br` (brotli, quality 11) and
// `name.gz` (gzip, level 9) beside every text asset, for server/static.js to send as they are.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const compressible = /\.(js|css|json|svg|txt|map)$/

/** @param {string} dir */
export function precompressDir(dir) {
  let files = 0
  for (const name of fs.readdirSync(dir)) {
    if (!compressible.test(name)) continue
    const file = path.join(dir, name)
    const data = fs.readFileSync(file)
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }))
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }))
    files++
  }
  return files
}

/** @returns {import('vite').Plugin} */
export function precompress() {
  return {
    name: 'tamkeen-precompress',
    apply: 'build',
    writeBundle(options) {
      // Remix builds the browser bundle into <build>/client and the server into <build>/server
      const dir = options.dir && path.basename(options.dir) === 'client' ? path.join(options.dir, 'assets') : null
      if (dir && fs.existsSync(dir)) precompressDir(dir)
    },
  }
}
