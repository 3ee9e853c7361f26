// Snippets and highlights as plain data (text segments, some marked): the page turns
// them into text nodes and <mark> elements, never into HTML strings.
import { normalise, sourceRange, type CharMap, type Normalised } from './normalise.ts'

export interface Segment {
  text: string
  mark: boolean
}

/** Ranges [start, end) in source offsets. */
export type Range = [number, number]

/** Where each term occurs in `n.text`, as source ranges of `source`. */
export function termRanges(n: Normalised, source: string, terms: readonly string[]): Range[] {
  const ranges: Range[] = []
  for (const term of terms) {
    if (!term) continue
    for (let at = n.text.indexOf(term); at >= 0; at = n.text.indexOf(term, at + 1)) {
      ranges.push(sourceRange(n, source, at, at + term.length))
    }
  }
  return merge(ranges)
}

export function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: Range[] = []
  for (const r of sorted) {
    const last = out.at(-1)
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else out.push([r[0], r[1]])
  }
  return out
}

/** `text` cut into segments, the parts inside `ranges` marked. */
export function segments(text: string, ranges: readonly Range[], offset = 0): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const [s0, e0] of ranges) {
    const s = Math.max(0, s0 - offset)
    const e = Math.min(text.length, e0 - offset)
    if (e <= s) continue
    if (s > at) out.push({ text: text.slice(at, s), mark: false })
    out.push({ text: text.slice(s, e), mark: true })
    at = e
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false })
  return out
}

/**
 * About `width` characters of `flat` (text on one line) around the first of `ranges`,
 * starting at a sentence where one begins shortly before, with the matches marked.
 * Without any match: the opening of the text.
 */
export function snippet(flat: string, ranges: readonly Range[], width = 80): Segment[] {
  if (flat.length <= width) return segments(flat, ranges)
  const first = ranges[0]
  let start = first ? Math.max(0, first[0] - Math.floor(width / 3)) : 0
  // Start at a sentence if one begins shortly before the match.
  if (first && start > 0) {
    const before = flat.slice(start, first[0])
    const stop = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('！'), before.lastIndexOf('？'))
    if (stop >= 0) start += stop + 1
  }
  // Code points: never cut a character in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(flat[start] ?? '')) start--
  let end = Math.min(flat.length, start + width)
  if (/[\uDC00-\uDFFF]/.test(flat[end] ?? '')) end++
  const body = segments(flat.slice(start, end), ranges, start)
  return [...(start > 0 ? [{ text: '…', mark: false }] : []), ...body, ...(end < flat.length ? [{ text: '…', mark: false }] : [])]
}

/** Snippet of `text` around the query's terms. */
export function textSnippet(text: string, terms: readonly string[], t2s?: CharMap, width?: number): Segment[] {
  const flat = oneLine(text)
  return snippet(flat, termRanges(normalise(flat, t2s), flat, terms), width)
}

/** Blocks joined into one line: line breaks between blocks become spaces. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Source ranges of the normalised-character indices [from, to) of `n`. */
export function charRanges(n: Normalised, source: string, spans: readonly Range[]): Range[] {
  return merge(spans.filter(([s, e]) => e > s && s < n.text.length).map(([s, e]) => sourceRange(n, source, s, Math.min(e, n.text.length))))
}
