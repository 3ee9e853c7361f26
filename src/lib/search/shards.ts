// The gram index, split into files. A key is a pair of symbols (x, y), y = -1 when the
// key is a single symbol; symbols are characters or pinyin syllables, numbered in the
// manifest, most frequent first. Keys are numbered x·K + y + 1 and stored in that order,
// so a shard covers a range of key numbers and the manifest need only list where each
// shard starts. Inside a shard each key is written as the gap from the previous key
// number, the length of its posting list and the list (postings.ts): no key text at
// all, which at the real archive's size halves the index.

import { NumberReader, writeNumber } from './postings.ts'

/**
 * b: bigrams of any text (postings carry flags: in a name, tf), and single characters of
 *    names (y = -1; they sort next to the bigrams they start, so a query's characters
 *    mostly live in the shards its bigrams already need);
 * p: pinyin syllables and syllable pairs of names;
 * i: pairs of pinyin initials of names.
 */
export const FAMILIES = ['b', 'p', 'i'] as const
export type Family = (typeof FAMILIES)[number]

export interface KeyEntry {
  x: number
  y: number
  postings: string
}

/** Key number; `k` = size of the y alphabet + 1. */
export const keyId = (x: number, y: number, k: number) => x * k + y + 1

export interface PackedFamily {
  /** first key number of each shard */
  starts: number[]
  files: string[]
}

export function packShards(entries: KeyEntry[], k: number, targetChars: number): PackedFamily {
  const sorted = entries.map((e) => ({ id: keyId(e.x, e.y, k), postings: e.postings })).sort((a, b) => a.id - b.id)
  const starts: number[] = []
  const files: string[] = []
  let file = ''
  let prev = -1
  for (const { id, postings } of sorted) {
    if (file === '' || file.length >= targetChars) {
      if (file) files.push(file)
      starts.push(id)
      file = ''
      prev = id - 1
    }
    file += writeNumber(id - prev - 1) + writeNumber(postings.length) + postings
    prev = id
  }
  if (file) files.push(file)
  return { starts, files }
}

/** Which shard holds key `id` (the last one starting at or before it), or -1. */
export function shardFor(starts: readonly number[], id: number): number {
  let lo = 0
  let hi = starts.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (starts[mid]! <= id) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** Key number → [from, to) of its posting list in the shard text. */
export function readShard(text: string, start: number): Map<number, [number, number]> {
  const keys = new Map<number, [number, number]>()
  const r = new NumberReader(text)
  let prev = start - 1
  while (!r.done) {
    const id = prev + r.next() + 1
    const len = r.next()
    keys.set(id, [r.at, r.at + len])
    r.at += len
    prev = id
  }
  return keys
}
