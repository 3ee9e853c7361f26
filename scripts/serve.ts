// npm run preview — serve the built site (dist/) as a static host would, at the
// same base path it was built for, with no dependencies beyond Node.
//
//   BASE_PATH=/jx-archive PORT=8080 node scripts/serve.ts [dir]
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const SITE_NAME = '嘉兴新闻档案'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export const contentType = (path: string) => TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'

/** '/', '/x' or '/x/' → '' or '/x', so that `${base}/path` is always right. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/\/+$/, '')
  return !trimmed ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

type Entry = { kind: 'file'; path: string; size: number } | { kind: 'dir' } | null

async function entryAt(path: string): Promise<Entry> {
  try {
    const s = await stat(path)
    return s.isFile() ? { kind: 'file', path, size: s.size } : s.isDirectory() ? { kind: 'dir' } : null
  } catch {
    return null
  }
}

export interface ServeOptions {
  root: string
  base?: string
}

export function createStaticServer({ root, base: rawBase }: ServeOptions): Server {
  const dir = resolve(root)
  const base = normalizeBase(rawBase)

  function send(res: ServerResponse, status: number, path: string, size: number, head: boolean) {
    res.writeHead(status, { 'Content-Type': contentType(path), 'Content-Length': size })
    if (head) res.end()
    else createReadStream(path).pipe(res)
  }

  async function notFound(res: ServerResponse, head: boolean) {
    const page = await entryAt(join(dir, '404.html'))
    if (page?.kind === 'file') return send(res, 404, page.path, page.size, head)
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n')
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const head = req.method === 'HEAD'
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return notFound(res, head)
    }
    // The site lives at the base only, as it will on a real host.
    if (base && pathname === base) return redirect(res, `${base}/${url.search}`)
    if (base && !pathname.startsWith(`${base}/`)) return notFound(res, head)
    const rel = pathname.slice(base.length)
    const target = resolve(dir, `.${rel}`)
    if (target !== dir && !target.startsWith(dir + sep)) return notFound(res, head)

    const found = await entryAt(target)
    if (found?.kind === 'file') return send(res, 200, found.path, found.size, head)
    if (found?.kind === 'dir') {
      // Pages are built as dir/index.html and linked with a trailing slash.
      if (!rel.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`)
      const index = await entryAt(join(target, 'index.html'))
      if (index?.kind === 'file') return send(res, 200, index.path, index.size, head)
    }
    return notFound(res, head)
  }

  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error(err)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('500 Internal Server Error\n')
    })
  })
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(301, { Location: location }).end()
}

/** Starts serving; resolves with the URL of the site root (base included, trailing slash). */
export async function serve(options: ServeOptions & { port?: number; host?: string }): Promise<{ server: Server; url: string }> {
  const server = createStaticServer(options)
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 4321, options.host ?? '127.0.0.1', ok)
  })
  const { port } = server.address() as AddressInfo
  return { server, url: `http://localhost:${port}${normalizeBase(options.base)}/` }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist'
  const port = Number(process.env.PORT ?? 4321)
  const { url } = await serve({ root, base: process.env.BASE_PATH, port, host: process.env.HOST ?? '127.0.0.1' })
  console.log(`Serving ${SITE_NAME} at ${url}`)
}
