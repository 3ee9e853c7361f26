// The order of results. Exact evidence beats fuzzy evidence, names beat body text, and
// within a tier the closer fit wins (a short name the query covers almost entirely
// before a long headline that merely contains it). Fuse's score orders the near misses.

import type { DocType } from './types.ts'

export const TIER = {
  /** the query is the name, or one of its other names */
  exactName: 0,
  /** a name contains every term */
  inName: 1,
  /** the Latin query is part of a name's pinyin or initials */
  pinyin: 2,
  /** a related name (subject, owner, deck) contains every term */
  inContext: 3,
  /** the body of a page contains every term verbatim */
  inText: 4,
  /** the quoted sentence of a figure or an event contains every term (its article is found too) */
  inQuote: 5,
  /** a name or a passage nearly matches (Fuse) */
  fuzzy: 6,
  /** the text holds all the query's bigrams, not as one phrase */
  scattered: 7,
} as const

/** When the query is a thing's exact name, the thing's own page comes before stories about it. */
const TYPE_ORDER: Record<DocType, number> = { enterprise: 0, project: 1, article: 2, event: 3, metric: 4 }

/** Figures and events are sentences of a story, named by the extraction; pages go first when both fit. */
const isFact = (type: DocType) => type === 'metric' || type === 'event'

export interface Evidence {
  tier: number
  /** 0 (best) … 1 within the tier */
  fit: number
}

/** One number to sort by: tier first, then fit, then the kind of thing. */
export function score(type: DocType, e: Evidence): number {
  if (e.tier === TIER.exactName) return TYPE_ORDER[type] * 0.01
  const factPenalty = isFact(type) && e.tier <= TIER.inContext ? 0.3 : 0
  return e.tier + Math.min(0.95, Math.max(0, e.fit) * 0.9 + factPenalty)
}

/** Tier of a document whose text holds the query: a page's body, or a fact's quote. */
export const textTier = (type: DocType) => (isFact(type) ? TIER.inQuote : TIER.inText)

/** How much of `whole` the match leaves uncovered: 0 when it is all of it. */
export const uncovered = (matched: number, whole: number) => (whole > 0 ? 1 - Math.min(1, matched / whole) : 1)

const includesAll = (text: string, terms: readonly string[]) => terms.length > 0 && terms.every((t) => text.includes(t))

export interface Names {
  /** normalised title, then normalised aliases */
  names: string[]
  context: string[]
  /** pinyin and initials of each name, same order */
  pinyin: string[]
  initials: string[]
}

/** Tiers 0–3: what the names alone say. `latin` is the compact Latin query, if any. */
export function nameEvidence(n: Names, terms: readonly string[], latin: string | null): Evidence | null {
  const joined = terms.join('')
  const exact = n.names.findIndex((name) => name === joined)
  if (exact >= 0) return { tier: TIER.exactName, fit: 0 }
  const inName = n.names.filter((name) => includesAll(name, terms))
  if (inName.length) return { tier: TIER.inName, fit: Math.min(...inName.map((name) => uncovered(joined.length, name.length))) }
  if (latin && latin.length >= 2) {
    const fits = [...n.pinyin, ...n.initials].filter((p) => p.includes(latin)).map((p) => uncovered(latin.length, p.length))
    if (fits.length) return { tier: TIER.pinyin, fit: Math.min(...fits) }
  }
  const context = n.context.filter((c) => includesAll(c, terms))
  if (context.length) return { tier: TIER.inContext, fit: Math.min(...context.map((c) => uncovered(joined.length, c.length))) }
  return null
}

/** Tiers 4–5: every term in the text; more occurrences fit better. */
export function textEvidence(type: DocType, text: string, terms: readonly string[]): Evidence | null {
  if (!includesAll(text, terms)) return null
  let count = 0
  for (const t of terms) for (let at = text.indexOf(t); at >= 0 && count < 20; at = text.indexOf(t, at + t.length)) count++
  return { tier: textTier(type), fit: 1 / (1 + count) }
}
