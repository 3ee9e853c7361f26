import { describe, expect, it } from 'vitest'
import { dateLabel, formatDateValue } from '../../src/lib/dates.ts'

describe('formatDateValue', () => {
  it('shows exactly the precision of the value', () => {
    expect(formatDateValue('2026-03-06')).toBe('2026年3月6日')
    expect(formatDateValue('2024-11')).toBe('2024年11月')
    expect(formatDateValue('2024')).toBe('2024年')
  })

  it('shortens ranges by what start and end share', () => {
    expect(formatDateValue('2024-11-27', '2024-11-29')).toBe('2024年11月27日至29日')
    expect(formatDateValue('2024-11-30', '2024-12-02')).toBe('2024年11月30日至12月2日')
    expect(formatDateValue('2024-12-30', '2025-01-02')).toBe('2024年12月30日至2025年1月2日')
    expect(formatDateValue('2024-11', '2024-12')).toBe('2024年11月至12月')
    expect(formatDateValue('2024-11-27', '2024-11-27')).toBe('2024年11月27日')
  })
})

describe('dateLabel', () => {
  it('marks an inferred date and keeps its evidence for the tooltip', () => {
    const label = dateLabel({ value: '2024-11', end: null, inferred: true, evidence: '11月27日至29日' })
    expect(label.text).toBe('约2024年11月（据正文推断）')
    expect(label.title).toContain('11月27日至29日')
    expect(label.datetime).toBe('2024-11')
  })

  it('shows a stated date as it is', () => {
    const label = dateLabel({ value: '2026-01-05', end: null, inferred: false, evidence: '2026年1月5日' })
    expect(label.text).toBe('2026年1月5日')
  })
})
