// Numbers as compact JSON-safe text: variable-length base-32 digits over a
// 64-character alphabet, low digits first, the upper half of the alphabet marking
// "more digits follow". Posting lists are ascending document numbers, delta-coded,
// with optional flag bits packed below each delta, so a dense list costs about one
// character per document before gzip.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUE = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i

export function writeNumber(v: number): string {
  let out = ''
  while (v >= 32) {
    out += ALPHABET[32 + (v % 32)]
    v = Math.floor(v / 32)
  }
  return out + ALPHABET[v]
}

/** Reads numbers one after another from a string. */
export class NumberReader {
  readonly s: string
  at: number
  constructor(s: string, at = 0) {
    this.s = s
    this.at = at
  }
  get done() {
    return this.at >= this.s.length
  }
  next(): number {
    let v = 0
    let scale = 1
    for (;;) {
      const d = VALUE[this.s.charCodeAt(this.at++)] ?? -1
      if (d < 0) throw new Error(`bad index character at ${this.at - 1}`)
      if (d < 32) return v + d * scale
      v += (d - 32) * scale
      scale *= 32
    }
  }
}

/** Body bigrams carry two flags: the bigram is in the document's name; how often it occurs. */
export const FLAG_BITS = 3
export const IN_NAME = 4
/** How often a key occurs in a document, in four steps (1, 2, 3, 4 or more). */
export const tfBucket = (count: number) => Math.min(count, 4) - 1

export interface Posting {
  doc: number
  /** FLAG_BITS of flags, or 0 */
  flags: number
}

/** `postings` sorted by doc, without repeats; `bits` = flag bits per posting (0 or FLAG_BITS). */
export function encodePostings(postings: readonly Posting[], bits: number): string {
  let out = ''
  let prev = -1
  const scale = 2 ** bits
  for (const { doc, flags } of postings) {
    out += writeNumber((doc - prev - 1) * scale + flags)
    prev = doc
  }
  return out
}

export interface DecodedPostings {
  docs: Int32Array
  flags: Uint8Array
}

export function decodePostings(s: string, bits: number, from = 0, to = s.length): DecodedPostings {
  const docs = new Int32Array(to - from)
  const flags = new Uint8Array(to - from)
  const scale = 2 ** bits
  const r = new NumberReader(s, from)
  let n = 0
  let prev = -1
  while (r.at < to) {
    const v = r.next()
    prev += Math.floor(v / scale) + 1
    docs[n] = prev
    flags[n] = v % scale
    n++
  }
  return { docs: docs.subarray(0, n), flags: flags.subarray(0, n) }
}
