// The search itself, the same code in the browser (in a worker) and in the tests. It
// fetches the manifest once, then per query only the gram shards of the query's keys and
// the chunk files of the candidates it ranks.
//
//   1. candidates from the gram index: documents holding every bigram of every term
//      (phrases, found however deep in a body), documents whose names share bigrams or
//      characters with the query (typos), documents whose names' pinyin or initials hold
//      a Latin query, and for a phrase found nowhere, passages sharing its rarer bigrams;
//   2. a cheap first score from the postings alone picks the few worth fetching;
//   3. the fetched documents are checked for the phrase verbatim and ranked (rank.ts),
//      Fuse scoring the near misses on names and passages.
import { Fuse, FUSE_OPTIONS, FUSE_PATTERN_LIMIT, NAME_KEY, PASSAGE_WEIGHT } from './fuse.ts'
import { lookupBigrams } from './ngrams.ts'
import { codePoints, decodePairs, normalise, queryTerms, type CharMap } from './normalise.ts'
import { decodePostings, FLAG_BITS, IN_NAME, tfBucket, type DecodedPostings } from './postings.ts'
import { nameEvidence, score, textEvidence, TIER, type Evidence, type Names } from './rank.ts'
import { keyId, readShard, shardFor, type Family } from './shards.ts'
import { charRanges, merge, oneLine, segments, snippet, termRanges, type Range, type Segment } from './snippet.ts'
import { compactLatin, isLatinQuery, segmentPinyin } from './syllables.ts'
import type { Card, Chunk, DocType, Manifest, TypeRange } from './types.ts'

/** Fetches an index file by its path under the index root and parses its JSON. */
export type Loader = (path: string) => Promise<unknown>

export interface Hit {
  doc: number
  type: DocType
  /** relative to the site root */
  url: string
  title: Segment[]
  meta: string
  snippet: Segment[]
  tier: number
  score: number
}

export interface Group {
  type: DocType
  label: string
  /** how many documents of this type match (all of them, not only those shown) */
  count: number
  hits: Hit[]
}

export interface Results {
  query: string
  terms: string[]
  total: number
  /** best first, all groups together */
  hits: Hit[]
  /** ordered by their best hit */
  groups: Group[]
  /** parts of the query that do occur, when nothing matched */
  suggestions: string[]
}

export interface SearchOptions {
  /** how many of each type to rank and return (besides the best `top`) */
  perType?: number
  /** how many of the best first scores, whatever their type, to rank and return */
  top?: number
  /** only this type (for "more results") */
  type?: DocType
  /** skip this many of the type's candidates (with `type`) */
  offset?: number
}

interface Key {
  family: Family
  id: number
}

interface Candidate {
  doc: number
  /** holds every bigram of every term */
  phrase: boolean
  /** shares rarer bigrams with a query found nowhere verbatim (a typo in a passage) */
  passage: boolean
  /** first score, from the postings alone */
  pre: number
}

interface ScannedDocument {
  names: string[]
  others: string[]
}

/**
 * One bigram's posting list, found in the documents themselves: the flags
 * documentBigrams (ngrams.ts) gives the build, counted here for this bigram only.
 */
function scanBigram(documents: readonly ScannedDocument[], gram: string): DecodedPostings | null {
  const docs: number[] = []
  const flags: number[] = []
  // A single character is looked up in names only (build.ts: a name character key).
  const single = codePoints(gram).length === 1
  documents.forEach((d, doc) => {
    let count = 0
    let inName = false
    for (const [i, field] of (single ? d.names : [...d.names, ...d.others]).entries()) {
      for (let at = field.indexOf(gram); at >= 0; at = field.indexOf(gram, at + 1)) {
        count++
        if (i < d.names.length) inName = true
      }
    }
    if (count > 0) {
      docs.push(doc)
      flags.push(single ? IN_NAME : (inName ? IN_NAME : 0) + tfBucket(count))
    }
  })
  return docs.length ? { docs: Int32Array.from(docs), flags: Uint8Array.from(flags) } : null
}

