// Build time: search documents → the files the browser fetches.
//   manifest.json                small: symbols, shard starts, traditional map, examples
//   <version>/g/<family>-<n>.json the gram index (shards.ts): a query fetches only the
//                                shards of its own keys, so its cost does not grow with
//                                the archive
//   <version>/c/<type>-<n>.json  documents to rank and show, a few per file, each file
//                                with the Fuse index of its documents (createIndex, serialised)
import { createHash } from 'node:crypto'
import { fuseIndexJson } from './fuse.ts'
import { documentBigrams, initialPairs, syllableGrams, type Gram } from './ngrams.ts'
import { codePoints, decodePairs, normalise, type CharMap } from './normalise.ts'
import { namePinyin } from './pinyin.ts'
import { encodePostings, FLAG_BITS, IN_NAME, type Posting } from './postings.ts'
import { FAMILIES, packShards, type Family, type KeyEntry } from './shards.ts'
import { encodePairs, traditionalPairs } from './traditional.ts'
import { DOC_TYPES, TYPE_LABELS, type Card, type Chunk, type FuseDoc, type Manifest, type SearchDocument, type TypeRange } from './types.ts'

export interface BuildOptions {
  /**
   * Leave the bigram shards out and let the browser find bigrams in the documents, which
   * it then fetches all at once: for a small archive the text is smaller than an index
   * of it. 'auto' (the default) does so when the documents weigh at most `scanBytes`.
   */
  scan?: boolean | 'auto'
  scanBytes?: number
  /** aim for shards of about this many characters before gzip */
  shardChars?: number
  /** aim for chunk files of about this many bytes before gzip */
  chunkBytes?: number
}

export interface IndexFiles {
  manifest: Manifest
  /** by file name without extension: 'b-12' */
  shards: Map<string, string>
  /** by file name without extension: 'article-12' */
  chunks: Map<string, Chunk>
}

export const chunkName = (type: string, n: number) => `${type}-${n}`
export const shardName = (family: Family, n: number) => `${family}-${n}`

const names = (d: SearchDocument) => [d.title, ...d.aliases]

/**
 * Things readers name aloud, and so may type in pinyin: stories, enterprises, projects.
 * A figure is found by its number and an event by its words; their pinyin would cost
 * bytes for nothing.
 */
const SPOKEN: ReadonlySet<string> = new Set(['article', 'enterprise', 'project'])

/** Posting lists by family and key (symbols joined with a space). */
class PostingTable {
  readonly lists: Record<Family, Map<string, { gram: Gram; postings: Posting[] }>> = { b: new Map(), p: new Map(), i: new Map() }
  add(family: Family, gram: Gram, doc: number, flags = 0) {
    const id = gram.join(' ')
    let entry = this.lists[family].get(id)
    if (!entry) this.lists[family].set(id, (entry = { gram, postings: [] }))
    // documents are added in order, so each list stays sorted
    if (entry.postings.at(-1)?.doc !== doc) entry.postings.push({ doc, flags })
  }
}

function indexDocument(table: PostingTable, d: SearchDocument, doc: number, t2s: CharMap) {
  const normNames = names(d).map((n) => normalise(n, t2s).text)
  const others = [...d.context, d.text].map((f) => normalise(f, t2s).text)
  for (const [g, flags] of documentBigrams(normNames, others)) {
    const [a, b] = codePoints(g)
    table.add('b', [a!, b!], doc, flags)
  }
  for (const c of new Set(normNames.flatMap(codePoints))) table.add('b', [c], doc, IN_NAME)
  const pinyin = SPOKEN.has(d.type) ? normNames.map(namePinyin) : []
  for (const p of pinyin) {
    for (const g of syllableGrams(p.syllables)) table.add('p', g, doc)
    for (const g of initialPairs(p.initials)) table.add('i', g, doc)
  }
  const card: Card = {
    u: d.url,
    t: d.display ?? d.title,
    m: d.meta,
    ...(d.aliases.length ? { a: d.aliases } : {}),
    ...(d.context.length ? { c: d.context } : {}),
    ...(d.text ? { x: d.text } : {}),
    ...(pinyin[0] ? { l: pinyin[0].syllables.map((s) => Math.min(s.length, 9)).join('') } : {}),
  }
  const fuseDoc: FuseDoc = {
    n: normNames[0]!,
    a: normNames.slice(1),
    c: d.context.map((c) => normalise(c, t2s).text),
    p: pinyin.map((p) => p.full),
    i: pinyin.map((p) => p.initials),
  }
  return { card, fuseDoc }
}

/** Documents up to this weight (JSON of their cards, before gzip) are searched by scanning. */
export const SCAN_BYTES = 256 * 1024

/** Symbols numbered by how many keys use them, most first (small numbers, short gaps). */
function symbolOrder(grams: Iterable<Gram>): string[] {
  const counts = new Map<string, number>()
  for (const g of grams) for (const s of g) counts.set(s, (counts.get(s) ?? 0) + 1)
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([s]) => s)
}

