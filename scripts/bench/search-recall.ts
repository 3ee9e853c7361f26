/**
 * Phrase recall: phrases cut from article bodies at random (seeded), each with every
 * article that holds it verbatim; a phrase is found when every one of them comes back.
 */
import { normaliseText } from '../../src/lib/search/normalise.ts'
import type { SearchIndex } from '../../src/lib/search/engine.ts'
import { makeRng, int, seedOf } from '../generate/rng.ts'

interface ArchiveArticle {
  url: string
  blocks: { text: string }[]
}

export interface Phrase {
  phrase: string
  /** urls of every article holding it verbatim */
  holders: string[]
}

/** `count` phrases of 2–8 characters held by at most `maxHolders` articles. */
export function samplePhrases(articles: ArchiveArticle[], count: number, seed: string, maxHolders = 50): Phrase[] {
  const rng = makeRng(seedOf(`${seed}:phrases`))
  const texts = articles.map((a) => a.blocks.map((b) => b.text))
  const out: Phrase[] = []
  const seen = new Set<string>()
  for (let tries = 0; out.length < count && tries < count * 200; tries++) {
    const blocks = texts[int(rng, 0, texts.length - 1)]!
    if (blocks.length === 0) continue
    const chars = [...blocks[int(rng, 0, blocks.length - 1)]!]
    const len = int(rng, 2, 8)
    if (chars.length < len) continue
    const at = int(rng, 0, chars.length - len)
    const phrase = chars.slice(at, at + len).join('')
    if (seen.has(phrase) || [...normaliseText(phrase)].length < 2 || /\s/.test(phrase)) continue
    seen.add(phrase)
    const holders = articles.filter((_, i) => texts[i]!.some((t) => t.includes(phrase))).map((a) => a.url)
    if (holders.length <= maxHolders) out.push({ phrase, holders })
  }
  return out
}

export interface Recall {
  phrases: number
  /** phrases whose every holder was returned */
  found: number
  /** (phrase, holder) pairs returned / all pairs */
  pairs: number
  missed: string[]
}

export function score(phrases: Phrase[], returned: Set<string>[]): Recall {
  let found = 0
  let pairs = 0
  let total = 0
  const missed: string[] = []
  phrases.forEach((p, i) => {
    const got = p.holders.filter((h) => returned[i]!.has(h)).length
    pairs += got
    total += p.holders.length
    if (got === p.holders.length) found++
    else missed.push(p.phrase)
  })
  return { phrases: phrases.length, found, pairs: Math.round((pairs / Math.max(1, total)) * 1000) / 1000, missed: missed.slice(0, 20) }
}

/** What this archive's search returns for each phrase: every document it can list for it. */
export async function oursReturns(index: SearchIndex, phrases: Phrase[]): Promise<Set<string>[]> {
  const out: Set<string>[] = []
  for (const p of phrases) {
    const docs = await index.phraseDocuments(p.phrase)
    out.push(new Set(await Promise.all([...docs].map((d) => index.documentUrl(d)))))
  }
  return out
}
