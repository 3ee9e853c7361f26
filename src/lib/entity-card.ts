// What a reader sees of an enterprise or project at a glance: on a mention's
// preview card in an article, in the story's sidebar, in lists. Pure, so that the
// Markdown stage (which reads the entity files itself) and the pages (which read the
// collections) say the same thing.
import { enterpriseKindLabel, PROJECT_LABEL } from './labels.ts'

export type EntityCollection = 'enterprises' | 'projects'

/** 'enterprises/jia-tong-jituan': one string for maps and sets of both collections. */
export const entityKey = (collection: EntityCollection, id: string) => `${collection}/${id}`

export interface EntityInput {
  collection: EntityCollection
  id: string
  name: string
  aliases: string[]
  /** An enterprise's kind; projects have none. */
  kind: string | null
  description: string | null
  mentions: { article: string; block: string; quote: string; inTitle?: boolean }[]
}

export interface EntityCard {
  key: string
  collection: EntityCollection
  id: string
  name: string
  /** A short form for tight places (graph labels); the name itself when short. */
  shortName: string
  kindLabel: string
  /** Government bodies are not enterprises (SPEC §2); pages set them apart. */
  government: boolean
  /** The curated description, else the first sentence that names it, shortened; '' when neither. */
  line: string
  mentions: number
  articles: number
  figures: number
}

const LINE_CHARS = 48
const SHORT_CHARS = 8

/** At most `max` characters (code points), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text.trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

/**
 * The name when it is short; else the shortest alias that the text itself uses
 * (市产业集团 for 嘉兴市产业发展集团有限公司); else the name cut short.
 */
export function shortName(name: string, aliases: string[]): string {
  const len = (s: string) => [...s].length
  if (len(name) <= SHORT_CHARS) return name
  const alias = aliases.filter((a) => len(a) >= 2 && len(a) <= SHORT_CHARS).sort((a, b) => len(b) - len(a) || a.localeCompare(b))[0]
  return alias ?? truncate(name, SHORT_CHARS)
}

/** The card's counts in words: '提及5处 · 3篇报道 · 2项数据' (zero figures left out). */
export function countsText(card: Pick<EntityCard, 'mentions' | 'articles' | 'figures'>): string {
  return [`提及${card.mentions}处`, `${card.articles}篇报道`, ...(card.figures ? [`${card.figures}项数据`] : [])].join(' · ')
}

/**
 * `here`, for a card shown at a mention, is where the reader is: a sentence of that
 * very paragraph would tell them nothing, so the line then comes from elsewhere
 * (and is empty when the entity is named nowhere else).
 */
export function entityCard(entity: EntityInput, figures: number, here?: { article: string; block: string }): EntityCard {
  const elsewhere = entity.mentions.filter((m) => !here || m.article !== here.article || m.block !== here.block)
  const firstQuote = elsewhere.find((m) => !m.inTitle)?.quote ?? elsewhere[0]?.quote ?? ''
  const kindLabel = entity.collection === 'projects' ? PROJECT_LABEL : (enterpriseKindLabel[entity.kind ?? 'other'] ?? enterpriseKindLabel['other']!)
  return {
    key: entityKey(entity.collection, entity.id),
    collection: entity.collection,
    id: entity.id,
    name: entity.name,
    shortName: shortName(entity.name, entity.aliases),
    kindLabel,
    government: entity.collection === 'enterprises' && entity.kind === 'government',
    line: truncate(entity.description ?? firstQuote, LINE_CHARS),
    mentions: entity.mentions.length,
    articles: new Set(entity.mentions.map((m) => m.article)).size,
    figures,
  }
}
