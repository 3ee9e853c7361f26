// The events timeline (/events/): every dated happening in chronological order,
// grouped by year and month, with its date as the text supports it. Pure
// functions; the page only renders.
import type { ArchiveEvent } from './archive.ts'
import { formatDateValue, type DateObject } from './dates.ts'
import type { EntityRef } from './figures.ts'
import { groupByPeriod, type YearGroup } from './periods.ts'

/** An event entry, flattened to what the timeline shows. */
export interface TimelineEvent {
  id: string
  title: string
  type: string
  date: DateObject
  participants: EntityRef[]
  article: string
  block: string
  quote: string
}

export function toTimelineEvent(e: ArchiveEvent): TimelineEvent {
  const d = e.data
  return { id: e.id, title: d.title, type: d.type, date: d.date, participants: d.participants, article: d.article.id, block: d.block, quote: d.quote }
}

/** Oldest first: by start, a shorter span before a longer one from the same start, then id. */
export function compareEvents(a: Pick<TimelineEvent, 'id' | 'date'>, b: Pick<TimelineEvent, 'id' | 'date'>): number {
  const key = (e: Pick<TimelineEvent, 'id' | 'date'>) => [e.date.value, e.date.end ?? e.date.value, e.id]
  const ka = key(a)
  const kb = key(b)
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1
  return 0
}

/**
 * Years oldest first, each with its months in calendar order (a month-less group
 * last) and the events of a month in date order. An event spanning months stands
 * under the month it starts in.
 */
export function timeline<T extends Pick<TimelineEvent, 'id' | 'date'>>(events: readonly T[]): YearGroup<T>[] {
  return groupByPeriod([...events].sort(compareEvents), (e) => e.date.value).years.reverse()
}

/** Anchor of a year's or a month's section: 'y2024', 'y2024-m10', 'y2024-m00' (month not known). */
export const periodAnchor = (year: string, month?: string | null) =>
  month === undefined ? `y${year}` : `y${year}-m${month ?? '00'}`

/** Anchor of an event: its id, made a valid HTML id (ids start with a letter). */
export const eventAnchor = (id: string) => `event-${id}`

/** What marks a date the ingest inferred (from 今年4月, 昨天 …) rather than read in full. */
export const INFERRED_MARK = '（推断）'

export interface EventDateText {
  /** '2024年11月27日至29日'. */
  text: string
  /** Start, for <time datetime>. */
  datetime: string
  inferred: boolean
  /** The words the date was read from. */
  evidence: string
}

export function eventDate(date: DateObject): EventDateText {
  return { text: formatDateValue(date.value, date.end), datetime: date.value, inferred: date.inferred, evidence: date.evidence }
}

/** Filter keys of the participants: 'enterprises/<id> projects/<id>'. */
export const participantKeys = (e: Pick<TimelineEvent, 'participants'>) => e.participants.map((p) => `${p.collection}/${p.id}`)
