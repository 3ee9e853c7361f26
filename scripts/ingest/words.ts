import { createRequire } from 'node:module'
import type { Jieba } from '@node-rs/jieba'

// Word segmentation is the evidence for whether a layout line break fell inside a
// word (`欧美布` / `局` → 布局). The 11 MB dictionary loads on first use, once per
// process, so a re-run that finds every source cached never pays for it.
let jieba: Jieba | null = null
function segmenter(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url)
    const { Jieba: J } = require('@node-rs/jieba') as typeof import('@node-rs/jieba')
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js')
    jieba = J.withDict(dict)
  }
  return jieba
}

export interface TaggedWord {
  word: string
  tag: string
}

/** The dictionary word that spans the join of `a` and `b`, if segmentation puts one there. */
export function wordAcross(a: string, b: string): string | null {
  const left = a.slice(-8)
  const right = b.slice(0, 8)
  let pos = 0
  for (const w of segmenter().cut(left + right, false)) {
    if (pos < left.length && pos + w.length > left.length) return /[\u4e00-\u9fff]/.test(w) ? w : null
    pos += w.length
    if (pos >= left.length) break
  }
  return null
}

export function lastWord(text: string): TaggedWord | null {
  const tags = segmenter().tag(text.slice(-12))
  return tags.at(-1) ?? null
}

export function firstWord(text: string): TaggedWord | null {
  return segmenter().tag(text.slice(0, 12))[0] ?? null
}

export function cut(text: string): string[] {
  return segmenter().cut(text, false)
}

/** Part-of-speech tags of words that cannot end a phrase: prepositions, conjunctions, particles, locatives, adverbs. */
export const DANGLING_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'f', 'ad', 'd'])
/** Tags of single-character words that cannot start a sentence of their own (还, 也, 的 …). */
export const CONTINUING_TAGS = new Set(['d', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'y'])

/** Words with their part-of-speech tags. */
export function tag(text: string): TaggedWord[] {
  return segmenter().tag(text)
}