interface ShardData {
  text: string
  keys: Map<number, [number, number]>
}

const idf = (docs: number, df: number) => Math.log(1 + docs / Math.max(1, df))

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length))
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++
    else if (a[i]! > b[j]!) j++
    else {
      out[n++] = a[i]!
      i++
      j++
    }
  }
  return out.subarray(0, n)
}

export class SearchIndex {
  readonly manifest: Manifest
  readonly t2s: CharMap
  private readonly load: Loader
  private readonly chars: Map<string, number>
  private readonly syllables: Map<string, number>
  private readonly shards = new Map<string, Promise<ShardData>>()
  private readonly chunks = new Map<string, Promise<Chunk>>()
  private readonly decoded = new Map<string, DecodedPostings | null>()
  private scanned: Promise<ScannedDocument[]> | null = null

  static async open(load: Loader): Promise<SearchIndex> {
    return new SearchIndex((await load('manifest.json')) as Manifest, load)
  }

  constructor(manifest: Manifest, load: Loader) {
    this.manifest = manifest
    this.load = load
    this.t2s = decodePairs(manifest.t2s)
    this.chars = new Map(codePoints(manifest.chars).map((c, i) => [c, i]))
    this.syllables = new Map(manifest.syllables.split(' ').map((s, i) => [s, i]))
  }

  /** The key of a gram, or null when the archive has no such symbol (so no such key). */
  private key(family: Family, x: string, y?: string): Key | null {
    const symbols = family === 'p' ? this.syllables : this.chars
    const xi = symbols.get(x)
    const yi = y === undefined ? -1 : symbols.get(y)
    if (xi === undefined || yi === undefined) return null
    return { family, id: keyId(xi, yi, symbols.size + 1) }
  }

  private shard(name: string, start: number): Promise<ShardData> {
    let p = this.shards.get(name)
    if (!p) {
      p = this.load(`${this.manifest.version}/g/${name}.json`).then((text) => ({ text: text as string, keys: readShard(text as string, start) }))
      p.catch(() => this.shards.delete(name))
      this.shards.set(name, p)
    }
    return p
  }

  /** Posting lists of `keys`, fetching every shard needed at once; null where a key is absent. */
  async postings(keys: (Key | null)[]): Promise<(DecodedPostings | null)[]> {
    const located = keys.map((k) => {
      if (!k) return null
      const starts = this.manifest.shards[k.family] ?? []
      const n = shardFor(starts, k.id)
      return n < 0 ? null : { key: k, name: `${k.family}-${n}`, start: starts[n]! }
    })
    const data = await Promise.all(located.map((l) => (l ? this.shard(l.name, l.start) : null)))
    return located.map((l, i) => {
      if (!l) return null
      const cacheKey = `${l.key.family}:${l.key.id}`
      if (!this.decoded.has(cacheKey)) {
        const range = data[i]!.keys.get(l.key.id)
        this.decoded.set(cacheKey, range ? decodePostings(data[i]!.text, l.key.family === 'b' ? FLAG_BITS : 0, range[0], range[1]) : null)
      }
      return this.decoded.get(cacheKey)!
    })
  }

  /**
   * Posting lists of bigrams (and of single characters of names): from the shards, or
   * found in the documents of a small archive.
   */
  private async bigramPostings(grams: string[]): Promise<(DecodedPostings | null)[]> {
    if (!this.manifest.scan) {
      return this.postings(
        grams.map((g) => {
          const [a, b] = codePoints(g)
          return this.key('b', a!, b)
        }),
      )
    }
    this.scanned ??= this.scanDocuments()
    const fields = await this.scanned
    return grams.map((g) => {
      const cacheKey = `b:${g}`
      if (!this.decoded.has(cacheKey)) this.decoded.set(cacheKey, scanBigram(fields, g))
      return this.decoded.get(cacheKey)!
    })
  }

