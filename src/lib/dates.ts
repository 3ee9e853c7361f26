// Chinese display of SPEC §3 date objects. Precision is whatever `value` has:
// a month stays a month, and no day is ever made up.

export interface DateObject {
  value: string
  end: string | null
  inferred: boolean
  evidence: string
}

interface Parts {
  year: number
  month?: number
  day?: number
}

function parts(value: string): Parts {
  const [year, month, day] = value.split('-').map(Number)
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) }
}

function full(p: Parts): string {
  return `${p.year}年` + (p.month ? `${p.month}月` : '') + (p.month && p.day ? `${p.day}日` : '')
}

/** The end of a range, leaving out the year (and month) it shares with the start. */
function rangeEnd(start: Parts, end: Parts): string {
  if (end.year !== start.year || !start.month || !end.month) return full(end)
  if (end.month !== start.month || !start.day || !end.day) return full(end).replace(`${end.year}年`, '')
  return `${end.day}日`
}

/** '2026年3月6日', '2024年11月', '2024年11月27日至29日' (no inference marks). */
export function formatDateValue(value: string, end: string | null = null): string {
  const start = parts(value)
  if (!end || end === value) return full(start)
  return `${full(start)}至${rangeEnd(start, parts(end))}`
}

export interface DateLabel {
  /** What the reader sees. */
  text: string
  /** Where the date came from, for a tooltip; empty when the text states it. */
  title: string
  /** Machine-readable start, for <time datetime>. */
  datetime: string
  inferred: boolean
}

export function dateLabel(date: DateObject): DateLabel {
  const plain = formatDateValue(date.value, date.end)
  return {
    text: date.inferred ? `约${plain}（据正文推断）` : plain,
    title: date.evidence ? `依据：${date.evidence}` : '',
    datetime: date.value,
    inferred: date.inferred,
  }
}