export function buildSearchIndex(input: SearchDocument[], options: BuildOptions = {}): IndexFiles {
  const shardChars = options.shardChars ?? 24_000
  const chunkBytes = options.chunkBytes ?? 8_000
  const docs = DOC_TYPES.flatMap((type) => input.filter((d) => d.type === type))

  const chars = new Set<string>()
  for (const d of docs) for (const s of [...names(d), ...d.context, d.text]) for (const c of s) chars.add(c)
  const t2sPairs = encodePairs(traditionalPairs(chars))
  const t2s = decodePairs(t2sPairs)

  const table = new PostingTable()
  const cards: Card[] = []
  const fuseDocs: FuseDoc[] = []
  docs.forEach((d, doc) => {
    const { card, fuseDoc } = indexDocument(table, d, doc, t2s)
    cards.push(card)
    fuseDocs.push(fuseDoc)
  })

  const cardBytes = cards.reduce((n, c) => n + Buffer.byteLength(JSON.stringify(c)), 0)
  const scan = options.scan === true || (options.scan !== false && cardBytes <= (options.scanBytes ?? SCAN_BYTES))

  const written = FAMILIES.filter((f) => !(scan && f === 'b'))
  const charSymbols = symbolOrder(written.filter((f) => f !== 'p').flatMap((f) => [...table.lists[f].values()].map((e) => e.gram)))
  const syllableSymbols = symbolOrder([...table.lists.p.values()].map((e) => e.gram))
  const charIndex = new Map(charSymbols.map((c, i) => [c, i]))
  const syllableIndex = new Map(syllableSymbols.map((c, i) => [c, i]))
  const shards = new Map<string, string>()
  const starts: Record<string, number[]> = {}
  for (const family of written) {
    const index = family === 'p' ? syllableIndex : charIndex
    const entries: KeyEntry[] = [...table.lists[family].values()].map(({ gram, postings }) => ({
      x: index.get(gram[0])!,
      y: gram.length === 2 ? index.get(gram[1])! : -1,
      postings: encodePostings(postings, family === 'b' ? FLAG_BITS : 0),
    }))
    const packed = packShards(entries, keySpan(family, charSymbols.length, syllableSymbols.length), shardChars)
    starts[family] = packed.starts
    packed.files.forEach((text, n) => shards.set(shardName(family, n), text))
  }

  // Chunks: consecutive documents of one type, as many as fit the size aimed at.
  const types: TypeRange[] = []
  const chunks = new Map<string, Chunk>()
  let start = 0
  for (const type of DOC_TYPES) {
    const count = docs.filter((d) => d.type === type).length
    if (count === 0) continue
    const bytes = cards.slice(start, start + count).reduce((n, c) => n + Buffer.byteLength(JSON.stringify(c)), 0)
    // Scanning fetches every chunk: then fewer, larger files compress better.
    const perChunk = scan ? Math.min(count, 512) : Math.max(1, Math.min(256, Math.floor(chunkBytes / (bytes / count))))
    types.push({ type, label: TYPE_LABELS[type], start, count, perChunk })
    for (let n = 0; n * perChunk < count; n++) {
      const from = start + n * perChunk
      const to = Math.min(start + count, from + perChunk)
      chunks.set(chunkName(type, n), { cards: cards.slice(from, to), records: fuseIndexJson(fuseDocs.slice(from, to)).records })
    }
    start += count
  }

  const fuseKeys = fuseIndexJson([]).keys as unknown[]
  const body = { docs: docs.length, scan, types, chars: charSymbols.join(''), syllables: syllableSymbols.join(' '), shards: starts, t2s: t2sPairs, fuseKeys, examples: examples(docs) }
  const hash = createHash('sha256').update(JSON.stringify(body))
  for (const [name, text] of shards) hash.update(`${name}\n${text}\n`)
  for (const [name, c] of chunks) hash.update(`${name}\n${JSON.stringify(c)}\n`)
  return { manifest: { version: hash.digest('hex').slice(0, 12), ...body }, shards, chunks }
}

/** K of keyId() for a family: the y alphabet plus one for "no y". */
export function keySpan(family: Family, chars: number, syllables: number): number {
  return family === 'p' ? syllables + 1 : chars + 1
}

/**
 * Queries for the empty search page, taken from the archive itself: the shortest name of
 * the first few entities, then what headlines put in quotation marks (the names of
 * campaigns, events and products readers look for), the most frequent first.
 */
export function examples(docs: SearchDocument[], max = 6): string[] {
  const out: string[] = []
  // Most-mentioned first (documents.ts); a name too long to type is no example.
  for (const [type, n] of [['enterprise', 2], ['project', 2], ['event', 1]] as const) {
    const short = docs
      .filter((x) => x.type === type)
      .map((d) => [...names(d)].sort((a, b) => a.length - b.length)[0]!)
      .filter((name) => [...name].length <= 10)
    out.push(...short.slice(0, n))
  }
  const counts = new Map<string, number>()
  for (const d of docs.filter((x) => x.type === 'article')) {
    for (const m of d.title.matchAll(/[“"「]([^”"」]+)[”"」]/g)) {
      const quoted = m[1]!
      if (/^\p{Script=Han}{2,8}$/u.test(quoted)) counts.set(quoted, (counts.get(quoted) ?? 0) + 1)
    }
  }
  // Map order is first appearance; the sort is stable.
  for (const [q] of [...counts].sort(([, a], [, b]) => b - a)) if (!out.includes(q)) out.push(q)
  return out.slice(0, max)
}
