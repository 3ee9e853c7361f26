// The keys of the gram index. Chinese has no spaces to split words on, and a word
// segmenter splits compounds its own way, so the index keys are character bigrams:
// a phrase of two or more characters contains all of its bigrams, so a document holding
// the phrase is always among the documents holding every one of them (no phrase is
// ever missed). Names also get single-character, pinyin and initials keys.

import { codePoints } from './normalise.ts'
import { IN_NAME, tfBucket } from './postings.ts'

/** A key as symbols: one (a single character or syllable) or two. */
export type Gram = readonly [string] | readonly [string, string]

/** Distinct bigrams of a normalised string with their counts. */
export function bigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  if (!/[\uD800-\uDFFF]/.test(text)) {
    // Every character one UTF-16 unit (nearly always): no array of characters needed.
    for (let i = 0; i + 1 < text.length; i++) {
      const g = text.slice(i, i + 2)
      counts.set(g, (counts.get(g) ?? 0) + 1)
    }
    return counts
  }
  const cps = codePoints(text)
  for (let i = 0; i + 1 < cps.length; i++) {
    const g = cps[i]! + cps[i + 1]!
    counts.set(g, (counts.get(g) ?? 0) + 1)
  }
  return counts
}

export const bigrams = (text: string): string[] => [...bigramCounts(text).keys()]

/**
 * The bigram keys of one document and their posting flags: how often each occurs in
 * all its fields (tfBucket), and whether it occurs in a name. Fields are normalised.
 * The build writes these into shards; for a small archive the browser counts the same
 * way in the documents themselves, one bigram at a time (scanBigram in engine.ts), and
 * the tests check that both layouts rank alike.
 */
export function documentBigrams(names: readonly string[], others: readonly string[]): Map<string, number> {
  const inName = new Set<string>()
  const tf = new Map<string, number>()
  for (const [i, field] of [...names, ...others].entries()) {
    for (const [g, n] of bigramCounts(field)) {
      tf.set(g, (tf.get(g) ?? 0) + n)
      if (i < names.length) inName.add(g)
    }
  }
  const flags = new Map<string, number>()
  for (const [g, n] of tf) flags.set(g, (inName.has(g) ? IN_NAME : 0) + tfBucket(n))
  return flags
}

/** Each syllable, and each pair of neighbouring syllables. */
export function syllableGrams(syllables: readonly string[]): Gram[] {
  const grams: Gram[] = []
  const seen = new Set<string>()
  const add = (g: Gram) => {
    const id = g.join(' ')
    if (!seen.has(id)) grams.push(g), seen.add(id)
  }
  syllables.forEach((s, i) => {
    add([s])
    if (i + 1 < syllables.length) add([s, syllables[i + 1]!])
  })
  return grams
}

/** Pairs of neighbouring initials: jx, xb, bl for 加西贝拉. */
export function initialPairs(initials: string): Gram[] {
  const cps = codePoints(initials)
  const grams = new Map<string, Gram>()
  for (let i = 0; i + 1 < cps.length; i++) grams.set(cps[i]! + cps[i + 1]!, [cps[i]!, cps[i + 1]!])
  return [...grams.values()]
}

/**
 * The bigrams a query term is looked up by: all of them for a short term; for a long
 * one, a few spread over it from the first to the last. Every document holding the
 * phrase still holds them all, and a long query costs no more fetches than a short one.
 */
export function lookupBigrams(term: string, max = 4): string[] {
  const cps = codePoints(term)
  const all: string[] = []
  for (let i = 0; i + 1 < cps.length; i++) all.push(cps[i]! + cps[i + 1]!)
  const distinct = [...new Set(all)]
  if (distinct.length <= max) return distinct
  const picked = new Set<string>()
  const last = all.length - 1
  for (let k = 0; k < max; k++) picked.add(all[Math.round((k * last) / (max - 1))]!)
  return [...picked]
}
