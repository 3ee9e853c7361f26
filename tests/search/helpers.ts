// The search index as the browser gets it: read from a built site (dist/search/index/)
// and searched by the same module the browser's worker runs.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { IndexFiles } from '../../src/lib/search/build.ts'
import { SearchIndex, type Loader } from '../../src/lib/search/engine.ts'
import { DIST } from '../site/helpers.ts'

export function distLoader(root = DIST): Loader {
  const dir = join(root, 'search', 'index')
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir}/manifest.json is missing: run \`npx astro build\` first`)
  return async (path) => JSON.parse(readFileSync(join(dir, path), 'utf8'))
}

export const openDistIndex = (root = DIST) => SearchIndex.open(distLoader(root))

/** An index built in memory (unit tests), served like the files it would be written to. */
export function memoryLoader(files: IndexFiles): Loader {
  return async (path) => {
    if (path === 'manifest.json') return structuredClone(files.manifest)
    const m = /^[0-9a-f]+\/(g|c)\/(.+)\.json$/.exec(path)
    const data = m && (m[1] === 'g' ? files.shards.get(m[2]!) : files.chunks.get(m[2]!))
    if (data === undefined || data === null) throw new Error(`no index file ${path}`)
    return structuredClone(data)
  }
}

/** Where `url` ranks among the results (1 = first), or null when it is not among them. */
export function rankOf(hits: readonly { url: string }[], url: string): number | null {
  const i = hits.findIndex((h) => h.url === url)
  return i < 0 ? null : i + 1
}
