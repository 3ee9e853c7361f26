import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ArticleText } from './extract/model.ts'
import type { ArticleFindings } from './extract/resolve.ts'
import type { ContentFile, RenderedSource } from './collect.ts'

// The ingest's side effects, kept out of the pure stages: the cache of per-source
// results and the content tree on disk.

/**
 * A fingerprint of the ingest code, the curation file and the installed dependency
 * versions (the lockfile: a new jieba dictionary changes joins): a change to any of
 * them invalidates the cache.
 */
export function pipelineVersion(codeDir: string, curationPath: string, lockfile = 'package-lock.json'): string {
  const h = createHash('sha256')
  // every stage, the extraction's subfolder included, and the word lists in data/
  const files = readdirSync(codeDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') || f.endsWith('.txt')).sort()
  for (const f of files) h.update(f).update(readFileSync(join(codeDir, f)))
  h.update(readFileSync(curationPath))
  if (existsSync(lockfile)) h.update(readFileSync(lockfile))
  return h.digest('hex').slice(0, 16)
}

/**
 * Write a file whole or not at all: to a temporary file beside it, then renamed over it,
 * so an interrupted run never leaves a file half-written.
 */
export function writeAtomic(path: string, text: string) {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, path)
}

/** A JSON file the ingest keeps for itself; a damaged one is discarded with a warning, and rebuilt. */
function readKept<T>(path: string, empty: T): T {
  if (!existsSync(path)) return empty
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch {
    console.warn(`⚠ ${path} is damaged (not the JSON the ingest wrote): discarded, it is rebuilt`)
    rmSync(path, { force: true })
    return empty
  }
}

interface CacheEntry {
  file: string
  /** bytes of the texts file: one of another size was cut short, and is not trusted */
  size: number
  id: string
  articles: number
  summary: string
  warnings: string[]
  hashes: [string, string][]
  texts: ArticleText[]
  findings: ArticleFindings[]
}

/** A raw file as last seen: while its size and mtime hold, its bytes need not be read to find its key. */
interface RawStat {
  size: number
  mtimeMs: number
  key: string
}

interface CacheIndex {
  entries: Record<string, CacheEntry>
  raw: Record<string, RawStat>
}

/**
 * Per-source results of earlier runs, keyed by file name, bytes and ingest version.
 * An index holds what a run needs to decide (summaries, hashes of the files, the
 * raw files' sizes and mtimes); texts are read only for files that must be written.
 */
export class SourceCache {
  private readonly dir: string
  private index: CacheIndex | null = null
  private readonly used = new Set<string>()
  private readonly raw: Record<string, RawStat> = {}
  private changed = false
  constructor(dir: string, version: string) {
    this.dir = join(dir, version)
  }
  private load(): CacheIndex {
    const p = join(this.dir, 'index.json')
    this.index ??= readKept<CacheIndex>(p, { entries: {}, raw: {} })
    return this.index
  }
  private key(file: string, path: string, bytes: () => Uint8Array): string {
    const st = statSync(path)
    const seen = this.load().raw[file]
    const key = seen && seen.size === st.size && seen.mtimeMs === st.mtimeMs ? seen.key : createHash('sha256').update(file).update('\0').update(bytes()).digest('hex')
    if (!seen || seen.key !== key || seen.size !== st.size || seen.mtimeMs !== st.mtimeMs) this.changed = true
    this.raw[file] = { size: st.size, mtimeMs: st.mtimeMs, key }
    return key
  }
  get(file: string, path: string, bytes: () => Uint8Array): RenderedSource | null {
    const key = this.key(file, path, bytes)
    const entry = this.load().entries[key]
    const textsPath = join(this.dir, `${key}.json`)
    if (!entry || !existsSync(textsPath)) return null
    if (statSync(textsPath).size !== entry.size) {
      console.warn(`⚠ ${textsPath} is damaged (cut short): discarded, ${file} is ingested anew`)
      return null
    }
    this.used.add(key)
    let texts: Map<string, string> | null = null
    const text = (p: string) => {
      texts ??= new Map(JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as [string, string][])
      return texts.get(p)!
    }
    const { hashes, size: _size, ...rest } = entry
    return { ...rest, files: hashes.map(([p, hash]) => ({ path: p, hash, text: () => text(p) })) }
  }
  set(file: string, path: string, bytes: () => Uint8Array, r: RenderedSource) {
    const key = this.key(file, path, bytes)
    mkdirSync(this.dir, { recursive: true })
    const json = JSON.stringify(r.files.map((f) => [f.path, f.text()]))
    writeAtomic(join(this.dir, `${key}.json`), json)
    const { files, ...rest } = r
    this.load().entries[key] = { ...rest, size: Buffer.byteLength(json), hashes: files.map((f) => [f.path, f.hash]) }
    this.used.add(key)
    this.changed = true
  }
  /** Keep only the entries of this run's sources. */
  save() {
    const index = this.load()
    // a run that read every source from the cache and dropped none leaves it as it was
    const kept = Object.keys(index.entries).filter((k) => this.used.has(k))
    if (!this.changed && kept.length === Object.keys(index.entries).length && Object.keys(index.raw).length === Object.keys(this.raw).length) return
    mkdirSync(this.dir, { recursive: true })
    const entries = Object.fromEntries(Object.entries(index.entries).filter(([k]) => this.used.has(k)))
    writeAtomic(join(this.dir, 'index.json'), JSON.stringify({ entries, raw: this.raw }))
    for (const f of readdirSync(this.dir)) {
      if (f.endsWith('.json') && f !== 'index.json' && !this.used.has(f.slice(0, -5))) rmSync(join(this.dir, f))
    }
  }
}

