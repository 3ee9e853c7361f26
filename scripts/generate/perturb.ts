/** Pure text perturbations: titles, dates and injected layout defects. */
import { type Rng, int, pick } from './rng.ts'

const DIGITS = '零一二三四五六七八九'

/** Chinese numeral for 0 ≤ n < 1e8 (四十二, 一百零五, 一千二百), used in title suffixes. */
export function cnNumber(n: number): string {
  if (n < 10) return DIGITS[n] as string
  if (n >= 10000) {
    const rest = n % 10000
    return cnNumber(Math.floor(n / 10000)) + '万' + (rest === 0 ? '' : (rest < 1000 ? '零' : '') + cnNumber(rest))
  }
  const units = ['千', '百', '十', '']
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10]
  let out = ''
  let zero = false
  parts.forEach((d, k) => {
    if (d === 0) {
      zero = out !== ''
      return
    }
    if (zero) out += '零'
    zero = false
    out += (d === 1 && k === 2 && out === '' ? '' : (DIGITS[d] ?? '')) + (units[k] ?? '')
  })
  return out
}

const WORDS = [
  '奋楫笃行', '禾城观察', '向新而行', '蓄势赋能', '踔厉奋发', '勇毅前行', '聚力攻坚', '乘势而上',
  '守正创新', '砥砺奋进', '扬帆起航', '提质增效', '破浪前行', '笃行致远', '共赴新程', '再启新程',
  '同心筑梦', '接续奋斗', '行稳致远', '凝心聚力', '开拓奋进', '奋勇争先', '久久为功', '逐梦前行',
]

/**
 * A suffix unique per (document, story): the word differs between the stories of
 * one document, the numeral between documents.
 */
export function titleSuffix(doc: number, story: number, offset: number): string {
  const word = WORDS[(offset + story) % WORDS.length] as string
  const extra = story >= WORDS.length ? cnNumber(Math.floor(story / WORDS.length)) : ''
  return `${word}${extra}之${cnNumber(doc + 1)}`
}

/** Append the suffix to a headline; a brief's title ends at its first space. */
export function addSuffix(line: string, suffix: string, brief = false): string {
  if (brief) return line.replace(/^(\s*\S+)/, `$1·${suffix}`)
  return line.replace(/\s*$/, (ws) => `·${suffix}${ws}`)
}

/** Swap two space-separated phrases of a headline (a ——subtitle stays last). */
export function swapPhrases(line: string, rng: Rng): string {
  const lead = /^(#+\s+)?/.exec(line)?.[0] ?? ''
  const phrases = line.slice(lead.length).trim().split(/[ \u3000]+/)
  const movable = phrases.flatMap((p, i) => (/^[—…（(]/.test(p) ? [] : [i]))
  if (movable.length < 2) return line
  const a = pick(rng, movable)
  const b = pick(rng, movable.filter((i) => i !== a))
  ;[phrases[a], phrases[b]] = [phrases[b] as string, phrases[a] as string]
  return lead + phrases.join(' ')
}

// A year: 19xx/20xx before 年 or a word (2025巡回演唱会), not before a unit (2000万元).
const YEAR = /(?<![\d.])((?:19|20)\d\d)(?![\d.%])(?=[\u4e00-\u9fff])(?![万亿千百多余米元人台吨家支个平亩公件套名场户项条辆次位门斤克度瓦天分秒倍股只头株份篇部所座栋间床张])/g
const MONTH_DAY = /(?<!\d)(\d{1,2})月(\d{1,2})日(?:至(\d{1,2})日)?/g
// February counted as 28 days so a shifted date is valid in any year.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Day shifts that keep every 月日 inside its month, so month-level evidence
 * (9月底, 前三季度, 今年4月) stays true and the order of dates is unchanged.
 */
export function dayShiftRange(text: string): [number, number] {
  let lo = -30
  let hi = 30
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = Number(m[1])
    if (month < 1 || month > 12) continue
    const len = MONTH_DAYS[month - 1] as number
    for (const d of [m[2], m[3]]) {
      if (d === undefined) continue
      lo = Math.max(lo, 1 - Number(d))
      hi = Math.min(hi, len - Number(d))
    }
  }
  return lo <= hi ? [lo, hi] : [0, 0]
}

/** Move every year by `years` and every 月日 by `days` (within its month). */
export function shiftDates(text: string, years: number, days: number): string {
  const shifted = text.replace(YEAR, (y) => String(Number(y) + years))
  return shifted.replace(MONTH_DAY, (all, m: string, d: string, to: string | undefined) => {
    if (Number(m) < 1 || Number(m) > 12) return all
    const day = (x: string): number => Number(x) + days
    return `${m}月${day(d)}日` + (to === undefined ? '' : `至${day(to)}日`)
  })
}

const CJK = /[\u4e00-\u9fff]/

/**
 * Break a paragraph between two ideographs, as a layout line break does. Real breaks
 * fall mostly a few characters before the end (欧美布 / 局技术) and otherwise a dozen
 * characters in (算力基础设施是人工智能 / 产业的核心).
 */
export function breakParagraph(line: string, rng: Rng): [string, string] | null {
  const spots: number[] = []
  for (let p = 8; p < line.length - 2; p++) {
    if (CJK.test(line[p - 1] as string) && CJK.test(line[p] as string)) spots.push(p)
  }
  const near = rng() < 0.65 ? spots.filter((p) => p >= line.length - 16) : spots.filter((p) => p <= 20)
  const from = near.length > 0 ? near : spots
  if (from.length === 0) return null
  const p = pick(rng, from)
  return [line.slice(0, p), line.slice(p)]
}

export interface Defects {
  /** paragraphs cut in two, as [first part, rest] */
  breaks: Array<[string, string]>
  /** paragraphs printed twice */
  repeats: string[]
  /** stray …… lines added */
  strays: number
}

/**
 * Inject fresh instances of the real defects into free body lines: a mid-word
 * break, a verbatim repeat, a stray …… line. `free[i]` says line i may be touched.
 */
export function injectDefects(lines: string[], free: boolean[], rng: Rng): { lines: string[]; defects: Defects } {
  const out = [...lines]
  const ok = [...free]
  const defects: Defects = { breaks: [], repeats: [], strays: 0 }
  const candidates = (min: number): number[] =>
    out.flatMap((l, i) => (ok[i] && l.trim().length >= min && /[。！？]$/.test(l.trim()) ? [i] : []))

  const breaks = int(rng, 1, 2)
  for (let k = 0; k < breaks; k++) {
    const c = candidates(60)
    if (c.length === 0) break
    const i = pick(rng, c)
    const parts = breakParagraph(out[i] as string, rng)
    if (!parts) continue
    out.splice(i, 1, parts[0], '', parts[1])
    ok.splice(i, 1, false, false, false)
    defects.breaks.push(parts)
  }
  if (rng() < 0.6) {
    const c = candidates(40)
    if (c.length > 0) {
      const i = pick(rng, c)
      // the copy lands after this or one of the next two paragraphs, as in the magazine's layout error
      const j = pick(rng, c.filter((x) => x >= i).slice(0, 3))
      out.splice(j + 1, 0, '', out[i] as string)
      ok.splice(j + 1, 0, false, false)
      defects.repeats.push(out[i] as string)
    }
  }
  if (rng() < 0.3) {
    const c = candidates(20)
    if (c.length > 0) {
      const i = pick(rng, c)
      out.splice(i + 1, 0, '', '……')
      ok.splice(i + 1, 0, false, false)
      defects.strays++
    }
  }
  return { lines: out, defects }
}
