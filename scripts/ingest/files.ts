import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { RenderedSource } from './collect.ts'

// The ingest's side effects, kept out of the pure stages: the cache of per-source
// results and the content tree on disk.

/** A fingerprint of the ingest code and curation: a change to either invalidates the cache. */
export function pipelineVersion(codeDir: string, curationPath: string): string {
  const h = createHash('sha256')
  for (const f of readdirSync(codeDir).filter((f) => f.endsWith('.ts')).sort()) h.update(f).update(readFileSync(join(codeDir, f)))
  h.update(readFileSync(curationPath))
  return h.digest('hex').slice(0, 16)
}

export class SourceCache {
  private readonly dir: string
  constructor(dir: string, version: string) {
    this.dir = join(dir, version)
  }
  private path(file: string, bytes: Uint8Array): string {
    return join(this.dir, createHash('sha256').update(file).update('\0').update(bytes).digest('hex') + '.json')
  }
  get(file: string, bytes: Uint8Array): RenderedSource | null {
    const p = this.path(file, bytes)
    return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as RenderedSource) : null
  }
  set(file: string, bytes: Uint8Array, result: RenderedSource) {
    mkdirSync(this.dir, { recursive: true })
    writeFileSync(this.path(file, bytes), JSON.stringify(result))
  }
}

export const GENERATED_DIRS = ['sources', 'articles', 'reports'] as const

/** Files the ingest owns under the content folder, by relative path. */
export function readGenerated(outDir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const d of GENERATED_DIRS) {
    const dir = join(outDir, d)
    if (!existsSync(dir)) continue
    for (const f of readdirSync(dir).sort()) files.set(`${d}/${f}`, readFileSync(join(dir, f), 'utf8'))
  }
  return files
}

/** What the last run wrote: a file still of that size and mtime holds that text. */
type Manifest = Record<string, { hash: string; size: number; mtimeMs: number }>
const hashOf = (text: string) => createHash('sha1').update(text).digest('hex')

function listGenerated(outDir: string): string[] {
  return GENERATED_DIRS.flatMap((d) => (existsSync(join(outDir, d)) ? readdirSync(join(outDir, d)).map((f) => `${d}/${f}`) : []))
}

/**
 * Bring the content folder to exactly `wanted`: write what changed, delete what is
 * stale. A file the manifest vouches for (same text hash, size and mtime as when
 * written) is not read back, so a re-run after adding one source stays cheap.
 */
export function syncGenerated(outDir: string, wanted: Map<string, string>, manifestPath?: string): { written: number; removed: number; unchanged: number } {
  const manifest: Manifest = manifestPath && existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {}
  const next: Manifest = {}
  const present = new Set(listGenerated(outDir))
  let written = 0
  let removed = 0
  for (const [path, text] of wanted) {
    const full = join(outDir, path)
    const hash = hashOf(text)
    let same = false
    if (present.has(path)) {
      const st = statSync(full)
      const known = manifest[path]
      same = known !== undefined && known.hash === hash && known.size === st.size && known.mtimeMs === st.mtimeMs
      if (!same) same = readFileSync(full, 'utf8') === text
    }
    if (!same) {
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, text)
      written++
    }
    const st = statSync(full)
    next[path] = { hash, size: st.size, mtimeMs: st.mtimeMs }
  }
  for (const path of present) {
    if (!wanted.has(path)) {
      rmSync(join(outDir, path))
      removed++
    }
  }
  if (manifestPath) {
    mkdirSync(dirname(manifestPath), { recursive: true })
    writeFileSync(manifestPath, JSON.stringify(next))
  }
  return { written, removed, unchanged: wanted.size - written }
}

/** Paths whose content differs between the content folder and what the ingest would write. */
export function diffGenerated(outDir: string, wanted: Map<string, string>): string[] {
  const existing = readGenerated(outDir)
  const diff: string[] = []
  for (const [path, text] of wanted) if (existing.get(path) !== text) diff.push(existing.has(path) ? `changed: ${path}` : `missing: ${path}`)
  for (const path of existing.keys()) if (!wanted.has(path)) diff.push(`stale: ${path}`)
  return diff.sort()
}