  /** Every document's normalised names and other fields, as the build indexed them. */
  private async scanDocuments(): Promise<ScannedDocument[]> {
    const names = this.manifest.types.flatMap((t) => Array.from({ length: Math.ceil(t.count / t.perChunk) }, (_, n) => `${t.type}-${n}`))
    const chunks = await Promise.all(names.map((n) => this.chunk(n)))
    return chunks.flatMap((chunk) =>
      chunk.cards.map((card, i) => {
        const record = chunk.records[i] as FuseRecord
        return {
          names: [...recordValues(record, 0), ...recordValues(record, 1)],
          others: [...recordValues(record, 2), normalise(card.x ?? '', this.t2s).text],
        }
      }),
    )
  }

  typeOf(doc: number): TypeRange {
    return this.manifest.types.find((t) => doc >= t.start && doc < t.start + t.count)!
  }

  private chunkOf(doc: number): { name: string; at: number } {
    const t = this.typeOf(doc)
    const local = doc - t.start
    return { name: `${t.type}-${Math.floor(local / t.perChunk)}`, at: local % t.perChunk }
  }

  private chunk(name: string): Promise<Chunk> {
    let p = this.chunks.get(name)
    if (!p) {
      p = this.load(`${this.manifest.version}/c/${name}.json`) as Promise<Chunk>
      p.catch(() => this.chunks.delete(name))
      this.chunks.set(name, p)
    }
    return p
  }

  /** What every query needs, fetched ahead of the first: for a small archive, all its documents. */
  async prepare(): Promise<void> {
    if (this.manifest.scan) {
      this.scanned ??= this.scanDocuments()
      await this.scanned
    }
  }

  /** Every document holding every bigram of every term of `query` (what a phrase search can reach). */
  async phraseDocuments(query: string): Promise<Int32Array> {
    const terms = queryTerms(query, this.t2s)
    if (terms.length === 0) return new Int32Array(0)
    return (await this.candidates(terms, null)).phraseDocs
  }

  /** The page a document number stands for. */
  async documentUrl(doc: number): Promise<string> {
    const { name, at } = this.chunkOf(doc)
    return (await this.chunk(name)).cards[at]!.u
  }

  async search(query: string, options: SearchOptions = {}): Promise<Results> {
    const perType = options.perType ?? 0
    const terms = queryTerms(query, this.t2s)
    const empty: Results = { query, terms, total: 0, hits: [], groups: [], suggestions: [] }
    if (terms.length === 0) return empty
    const latin = isLatinQuery(query) ? compactLatin(query) : null
    const { candidates, phraseDocs, suggestions } = await this.candidates(terms, latin)

    // The few worth fetching: the best first scores overall, and of each type (or, for
    // one type, the next page of it). Each costs a chunk file: few files, few round trips.
    const byType = new Map<DocType, Candidate[]>()
    const ordered = [...candidates.values()].sort((a, b) => b.pre - a.pre || a.doc - b.doc)
    for (const c of ordered) {
      const type = this.typeOf(c.doc).type
      if (options.type && type !== options.type) continue
      const list = byType.get(type) ?? []
      list.push(c)
      byType.set(type, list)
    }
    const offset = options.type ? (options.offset ?? 0) : 0
    const chosen = new Set([...byType.values()].flatMap((list) => list.slice(offset, offset + perType)))
    if (!options.type) for (const c of ordered.slice(0, options.top ?? 6)) chosen.add(c)
    const hits = await this.rank([...chosen], terms, latin)

    const counts = new Map<DocType, number>()
    for (const doc of phraseDocs) {
      const type = this.typeOf(doc).type
      counts.set(type, (counts.get(type) ?? 0) + 1)
    }
    for (const h of hits) {
      if (!candidates.get(h.doc)!.phrase) counts.set(h.type, (counts.get(h.type) ?? 0) + 1)
    }
    const groups: Group[] = []
    for (const h of hits) {
      let g = groups.find((x) => x.type === h.type)
      if (!g) {
        const range = this.manifest.types.find((t) => t.type === h.type)!
        groups.push((g = { type: h.type, label: range.label, count: counts.get(h.type) ?? 0, hits: [] }))
      }
      g.hits.push(h)
    }
    const total = groups.reduce((n, g) => n + g.count, 0)
    return { query, terms, total, hits, groups, suggestions: total === 0 ? suggestions : [] }
  }

