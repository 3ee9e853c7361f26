import { isFurniture, isProseUnit, isText, type Unit } from './classify.ts'
import type { ReportEntry } from './model.ts'
import { titleDate } from './publication-date.ts'
import { endsComplete, visibleLength } from './text.ts'

// The frame a web page or an e-paper reader prints around one story: its menus,
// lists of other headlines and clock above the headline, its related links and
// notices below the story. A site prints its stamp (发布日期, 来源, 版面) right under
// the headline, so the headline is found by that evidence: the last stamp before the
// story's first paragraph, and the title line above it. What stands above the
// headline is the site's, not the story's; a stamp there is the reader's own date.

/** Kinds that may stand between a headline and its stamp, or between the stamp and the text. */
const between = (u: Unit) => isFurniture(u) || u.kind === 'byline' || u.kind === 'stray' || u.kind === 'credit'
const isStampLike = (u: Unit) => (u.kind === 'stamp' && !u.furniture?.signOff) || u.kind === 'source-line' || u.kind === 'page-line'
/** A headline on the web may run long, but it is one line and does not end a sentence. */
const isHeadline = (u: Unit | undefined): u is Unit => isText(u) && visibleLength(u.text) <= 80 && (!endsComplete(u.text) || /[？！?!]$/.test(u.text)) && !/[，,]$/.test(u.text)

/**
 * The nearest text line above `i`, over furniture and over a word or two of the site's
 * (创始人, 新闻中心) that no headline is; -1 if none.
 */
function nearestTextAbove(units: Unit[], i: number): number {
  let h = i - 1
  while (h >= 0 && (between(units[h]!) || (isText(units[h]) && visibleLength(units[h]!.text) < 5))) h--
  return h
}

/**
 * The headline at `h`, and the kicker (引题) printed right above it, if one stands there
 * apart from what is above it (not the last of a list of other headlines). True when a
 * kicker was found.
 */
function markHeadline(units: Unit[], h: number): boolean {
  const headline = units[h]!
  headline.headline = 'main'
  const above = units[h - 1]
  const kicker = isHeadline(above) && visibleLength(above.text) <= 40 && headline.gapBefore <= 1 && (h === 1 || !isText(units[h - 2]) || above.gapBefore > headline.gapBefore)
  if (kicker) above.headline = 'kicker'
  return kicker
}

export interface FramedPage {
  units: Unit[]
  entries: ReportEntry[]
}

export function markPageFrame(input: Unit[]): FramedPage {
  const units = input.map((u) => ({ ...u }))
  const entries: ReportEntry[] = []
  const toChrome = (u: Unit, reason: string) => {
    u.kind = 'chrome'
    entries.push({ action: 'drop', kind: 'chrome', lines: u.lines, text: u.text, reason })
  }

  // the story's first paragraph, and the last stamp printed above it
  // (a paragraph has the pauses of sentences: a long row of links has none)
  const first = units.findIndex((u) => isProseUnit(u) && visibleLength(u.text) > 30 && /[，。,；]/.test(u.text))
  let stamp = -1
  for (let i = first - 1; i >= 0; i--) {
    if (isStampLike(units[i]!)) {
      stamp = i
      break
    }
    if (!between(units[i]!) && !isText(units[i]!)) break
  }
  // a stamp printed above the headline (a reader's date line over the page's stories):
  // what stands above the stamp is the reader's, the headline comes after it
  const above = stamp > 0 ? nearestTextAbove(units, stamp) : -1
  const titledBelow = stamp > 0 && !(above >= 0 && isHeadline(units[above])) && units.slice(stamp + 1, first).some((u) => isHeadline(u) && visibleLength(u.text) >= 5)
  if (titledBelow) {
    for (const u of units.slice(0, stamp)) if (u.kind === 'text') toChrome(u, 'above the page’s stamp and its headline: the reader’s lists and chrome')
  }
  let anchored = titledBelow
  if (stamp > 0 && !titledBelow) {
    const h = above
    const headline = units[h]
    if (h >= 0 && isHeadline(headline)) {
      anchored = true
      const kicker = markHeadline(units, h)
      for (let i = 0; i < (kicker ? h - 1 : h); i++) {
        const u: Unit = units[i]!
        if (u.kind === 'text') toChrome(u, 'above the headline: the site’s menus and lists of other stories')
        else if (u.kind === 'stamp' && u.furniture) {
          u.furniture = { ...u.furniture, reader: true }
          entries.push({ action: 'classify', kind: 'reader-date', lines: u.lines, text: u.text, reason: 'a date above the headline, in the reader’s chrome: the day the page was read, not the paper’s date' })
        }
      }
    }
  }

  // without a stamp, under the site's navigation (a breadcrumb, a menu): the headline is
  // the line right above the story's first paragraph, and what stands between is the site's
  const nav = !anchored && stamp <= 0 && first > 0 ? units.slice(0, first).findLastIndex((u) => u.furniture?.navigation) : -1
  if (nav >= 0) {
    let h = first - 1
    while (h > nav && between(units[h]!)) h--
    if (h > nav && isHeadline(units[h]) && visibleLength(units[h]!.text) >= 5) {
      const kicker = markHeadline(units, h)
      for (const u of units.slice(0, kicker ? h - 1 : h)) if (u.kind === 'text') toChrome(u, 'under the site’s navigation and above the headline: its lists of other stories')
      anchored = true
    }
  }

  // without a stamp, a digest's or a chronicle's title names its date (2021年12月份大事记):
  // that line is the headline, and the site's lines above it are its frame
  if (!anchored && stamp <= 0) {
    const h = units.slice(0, first > 0 ? first : 6).findIndex((u) => isHeadline(u) && titleDate(u.text) !== null)
    if (h > 0) {
      units[h]!.headline = 'main'
      for (const u of units.slice(0, h)) if (u.kind === 'text') toChrome(u, 'above the dated title: the site’s menus')
    }
  }

  // after a related-links header or a copyright notice the story is over, and after the
  // page's credits (来源… 编辑…) printed below it
  const end = units.findIndex((u, i) => i > first && first >= 0 && (u.furniture?.endsStory || u.furniture?.credits))
  if (end >= 0) {
    for (const u of units.slice(end + 1)) {
      if (u.kind === 'text' || u.kind === 'byline') toChrome(u, 'after the story: the site’s related links, comments and notices')
    }
  }
  return { units, entries }
}
