// Shapes shared by the index build and the browser.

/** In the order the results page groups them when scores tie. */
export const DOC_TYPES = ['article', 'enterprise', 'project', 'metric', 'event'] as const
export type DocType = (typeof DOC_TYPES)[number]

export const TYPE_LABELS: Record<DocType, string> = {
  article: '报道',
  enterprise: '企业',
  project: '项目',
  metric: '数据',
  event: '事件',
}

/** One thing a reader can find, whatever its collection. */
export interface SearchDocument {
  type: DocType
  /** collection id, for tests and debugging */
  id: string
  /** path relative to the site root, with #anchor when the thing is a block of an article */
  url: string
  /** what the result is called; matched first */
  title: string
  /** how the result is shown, when that is more than its name (a figure: label and value) */
  display?: string
  /** other names of the same thing (short names, former names) */
  aliases: string[]
  /** names of related things shown with it (subject of a figure, owner of a project) */
  context: string[]
  /** one line under the title: date, source, kind */
  meta: string
  /** the text phrases are found in (an article's body, a figure's quote) */
  text: string
}

/** What the browser needs of a document to rank and show it (original text, not normalised). */
export interface Card {
  /** url */
  u: string
  /** title as shown (SearchDocument.display or title) */
  t: string
  /** meta line */
  m: string
  /** aliases */
  a?: string[]
  /** context */
  c?: string[]
  /** text */
  x?: string
  /** length of the pinyin syllable of each normalised title character, as digits */
  l?: string
}

/** Values Fuse searches: normalised names and their pinyin (see fuse.ts). */
export interface FuseDoc {
  n: string
  a: string[]
  c: string[]
  p: string[]
  i: string[]
}

export interface Chunk {
  cards: Card[]
  /** Fuse.createIndex(...).toJSON().records for the chunk's documents, in order */
  records: unknown[]
}

export interface TypeRange {
  type: DocType
  label: string
  /** first document number of this type */
  start: number
  count: number
  /** documents per chunk file */
  perChunk: number
}

export interface Manifest {
  /** changes whenever any index file changes; index files live under <version>/ */
  version: string
  docs: number
  /** no bigram shards: the browser fetches every chunk and finds bigrams there (build.ts) */
  scan: boolean
  types: TypeRange[]
  /** symbols of the b, n and i keys, most frequent first */
  chars: string
  /** symbols of the p keys, space-separated, most frequent first */
  syllables: string
  /** per key family (shards.ts), the first key number of each shard */
  shards: Record<string, number[]>
  /** pairs of characters: traditional, then simplified */
  t2s: string
  /** Fuse's serialised keys (shared by every chunk's records) */
  fuseKeys: unknown[]
  /** queries offered on the empty search page */
  examples: string[]
}