  /** The keys a query is looked up by. */
  private plan(terms: string[], latin: string | null) {
    const joined = terms.join('')
    const joinedChars = codePoints(joined)
    const long = terms.filter((t) => codePoints(t).length >= 2)
    const phraseGrams = long.map((t) => lookupBigrams(t))
    const nameGrams = !latin && joinedChars.length <= 8 ? lookupBigrams(joined, 8) : []
    // Single characters of names: a one-character query, or a three-character one whose
    // middle character is mistyped (no bigram of it survives).
    const nameChars = !latin && (joinedChars.length === 1 || joinedChars.length === 3) ? [...new Set(joinedChars)] : []
    const segs = latin ? segmentPinyin(terms.join(' ')) : []
    const syllableKeys = segs.map((s) => {
      const syl = s.syllables
      if (syl.length === 0) return []
      if (syl.length === 1) return [this.key('p', syl[0]!)]
      return syl.slice(1).map((y, i) => this.key('p', syl[i]!, y))
    })
    const initials = latin && latin.length >= 2 && latin.length <= 12 ? codePoints(latin) : []
    const initialKeys = initials.slice(1).map((y, i) => this.key('i', initials[i]!, y))
    const bigramSet = [...new Set([...phraseGrams.flat(), ...nameGrams])]
    return { joined, joinedChars, long, phraseGrams, nameGrams, nameChars, syllableKeys, initialKeys, bigramSet }
  }

  /**
   * Fetches what `query` will be looked up by, without searching: called on every
   * keystroke, so the shards of a query are mostly in hand when the reader pauses.
   */
  async prefetch(query: string): Promise<void> {
    const terms = queryTerms(query, this.t2s)
    if (terms.length === 0) return
    const p = this.plan(terms, isLatinQuery(query) ? compactLatin(query) : null)
    await Promise.all([this.bigramPostings([...p.bigramSet, ...p.nameChars]), this.postings([...p.syllableKeys.flat(), ...p.initialKeys])])
  }

