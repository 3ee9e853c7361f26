// The data model of the ingest: what each stage hands to the next, and what the
// writer turns into content collections. Shapes mirror SPEC section 5.

/** A publication date or the date of a happening (SPEC section 3). */
export interface DateObject {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` */
  value: string
  /** end of a range (`11月27日至29日`), same precisions as value */
  end: string | null
  /** true unless the text states the full date itself */
  inferred: boolean
  /** the quote the date was read or inferred from */
  evidence: string
}

export type LayoutKind = 'feature' | 'magazine' | 'newsletter' | 'front-page'
export type ArticleKind = 'story' | 'brief' | 'photo' | 'box'
export type BlockType = 'paragraph' | 'heading' | 'caption' | 'quote' | 'note'

export interface Byline {
  /** 撰文, 记者, 通讯员, 摄影, or for a newsletter brief the department (来源) */
  role: string
  name: string
}

export interface Block {
  /** stable anchor id within the article (`b1`, `b2`, …) */
  id: string
  type: BlockType
  text: string
  /** 1-based line numbers in the raw file that this block was made from */
  lines: number[]
}

export interface Article {
  id: string
  source: string
  /** 1-based position in the source */
  order: number
  title: string
  subtitle: string | null
  section: string | null
  kind: ArticleKind
  date: DateObject | null
  dateline: DateObject | null
  bylines: Byline[]
  credit: string | null
  continued: string | null
  blocks: Block[]
  /** first and last raw line of the story */
  lines: [number, number]
}

export interface Source {
  id: string
  file: string
  publication: string | null
  kind: LayoutKind
  date: DateObject | null
  articles: string[]
  /** sha256 of the raw bytes: lets an editor (and the incremental ingest) see what was read */
  sha256: string
}

export type ReportAction = 'join' | 'drop' | 'classify' | 'infer' | 'warn'

/** One decision of the ingest, with the raw text it acted on (SPEC section 5). */
export interface ReportEntry {
  action: ReportAction
  /** what was decided: `line-break`, `headline`, `repeat`, `byline`, `publication-date` … */
  kind: string
  /** 1-based raw line numbers the decision is about (empty for whole-document decisions) */
  lines: number[]
  /** the raw text acted on */
  text: string
  /** what came out, where that differs from the input (the joined paragraph, the date) */
  result?: string
  /** why, in a phrase an editor can check */
  reason: string
}

export interface SourceReport {
  source: string
  file: string
  entries: ReportEntry[]
}

/** Everything the ingest made of one raw document. */
export interface IngestedSource {
  source: Source
  articles: Article[]
  report: SourceReport
}
