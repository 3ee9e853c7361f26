// The site must also work under a sub-path (SPEC §4): build once more into a
// temporary outDir with BASE_PATH set, then follow every link and serve it.
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../../scripts/serve.ts'
import { attributes, brokenLinks } from './helpers.ts'

const BASE = '/jx-archive'
const ROOT = join(import.meta.dirname, '..', '..')

/** The environment minus what vitest adds (BASE_URL, MODE, NODE_ENV=test …), which
 *  would otherwise leak into the child build and override its base. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key]
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key]
  return env
}

describe(`built with BASE_PATH=${BASE}`, () => {
  // Inside the project: the build's prerender step imports packages from node_modules.
  mkdirSync(join(ROOT, '.cache'), { recursive: true })
  const tmp = mkdtempSync(join(ROOT, '.cache', 'site-base-path-'))
  const out = join(tmp, 'dist')
  let server: Server
  let url: string

  beforeAll(async () => {
    // A cache of its own, so that this build never races the main one.
    await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: ROOT,
      env: { ...buildEnv(), BASE_PATH: BASE, ASTRO_CACHE_DIR: join(tmp, 'cache') },
    })
    ;({ server, url } = await serve({ root: out, base: BASE, port: 0 }))
  }, 180_000)

  afterAll(async () => {
    if (server) await new Promise((done) => server.close(done))
    rmSync(tmp, { recursive: true, force: true })
  })

  it('every internal link stays under the base and resolves', () => {
    expect(brokenLinks(out, BASE)).toEqual([])
    const home = readFileSync(join(out, 'index.html'), 'utf8')
    const internal = attributes(home, 'href').filter((h) => h.startsWith('/'))
    expect(internal.length).toBeGreaterThan(0)
    for (const href of internal) expect(href.startsWith(`${BASE}/`), href).toBe(true)
  })

  it('canonical links include the base', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8')
    expect(home).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+${BASE}/"`))
  })

  it('card images, feed and sitemap URLs include the base', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8')
    expect(home).toMatch(new RegExp(`<meta property="og:image" content="https?://[^/"]+${BASE}/og/site\\.png"`))
    expect(readFileSync(join(out, 'og', 'site.png')).length).toBeGreaterThan(0)
    const feed = readFileSync(join(out, 'rss.xml'), 'utf8')
    for (const m of feed.matchAll(/<link>([^<]+)<\/link>/g)) expect(new URL(m[1]!).pathname.startsWith(`${BASE}/`), m[1]).toBe(true)
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toMatch(new RegExp(`Sitemap: https?://[^/]+${BASE}/sitemap-index\\.xml`))
  })

  it('serves pages, data and raw text at the base, and 404s outside it', async () => {
    expect(url.endsWith(`${BASE}/`)).toBe(true)
    const home = await fetch(url)
    expect(home.status).toBe(200)
    const links = attributes(await home.text(), 'href').filter((h) => h.startsWith(`${BASE}/`))
    for (const href of links) {
      const res = await fetch(new URL(href, url))
      expect(res.status, href).toBe(200)
    }
    const archive = await fetch(new URL('data/archive.json', url))
    expect(archive.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect((await fetch(new URL('/', url))).status).toBe(404)
    expect((await fetch(new URL(`${BASE}/no-such-page/`, url))).status).toBe(404)
  })
})