  private async candidates(terms: string[], latin: string | null) {
    const docs = this.manifest.docs
    const { joined, joinedChars, long, phraseGrams, nameGrams, nameChars, syllableKeys, initialKeys, bigramSet } = this.plan(terms, latin)

    // Every key the query needs, fetched together.
    const [bigramLists, lists] = await Promise.all([
      this.bigramPostings([...bigramSet, ...nameChars]),
      this.postings([...syllableKeys.flat(), ...initialKeys]),
    ])
    const bigramList = new Map(bigramSet.map((g, i) => [g, bigramLists[i] ?? null]))
    const charLists = bigramLists.slice(bigramSet.length)
    let at = 0
    const syllableLists = syllableKeys.map((keys) => {
      const mine = lists.slice(at, at + keys.length)
      at += keys.length
      return mine
    })
    const initialLists = lists.slice(at)

    // Evidence per document number, in flat arrays: a common bigram can list most of the archive.
    const seen = new Uint8Array(docs)
    const touched: number[] = []
    const touch = (doc: number) => {
      if (!seen[doc]) {
        seen[doc] = 1
        touched.push(doc)
      }
    }
    const phrase = new Uint8Array(docs)
    const phraseInName = new Uint8Array(docs)
    const tf = new Float32Array(docs)
    const nameHits = new Float32Array(docs)
    const passageHits = new Float32Array(docs)
    const pinyin = new Uint8Array(docs)

    // Phrases: every bigram of every term (a one-character query: names holding it).
    let phraseDocs: Int32Array = new Int32Array(0)
    const phraseLists = phraseGrams.flat().map((g) => bigramList.get(g) ?? null)
    if (long.length > 0) {
      if (phraseLists.every((l) => l && l.docs.length > 0)) {
        const sorted = (phraseLists as DecodedPostings[]).slice().sort((a, b) => a.docs.length - b.docs.length)
        phraseDocs = sorted.reduce((acc, l) => intersect(acc, l.docs), sorted[0]!.docs)
        for (const doc of phraseDocs) {
          touch(doc)
          phrase[doc] = 1
          phraseInName[doc] = 1
        }
        // Walk each list alongside the (sorted) phrase documents for their flags.
        for (const l of sorted) {
          let j = 0
          for (const doc of phraseDocs) {
            while (l.docs[j]! < doc) j++
            const f = l.flags[j]!
            if (!(f & IN_NAME)) phraseInName[doc] = 0
            tf[doc] = tf[doc]! + (f & 3) / 3 / sorted.length
          }
        }
      }
    } else if (terms.length === 1 && charLists.length === 1 && charLists[0]) {
      phraseDocs = charLists[0].docs
      for (const doc of phraseDocs) {
        touch(doc)
        phrase[doc] = 1
        phraseInName[doc] = 1
      }
    }

    // Near misses on names: documents whose names share the query's bigrams and characters.
    for (const g of nameGrams) {
      const l = bigramList.get(g)
      if (!l) continue
      const w = idf(docs, l.docs.length)
      for (let i = 0; i < l.docs.length; i++) {
        if (l.flags[i]! & IN_NAME) {
          const doc = l.docs[i]!
          touch(doc)
          nameHits[doc] = nameHits[doc]! + w
        }
      }
    }
    if (joinedChars.length === 3) {
      for (const l of charLists) {
        if (!l) continue
        const w = idf(docs, l.docs.length) / 2
        for (const doc of l.docs) {
          touch(doc)
          nameHits[doc] = nameHits[doc]! + w
        }
      }
    }
    // A phrase found nowhere verbatim may be a typo: passages sharing its rarer bigrams
    // (for a long query, fetched now: most phrases are found, and need no second round).
    if (phraseDocs.length === 0 && !latin && long.length === 1 && joinedChars.length >= 4) {
      const typoGrams = lookupBigrams(joined, 8)
      const missing = typoGrams.filter((g) => !bigramList.has(g))
      const fetched = await this.bigramPostings(missing)
      missing.forEach((g, i) => bigramList.set(g, fetched[i] ?? null))
      for (const g of typoGrams) {
        const l = bigramList.get(g)
        if (!l || l.docs.length > docs / 4) continue
        const w = idf(docs, l.docs.length)
        for (const doc of l.docs) {
          touch(doc)
          passageHits[doc] = passageHits[doc]! + w
        }
      }
    }
    // Pinyin: all syllable pairs of one reading of the query; initials: all letter pairs.
    const all = (ls: (DecodedPostings | null)[]) =>
      ls.length && ls.every((l) => l) ? (ls as DecodedPostings[]).reduce((acc, l) => intersect(acc, l.docs), ls[0]!.docs) : new Int32Array(0)
    for (const ls of syllableLists) {
      for (const doc of all(ls)) {
        touch(doc)
        pinyin[doc] = 2
      }
    }
    if (initialLists.length) {
      for (const doc of all(initialLists)) {
        touch(doc)
        pinyin[doc] ||= 1
      }
    }

    let maxName = 1e-9
    let maxPassage = 1e-9
    for (const doc of touched) {
      maxName = Math.max(maxName, nameHits[doc]!)
      maxPassage = Math.max(maxPassage, passageHits[doc]!)
    }
    const candidates = new Map<number, Candidate>()
    for (const doc of touched) {
      const pre =
        (phrase[doc] ? 4 + (phraseInName[doc] ? 4 : 0) + tf[doc]! : 0) + pinyin[doc]! * 3 + (3 * nameHits[doc]!) / maxName + passageHits[doc]! / maxPassage
      candidates.set(doc, { doc, phrase: phrase[doc] === 1, passage: passageHits[doc]! > 0, pre })
    }
    // Nothing matched: the parts of the query that do occur, most common first.
    const suggestions = [...bigramList]
      .filter(([g, l]) => l && l.docs.length > 0 && joined.includes(g))
      .sort(([, a], [, b]) => b!.docs.length - a!.docs.length)
      .map(([g]) => g)
      .slice(0, 5)
    return { candidates, phraseDocs, suggestions }
  }

