// Traditional → simplified, for the characters this archive uses. opencc-js would cost
// the browser ~58 KB gzipped; the part of its mapping that can ever lead to a match is
// only the traditional forms of characters the archive holds, a few KB at most.
import * as OpenCC from 'opencc-js'

const RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
]

let table: Map<string, string> | null = null

/** Every character OpenCC simplifies to another single character (Taiwan, Hong Kong and standard forms). */
function fullTable(): Map<string, string> {
  if (table) return table
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }))
  table = new Map()
  for (const [lo, hi] of RANGES) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCodePoint(c)
      for (const convert of converters) {
        const simple = convert(ch)
        if (simple !== ch && [...simple].length === 1) {
          table.set(ch, simple)
          break
        }
      }
    }
  }
  return table
}

/** Pairs (traditional, simplified) whose simplified side is one of `chars`, sorted. */
export function traditionalPairs(chars: Iterable<string>): Array<[string, string]> {
  const wanted = new Set(chars)
  return [...fullTable()]
    .filter(([, simple]) => wanted.has(simple))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** The compact form stored in the manifest (decodePairs in normalise.ts): 機机場场… */
export const encodePairs = (pairs: Array<[string, string]>) => pairs.map(([t, s]) => t + s).join('')
