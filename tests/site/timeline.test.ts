// The events timeline's data shaping (src/lib/timeline.ts).
import { describe, expect, it } from 'vitest'
import { eventTypeName } from '../../src/lib/labels.ts'
import { compareEvents, eventAnchor, eventDate, participantKeys, periodAnchor, timeline } from '../../src/lib/timeline.ts'

const event = (id: string, value: string, end: string | null = null) => ({ id, date: { value, end, inferred: false, evidence: '' } })

describe('timeline', () => {
  const events = [
    event('late', '2026-01-17', '2026-02-28'),
    event('opening', '2024-12-26'),
    event('month', '2024-10'),
    event('early', '2024-10-09'),
    event('short', '2026-01-17', '2026-01-18'),
    event('first', '2023-04'),
  ]
  const years = timeline(events)

  it('runs oldest year first, months in calendar order', () => {
    expect(years.map((y) => y.year)).toEqual(['2023', '2024', '2026'])
    expect(years[1]!.months.map((m) => m.month)).toEqual(['10', '12'])
  })

  it('orders a month by date: a month-only date before the days of that month', () => {
    expect(years[1]!.months[0]!.items.map((e) => e.id)).toEqual(['month', 'early'])
  })

  it('puts a span under the month it starts in, the shorter of two spans first', () => {
    expect(years[2]!.months.map((m) => m.month)).toEqual(['01'])
    expect(years[2]!.months[0]!.items.map((e) => e.id)).toEqual(['short', 'late'])
  })

  it('keeps every event exactly once', () => {
    expect(years.flatMap((y) => y.months.flatMap((m) => m.items.map((e) => e.id))).sort()).toEqual(events.map((e) => e.id).sort())
  })

  it('compares by start, then end, then id', () => {
    expect(compareEvents(event('a', '2024-10-09'), event('b', '2024-10-09'))).toBeLessThan(0)
    expect(compareEvents(event('a', '2024-10-09', '2024-10-12'), event('b', '2024-10-09'))).toBeGreaterThan(0)
  })
})

describe('an event’s date and keys', () => {
  it('formats ranges with their end and keeps what the date was inferred from', () => {
    const d = eventDate({ value: '2024-11-27', end: '2024-11-29', inferred: true, evidence: '11月27日至29日' })
    expect(d).toEqual({ text: '2024年11月27日至29日', datetime: '2024-11-27', inferred: true, evidence: '11月27日至29日' })
    expect(eventDate({ value: '2026-04', end: null, inferred: true, evidence: '今年4月' }).text).toBe('2026年4月')
  })

  it('keys participants by collection and id', () => {
    expect(participantKeys({ participants: [{ collection: 'enterprises', id: 'a' }, { collection: 'projects', id: 'b' }] })).toEqual(['enterprises/a', 'projects/b'])
  })

  it('makes anchors valid HTML ids (starting with a letter)', () => {
    expect(eventAnchor('000-x-b1-1')).toBe('event-000-x-b1-1')
    expect(periodAnchor('2024')).toBe('y2024')
    expect(periodAnchor('2024', '10')).toBe('y2024-m10')
    expect(periodAnchor('2024', null)).toBe('y2024-m00')
  })

  it('names event types in Chinese, an unknown type as itself', () => {
    expect(eventTypeName('bond')).toBe('债券融资')
    expect(eventTypeName('completion')).toBe('建成完工')
    expect(eventTypeName('unheard-of')).toBe('unheard-of')
  })
})