  /** Fetches the candidates' documents and orders them; those with no evidence drop out. */
  private async rank(chosen: Candidate[], terms: string[], latin: string | null): Promise<Hit[]> {
    const located = chosen.map((c) => ({ c, ...this.chunkOf(c.doc) }))
    const chunks = await Promise.all(located.map((l) => this.chunk(l.name)))
    const docs = located.map((l, i) => ({ c: l.c, card: chunks[i]!.cards[l.at]!, record: chunks[i]!.records[l.at] as FuseRecord }))

    // Fuse over the candidates' names, from the records serialised at build time.
    const pattern = latin ?? terms.join('')
    const fuzzy = new Map<number, { score: number; title: Range[] }>()
    if (codePoints(pattern).length >= 2 && codePoints(pattern).length <= FUSE_PATTERN_LIMIT && docs.length > 0) {
      const index = Fuse.parseIndex<Card>({
        keys: this.manifest.fuseKeys as never,
        records: docs.map((d, i) => ({ ...d.record, i })) as never,
      })
      const fuse = new Fuse(
        docs.map((d) => d.card),
        FUSE_OPTIONS as never,
        index,
      )
      for (const r of fuse.search(pattern)) {
        const title = (r.matches ?? []).filter((m) => m.key === NAME_KEY).flatMap((m) => m.indices.map(([s, e]): Range => [s, e + 1]))
        fuzzy.set(r.refIndex, { score: r.score ?? 1, title })
      }
    }

    const hits: Hit[] = []
    docs.forEach(({ c, card, record }, i) => {
      const type = this.typeOf(c.doc).type
      const title = normalise(card.t, this.t2s)
      // The names as indexed (normalised at build time), in FUSE_KEYS order.
      const names: Names = {
        names: [...recordValues(record, 0), ...recordValues(record, 1)],
        context: recordValues(record, 2),
        pinyin: recordValues(record, 3),
        initials: recordValues(record, 4),
      }
      // A thing without text of its own (an enterprise, a project) shows its other names.
      const flat = oneLine(card.x ?? (card.a?.length ? `又称${card.a.join('、')}` : (card.c ?? []).join(' · ')))
      const text = normalise(flat, this.t2s)
      let evidence: Evidence | null = nameEvidence(names, terms, latin) ?? textEvidence(type, text.text, terms)
      let titleRanges: Range[] = []
      let textRanges: Range[] = termRanges(text, flat, terms)
      if (evidence?.tier === TIER.pinyin) {
        // Syllable lengths are those of the name; a title shown differently gets no marks.
        if (title.text === names.names[0]) titleRanges = pinyinRanges(title, card.t, card.l ?? '', names, latin!)
      }
      else if (evidence) titleRanges = termRanges(title, card.t, terms)
      else {
        const f = fuzzy.get(i)
        const passage = c.passage && !latin ? passageMatch(text, flat, terms.join('')) : null
        if (f && (!passage || f.score <= Math.pow(passage.score, PASSAGE_WEIGHT))) {
          evidence = { tier: TIER.fuzzy, fit: f.score }
          if (title.text === names.names[0]) titleRanges = charRanges(title, card.t, queryLength(f.title, codePoints(pattern).length, title.text.length))
        } else if (passage) {
          // On Fuse's scale for a match in a key of the lightest weight (Fuse raises each
          // key's score to its normalised weight): a near miss in a passage never outranks
          // one in a name.
          evidence = { tier: TIER.fuzzy, fit: Math.pow(passage.score, PASSAGE_WEIGHT) }
          textRanges = passage.ranges
        } else if (c.phrase) evidence = { tier: TIER.scattered, fit: 0 }
      }
      if (!evidence) return
      hits.push({
        doc: c.doc,
        type,
        url: card.u,
        title: segments(card.t, merge(titleRanges)),
        meta: card.m,
        snippet: snippet(flat, textRanges),
        tier: evidence.tier,
        score: score(type, evidence),
      })
    })
    const pre = new Map(chosen.map((c) => [c.doc, c.pre]))
    return hits.sort((a, b) => a.score - b.score || pre.get(b.doc)! - pre.get(a.doc)! || a.doc - b.doc)
  }
}

