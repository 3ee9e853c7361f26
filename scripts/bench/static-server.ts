/**
 * The built site served from memory, as a production host or CDN serves small static
 * files (well under a millisecond each). The preview server (scripts/serve.ts) streams
 * every file from disk, which on a small machine adds milliseconds per request and would
 * time the server, not the search. Same paths, types and 404 page.
 */
import { readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, normalize, sep } from 'node:path'
import { contentType } from '../serve.ts'

export async function serveFromMemory(root: string): Promise<{ server: Server; url: string }> {
  const cache = new Map<string, Buffer | null>()
  const read = (path: string): Buffer | null => {
    if (!cache.has(path)) {
      let body: Buffer | null = null
      try {
        const s = statSync(path)
        body = s.isFile() ? readFileSync(path) : s.isDirectory() ? readOrNull(join(path, 'index.html')) : null
      } catch {
        body = null
      }
      cache.set(path, body)
    }
    return cache.get(path)!
  }
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(root, pathname))
    const inside = file === normalize(root) || file.startsWith(normalize(root) + sep)
    const body = inside ? read(file) : null
    if (body) {
      const type = pathname.endsWith('/') ? contentType('index.html') : contentType(file)
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length }).end(body)
    } else {
      const page = read(join(root, '404.html'))
      res.writeHead(404, { 'Content-Type': contentType('404.html') }).end(page ?? '404')
    }
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path)
  } catch {
    return null
  }
}