export const GENERATED_DIRS = ['sources', 'articles', 'reports', 'enterprises', 'projects', 'metrics', 'events', 'extraction'] as const

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

function listGenerated(outDir: string): string[] {
  return GENERATED_DIRS.flatMap((d) => (existsSync(join(outDir, d)) ? readdirSync(join(outDir, d)).map((f) => `${d}/${f}`) : []))
}

/**
 * Bring the content folder to exactly `wanted`: write what changed, delete what is
 * stale. A file the manifest vouches for (same text hash, size and mtime as when
 * written) is not read back, so a re-run after adding one source stays cheap.
 */
export function syncGenerated(outDir: string, wanted: Map<string, ContentFile>, manifestPath?: string): { written: number; removed: number; unchanged: number } {
  const manifest: Manifest = manifestPath ? readKept<Manifest>(manifestPath, {}) : {}
  const next: Manifest = {}
  const present = new Set(listGenerated(outDir))
  let written = 0
  let removed = 0
  let manifestStale = Object.keys(manifest).length !== wanted.size
  for (const [path, { hash, text }] of wanted) {
    const full = join(outDir, path)
    let same = false
    let st = present.has(path) ? statSync(full) : null
    if (st) {
      const known = manifest[path]
      same = known !== undefined && known.hash === hash && known.size === st.size && known.mtimeMs === st.mtimeMs
      if (!same) same = readFileSync(full, 'utf8') === text()
    }
    if (!same) {
      mkdirSync(dirname(full), { recursive: true })
      writeAtomic(full, text())
      written++
      st = statSync(full)
    }
    next[path] = { hash, size: st!.size, mtimeMs: st!.mtimeMs }
    const known = manifest[path]
    if (!known || known.hash !== hash || known.size !== st!.size || known.mtimeMs !== st!.mtimeMs) manifestStale = true
  }
  for (const path of present) {
    if (!wanted.has(path)) {
      rmSync(join(outDir, path))
      removed++
    }
  }
  if (manifestPath && (manifestStale || removed > 0)) {
    mkdirSync(dirname(manifestPath), { recursive: true })
    writeAtomic(manifestPath, JSON.stringify(next))
  }
  return { written, removed, unchanged: wanted.size - written }
}

/** Paths whose content differs between the content folder and what the ingest would write. */
export function diffGenerated(outDir: string, wanted: Map<string, ContentFile>): string[] {
  const existing = readGenerated(outDir)
  const diff: string[] = []
  for (const [path, f] of wanted) if (existing.get(path) !== f.text()) diff.push(existing.has(path) ? `changed: ${path}` : `missing: ${path}`)
  for (const path of existing.keys()) if (!wanted.has(path)) diff.push(`stale: ${path}`)
  return diff.sort()
}

/**
 * Rendered entity, figure and event files by a hash of what they hold: YAML output is
 * the slow part of writing tens of thousands of small files, and most of them are the
 * same from one run to the next.
 */
export class RenderCache {
  readonly entries: Map<string, string>
  private readonly path: string
  constructor(dir: string, version: string) {
    this.path = join(dir, version, 'rendered.cache')
    this.entries = new Map(readKept<[string, string][]>(this.path, []))
    this.loaded = new Set(this.entries.keys())
  }
  private readonly loaded: Set<string>
  /** Keep only what this run used. */
  save(used: Iterable<string>) {
    const keep = new Set(used)
    // nothing rendered anew and nothing dropped: the file on disk is already this
    if (keep.size === this.entries.size && [...keep].every((k) => this.loaded.has(k))) return
    mkdirSync(dirname(this.path), { recursive: true })
    writeAtomic(this.path, JSON.stringify([...this.entries].filter(([k]) => keep.has(k))))
  }
}