interface FuseRecord {
  i: number
  $: Record<string, { v: string } | { v: string }[]>
}

/** The strings a serialised Fuse record holds for key number `k` (see FUSE_KEYS). */
function recordValues(record: FuseRecord, k: number): string[] {
  const v = record.$[k]
  return v === undefined ? [] : Array.isArray(v) ? v.map((x) => x.v) : [v.v]
}

/** The title characters whose syllables (or initials) spell the Latin query. */
function pinyinRanges(title: ReturnType<typeof normalise>, source: string, lengths: string, names: Names, latin: string): Range[] {
  const full = names.pinyin[0] ?? ''
  const at = full.indexOf(latin)
  if (at >= 0) {
    let pos = 0
    let first = -1
    let last = -1
    for (let ch = 0; ch < lengths.length; ch++) {
      const len = Number(lengths[ch])
      if (pos + len > at && pos < at + latin.length) {
        if (first < 0) first = ch
        last = ch
      }
      pos += len
    }
    return first < 0 ? [] : charRanges(title, source, [[first, last + 1]])
  }
  const ini = (names.initials[0] ?? '').indexOf(latin)
  return ini >= 0 ? charRanges(title, source, [[ini, ini + latin.length]]) : []
}

/**
 * One mark over a query's length from the first matched character, the misspelt ones
 * included: Fuse leaves out matched runs shorter than minMatchCharLength.
 */
function queryLength(spans: readonly Range[], length: number, limit: number): Range[] {
  if (spans.length === 0) return []
  const first = Math.min(...spans.map(([s]) => s))
  const last = Math.min(limit, Math.max(first + length, ...spans.map(([, e]) => e)))
  return [[first, last]]
}

/** The best near match of `query` in a text, judged by Fuse around each shared bigram. */
function passageMatch(text: ReturnType<typeof normalise>, source: string, query: string): { score: number; ranges: Range[] } | null {
  const q = codePoints(query)
  if (q.length > FUSE_PATTERN_LIMIT) return null
  let best: { score: number; ranges: Range[] } | null = null
  const seen = new Set<number>()
  for (let i = 0; i + 1 < q.length; i++) {
    const g = q[i]! + q[i + 1]!
    for (let at = text.text.indexOf(g); at >= 0; at = text.text.indexOf(g, at + 1)) {
      const from = Math.max(0, at - i - 2)
      if (seen.has(from)) continue
      seen.add(from)
      const window = text.text.slice(from, from + q.length + 4)
      const m = Fuse.match(query, window, FUSE_OPTIONS as never)
      if (m.isMatch && m.indices?.length && (!best || m.score < best.score)) {
        const spans = queryLength(m.indices.map(([s, e]): Range => [s, e + 1]), q.length, window.length)
        best = { score: m.score, ranges: charRanges(text, source, spans.map(([s, e]): Range => [from + s, from + e])) }
      }
    }
  }
  return best
}
