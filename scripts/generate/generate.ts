/** Synthetic sources: real templates recombined, retitled, re-dated and re-damaged. */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Defects, addSuffix, dayShiftRange, injectDefects, shiftDates, swapPhrases, titleSuffix } from './perturb.ts'
import { type Rng, int, makeRng, seedOf, shuffle } from './rng.ts'
import { type Group, type Kind, type Template, type Unit, parseTemplate } from './template.ts'

export interface Generated {
  name: string
  kind: Kind
  template: string
  titles: string[]
  shift: { years: number; days: number }
  /** what was injected on top of the template's own defects (dates shifted like the text) */
  defects: Defects
  text: string
}

/** Our own output (g00042_….txt) is never a template, so a raw dir can be reused. */
export const GENERATED_NAME = /^g\d{5,}_[0-9a-f]{8}\.txt$/

export function loadTemplates(dir: string): Template[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !GENERATED_NAME.test(f))
    .sort()
    .map((f) => parseTemplate(f, readFileSync(join(dir, f), 'utf8')))
}

const YEARS = Array.from({ length: 60 }, (_, i) => (i < 30 ? i - 30 : i - 29))

/** Every (years, days) shift valid for a template, in a seeded order: the k-th use takes the k-th. */
export function dateShifts(t: Template, seed: string): Array<[number, number]> {
  const [lo, hi] = dayShiftRange(t.text)
  const pairs = YEARS.flatMap((y) => Array.from({ length: hi - lo + 1 }, (_, d): [number, number] => [y, lo + d]))
  return shuffle(makeRng(seedOf(`${seed}:dates:${t.name}`)), pairs)
}

const MARKER = /^\s*[■□【#（(]|下转/

function recombine(g: Group, rng: Rng): Unit[] {
  const first = g.order === 'keep-first' ? g.units.slice(0, 1) : []
  let rest = g.units.slice(first.length)
  // Years are the scarce date evidence (月日 are everywhere): a unit stating one always stays.
  const droppable = rest.filter(
    (u) => (u.role === 'story' || u.role === 'brief') && !u.lines.some((l) => /下转|(?<!\d)(19|20)\d\d(?!\d)/.test(l)),
  )
  for (const u of shuffle(rng, droppable).slice(0, int(rng, 0, Math.min(g.drop, droppable.length)))) {
    rest = rest.filter((x) => x !== u)
  }
  return [...first, ...shuffle(rng, rest)]
}

/** Document `index` of the stream for `seed`; depends on nothing else, so a longer run extends a shorter one. */
export function generateDocument(templates: Template[], seed: string, index: number): Generated {
  const t = templates[index % templates.length] as Template
  const rng = makeRng(seedOf(`${seed}:${index}`))
  const offset = int(rng, 0, 23)
  const lines: string[] = []
  const free: boolean[] = []
  const titles: string[] = []

  // Print pages set blank lines around every block; only the newsletter runs stories on with a single newline.
  const pad = t.kind !== 'newsletter'
  const emit = (u: Unit, k = 0, all: Unit[] = []): void => {
    const out = [...u.lines]
    if (pad && k < all.length - 1 && out.at(-1)?.trim()) out.push('')
    if (u.title.length > 0) {
      const last = u.title[u.title.length - 1] as number
      if (u.title.length === 1 && u.role !== 'brief' && rng() < 0.5) out[last] = swapPhrases(out[last] as string, rng)
      out[last] = addSuffix(out[last] as string, titleSuffix(index, titles.length, offset), u.role === 'brief')
      const text = u.title.map((i) => (out[i] as string).trim().replace(/^#+\s+/, ''))
      titles.push(u.role === 'brief' ? (text[0]?.split(/\s/)[0] ?? '') : text.join(''))
    }
    const editable = u.role === 'head' || u.role === 'section' || u.role === 'story'
    out.forEach((l, i) => {
      lines.push(l)
      free.push(editable && !u.title.includes(i) && !MARKER.test(l))
    })
  }
  const fixed = (ls: string[]): void => {
    for (const l of ls) lines.push(l), free.push(false)
  }

  emit(t.head)
  for (const g of t.groups) {
    fixed(g.header)
    recombine(g, rng).forEach(emit)
  }
  fixed(t.tail)

  const shifts = dateShifts(t, seed)
  const [years, days] = shifts[Math.floor(index / templates.length) % shifts.length] as [number, number]
  const injected = injectDefects(lines, free, rng)
  const shift = (x: string): string => shiftDates(x, years, days)
  const text = shift(injected.lines.join('\n'))
  const { breaks, repeats, strays } = injected.defects
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8)
  return {
    name: `g${String(index).padStart(5, '0')}_${hash}.txt`,
    kind: t.kind,
    template: t.name,
    titles: titles.map(shift),
    shift: { years, days },
    defects: { breaks: breaks.map(([a, b]) => [shift(a), shift(b)]), repeats: repeats.map(shift), strays },
    text,
  }
}

/** Write documents start … start+count-1 into dir; returns what was written. */
export function writeDocuments(templates: Template[], dir: string, count: number, seed: string, start = 0): Generated[] {
  mkdirSync(dir, { recursive: true })
  const docs: Generated[] = []
  for (let i = start; i < start + count; i++) {
    const doc = generateDocument(templates, seed, i)
    writeFileSync(join(dir, doc.name), doc.text)
    docs.push(doc)
  }
  return docs
}
