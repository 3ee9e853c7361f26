// One normal form for indexed text and for queries, so that what a reader types meets
// what the archive holds: traditional characters become simplified (through a map the
// build makes for the characters the archive uses), full-width digits and letters become
// ASCII, letters lower case, and punctuation and spaces drop out (a phrase copied with or
// without its commas is the same phrase). Runs in the build and in the browser.

/** Traditional → simplified, one character each (see traditional.ts). */
export type CharMap = ReadonlyMap<string, string>

export interface Normalised {
  /** the significant characters only */
  text: string
  /** for each UTF-16 unit of `text`, the UTF-16 offset of the source character it came from */
  map: number[]
}

/** The manifest's traditional → simplified pairs (traditional.ts): 機机場场… */
export function decodePairs(s: string): Map<string, string> {
  const cps = [...s]
  const map = new Map<string, string>()
  for (let i = 0; i + 1 < cps.length; i += 2) map.set(cps[i]!, cps[i + 1]!)
  return map
}

const SIGNIFICANT = /[\p{L}\p{N}%]/u
const DIGIT = /[0-9]/

/** CJK unified ideographs (and extension A): NFKC leaves them alone. */
const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)

/** a–z, 0–9, '%' and '.', the ASCII that counts (upper case is folded before). */
const isAsciiSignificant = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 37 || code === 46

/** A decimal point stays only between digits (773.95); elsewhere '.' is punctuation. */
export function normalise(source: string, t2s?: CharMap): Normalised {
  const chars: string[] = []
  const from: number[] = []
  let offset = 0
  for (const ch of source) {
    const simple = t2s?.get(ch) ?? ch
    const code = simple.charCodeAt(0)
    if (isHan(code)) {
      // Most of the text: unchanged by NFKC and always significant.
      chars.push(simple)
      from.push(offset)
    } else if (code < 0x80) {
      const c = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : simple
      if (isAsciiSignificant(c.charCodeAt(0))) {
        chars.push(c)
        from.push(offset)
      }
    } else {
      // NFKC turns full-width forms into ASCII and ㎡ into m2; per character, to keep offsets.
      for (const c of simple.normalize('NFKC').toLowerCase()) {
        if (SIGNIFICANT.test(c) || c === '.') {
          chars.push(c)
          from.push(offset)
        }
      }
    }
    offset += ch.length
  }
  let text = ''
  const map: number[] = []
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!
    if (c === '.' && !(DIGIT.test(chars[i - 1] ?? '') && DIGIT.test(chars[i + 1] ?? ''))) continue
    text += c
    for (let k = 0; k < c.length; k++) map.push(from[i]!)
  }
  return { text, map }
}

export const normaliseText = (source: string, t2s?: CharMap) => normalise(source, t2s).text

/**
 * A query's terms: the parts the reader separated with spaces, each normalised.
 * Within a term, punctuation is ignored, so a pasted sentence stays one phrase.
 */
export function queryTerms(query: string, t2s?: CharMap): string[] {
  return query
    .split(/[\s\u3000]+/)
    .map((part) => normaliseText(part, t2s))
    .filter((t) => t.length > 0)
}

/** Characters (code points) of a normalised string. */
export const codePoints = (s: string): string[] => Array.from(s)

/** Offsets in the source of the normalised range [start, end) (UTF-16 units of `text`). */
export function sourceRange(n: Normalised, source: string, start: number, end: number): [number, number] {
  const from = n.map[start] ?? source.length
  const lastFrom = n.map[end - 1] ?? from
  const last = source.codePointAt(lastFrom) ?? 0
  return [from, lastFrom + (last > 0xffff ? 2 : 1)]
}
