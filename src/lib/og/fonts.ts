// Fonts for the Open Graph images, read from the @fontsource/noto-sans-sc package
// (never from the machine's fonts, so every build draws the same glyphs).
//
// The package slices Noto Sans SC into ~100 small numbered files, each with the
// unicode-range its @font-face rule declares. A card loads the common slices and
// those its characters fall in: about 1 MB to parse once per build, and rare
// characters (澉), which the 1.5 MB chinese-simplified file lacks, are covered too.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export type Weight = 400 | 700

export interface FontFace {
  name: string
  data: Buffer
  weight: Weight
  style: 'normal'
}

interface Slice {
  file: string
  ranges: [number, number][]
}

const FAMILY = 'Noto Sans SC'
const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'))

/** '@font-face { src: url(./files/x.woff2) …, url(./files/x.woff) …; unicode-range: U+4e00-4e10,U+4e20; }' */
export function parseSlices(css: string): Slice[] {
  const slices: Slice[] = []
  for (const face of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(face)?.[1]
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1]
    if (!file || !range) continue
    const ranges = range.split(',').map((r): [number, number] => {
      const [start, end] = r.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(start!, 16), parseInt(end ?? start!, 16)]
    })
    slices.push({ file, ranges })
  }
  // The numbered CJK slices first: they hold the full-width forms of “” and ·,
  // which the Latin slice also lists.
  const numbered = (s: Slice) => /-\d+-\d+-normal/.test(s.file)
  return [...slices.filter(numbered), ...slices.filter((s) => !numbered(s))]
}

const slicesByWeight = new Map<Weight, Slice[]>()
function slices(weight: Weight): Slice[] {
  let list = slicesByWeight.get(weight)
  if (!list) {
    list = parseSlices(readFileSync(join(packageDir, `${weight}.css`), 'utf8'))
    if (list.length === 0) throw new Error(`@fontsource/noto-sans-sc/${weight}.css lists no font files`)
    slicesByWeight.set(weight, list)
  }
  return list
}

// One object per file for the whole build: satori keeps its parsed fonts per object.
// Satori uses one font per family and weight and falls back to the other loaded
// fonts only by family, so each slice is a family of its own ('Noto Sans SC 112');
// cards ask for FONT_FAMILY, which names none of them, and get every slice in order.
const faces = new Map<string, FontFace>()
function face(file: string, weight: Weight): FontFace {
  let f = faces.get(file)
  if (!f) {
    const slice = /^noto-sans-sc-(.+)-\d+-normal\.woff$/.exec(file)?.[1] ?? file
    f = { name: `${FAMILY} ${slice}`, data: readFileSync(join(packageDir, 'files', file)), weight, style: 'normal' }
    faces.set(file, f)
  }
  return f
}

const covers = (slice: Slice, cp: number) => slice.ranges.some(([a, b]) => cp >= a && cp <= b)

const sliceByCodePoint = new Map<string, Slice | null>()
function sliceOf(weight: Weight, cp: number): Slice | null {
  const key = `${weight}:${cp}`
  let slice = sliceByCodePoint.get(key)
  if (slice === undefined) {
    slice = slices(weight).find((s) => covers(s, cp)) ?? null
    sliceByCodePoint.set(key, slice)
  }
  return slice
}

// Google Fonts, whose slicing the package ships, numbers the CJK slices by how
// common their characters are: the highest numbers hold the most frequent ones.
// The top COMMON_SLICES with Latin cover 99.9% of the archive's text. Every card
// gets these, so that most cards ask satori for the same fonts, and satori, which
// keeps the fonts it has prepared per set, prepares them once (~4 ms a card
// instead of ~17 ms); a card with rarer characters adds the slices that hold them.
const COMMON_SLICES = 20

const commonByWeight = new Map<Weight, Set<Slice>>()
function common(weight: Weight): Set<Slice> {
  let set = commonByWeight.get(weight)
  if (!set) {
    const list = slices(weight)
    const number = (s: Slice) => Number(/-(\d+)-\d+-normal\.woff$/.exec(s.file)?.[1] ?? -1)
    const numbered = list.filter((s) => number(s) >= 0).sort((a, b) => number(b) - number(a))
    set = new Set([...numbered.slice(0, COMMON_SLICES), ...list.filter((s) => /-latin-\d+-normal/.test(s.file))])
    commonByWeight.set(weight, set)
  }
  return set
}

/** The font files, in both weights, that hold every character of `text` (and the common ones). */
export function fontsFor(text: string, weights: Weight[] = [400, 700]): FontFace[] {
  const codePoints = new Set([...text].map((c) => c.codePointAt(0)!))
  const chosen: FontFace[] = []
  for (const weight of weights) {
    const list = slices(weight)
    const needed = new Set(common(weight))
    for (const cp of codePoints) {
      const slice = sliceOf(weight, cp)
      if (slice) needed.add(slice)
    }
    // Keep the package order, so that overlapping ranges resolve as parseSlices says.
    for (const slice of list) if (needed.has(slice)) chosen.push(face(slice.file, weight))
  }
  // The same array for the same set: satori looks its prepared fonts up by array first.
  const key = chosen.map((f) => `${f.name}/${f.weight}`).join()
  const known = fontSets.get(key)
  if (known) return known
  fontSets.set(key, chosen)
  return chosen
}

const fontSets = new Map<string, FontFace[]>()

export const FONT_FAMILY = FAMILY

/** Identifies the font files in cache keys: a new package version redraws the images. */
export const fontVersion = (): string =>
  JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version as string
