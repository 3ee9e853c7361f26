// The figures explorer's data shaping (src/lib/figures.ts).
import { describe, expect, it } from 'vitest'
import {
  chartBars, chartSummary, comparableGroups, compareFigures, formatNumber, periodYears, qualifiedValue, qualifierPrefix,
  quoteParts, subjectKey, subjectLabel, unitLabel, type Figure,
} from '../../src/lib/figures.ts'

let n = 0
function figure(over: Partial<Figure>): Figure {
  n++
  return {
    id: `a-b1-${n}`, label: '投资', subject: null, subjectText: null, value: 1, written: '1亿元', qualifier: 'exact',
    normalized: { value: 1e8, unit: 'CNY' }, period: null, periodDate: null, article: 'a', block: 'b1', quote: '投资1亿元。',
    ...over,
  }
}
const group = (key: string) => ({ subject: { collection: 'enterprises' as const, id: key } })

describe('how a figure reads', () => {
  it('puts the qualifier in Chinese before the value as written', () => {
    expect(qualifiedValue({ qualifier: 'approx', written: '773.95亿元' })).toBe('约773.95亿元')
    expect(qualifiedValue({ qualifier: 'nearly', written: '3500家' })).toBe('近3500家')
    expect(qualifiedValue({ qualifier: 'more-than', written: '5000万台' })).toBe('超过5000万台')
    expect(qualifiedValue({ qualifier: 'at-least', written: '20个' })).toBe('不少于20个')
    expect(qualifiedValue({ qualifier: 'up-to', written: '12亿元' })).toBe('最高12亿元')
    expect(qualifiedValue({ qualifier: 'exact', written: '22%' })).toBe('22%')
  })

  it('does not say it twice when the written form already does (40多个, 20余台)', () => {
    expect(qualifierPrefix({ qualifier: 'more-than', written: '40多个' })).toBe('')
    expect(qualifiedValue({ qualifier: 'more-than', written: '20余台' })).toBe('20余台')
  })

  it('names base units in Chinese, rates part by part, unknown units as they are', () => {
    expect(unitLabel('CNY')).toBe('元')
    expect(unitLabel('m²')).toBe('平方米')
    expect(unitLabel('count')).toBe('计数')
    expect(unitLabel('count/h')).toBe('计数/小时')
    expect(unitLabel('L/支')).toBe('升/支')
    expect(unitLabel('ratio')).toBe('ratio')
  })

  it('prints normalised values in full with separators, fractions to two places', () => {
    expect(formatNumber(77395000000)).toBe('77,395,000,000')
    expect(formatNumber(2000 / 3)).toBe('666.67')
    expect(formatNumber(22)).toBe('22')
  })

  it('marks the written value inside its quote', () => {
    expect(quoteParts('交易额增至773.95亿元，交易量约515万吨。', '773.95亿元')).toEqual(['交易额增至', '773.95亿元', '，交易量约515万吨。'])
    expect(quoteParts('没有这个数', '12亿元')).toBeNull()
  })
})

describe('filter keys', () => {
  it('keys a subject by its reference, its free text, or none', () => {
    expect(subjectKey({ subject: { collection: 'projects', id: 'jiaxing-nanhu-jichang' }, subjectText: null })).toBe('projects/jiaxing-nanhu-jichang')
    expect(subjectKey({ subject: null, subjectText: '长三角 地区' })).toBe('text:长三角_地区')
    expect(subjectKey({ subject: null, subjectText: null })).toBe('none')
  })

  it('labels a subject key with the entity’s name, the text, or as unnamed', () => {
    const names = (ref: { id: string }) => (ref.id === 'x' ? '嘉兴市产业集团' : undefined)
    expect(subjectLabel('enterprises/x', names)).toBe('嘉兴市产业集团')
    expect(subjectLabel('projects/gone', names)).toBe('gone')
    expect(subjectLabel('text:长三角_地区', names)).toBe('长三角 地区')
    expect(subjectLabel('none', names)).toBe('（未注明主体）')
  })

  it('gives a period every year it covers', () => {
    expect(periodYears(null)).toEqual(['none'])
    expect(periodYears({ value: '2024-01', end: '2024-09', inferred: true, evidence: '今年前三季度' })).toEqual(['2024'])
    expect(periodYears({ value: '2023-10', end: '2025-03', inferred: false, evidence: '' })).toEqual(['2023', '2024', '2025'])
  })
})

describe('compareFigures', () => {
  it('follows the article: b2 before b10, then by id', () => {
    const figures = [figure({ block: 'b10', id: 'a-b10-1' }), figure({ block: 'b2', id: 'a-b2-2' }), figure({ block: 'b2', id: 'a-b2-1' }), figure({ article: '0', block: 'b9', id: '0-b9-1' })]
    expect(figures.sort(compareFigures).map((f) => f.id)).toEqual(['0-b9-1', 'a-b2-1', 'a-b2-2', 'a-b10-1'])
  })
})

describe('comparableGroups', () => {
  const a1 = figure({ ...group('a'), written: '10亿元', normalized: { value: 1e9, unit: 'CNY' } })
  const a2 = figure({ ...group('a'), written: '30亿元', normalized: { value: 3e9, unit: 'CNY' } })
  const a3 = figure({ ...group('a'), written: '31家', normalized: { value: 31, unit: 'count' } })
  const b1 = figure({ ...group('b'), normalized: { value: 5, unit: 'count' } })
  const b2 = figure({ ...group('b'), normalized: { value: 6, unit: 'count' } })
  const b3 = figure({ ...group('b'), normalized: { value: 7, unit: 'count' } })
  const loose1 = figure({ normalized: { value: 1, unit: 'CNY' } })
  const loose2 = figure({ normalized: { value: 2, unit: 'CNY' } })
  const text1 = figure({ subjectText: '全市', normalized: { value: 17, unit: 'count' } })
  const text2 = figure({ subjectText: '全市', normalized: { value: 28, unit: 'count' } })
  const groups = comparableGroups([a1, a3, b1, loose1, a2, b2, loose2, text1, b3, text2])

  it('groups two or more figures with the same subject and the same unit, larger groups first', () => {
    expect(groups.map((g) => [g.subject, g.unit, g.figures.length])).toEqual([
      ['enterprises/b', 'count', 3],
      ['enterprises/a', 'CNY', 2],
      ['text:全市', 'count', 2],
    ])
  })

  it('never groups figures without a subject, nor a lone figure', () => {
    const grouped = groups.flatMap((g) => g.figures)
    expect(grouped).not.toContain(loose1)
    expect(grouped).not.toContain(a3)
  })

  it('draws bars largest first, relative to the largest, labelled with indicator, period and value as written', () => {
    const withPeriod = figure({ ...group('c'), label: '交易额', period: '2025年', written: '773.95亿元', qualifier: 'approx', normalized: { value: 77395000000, unit: 'CNY' } })
    const without = figure({ ...group('c'), label: null, written: '46.76亿元', normalized: { value: 4676000000, unit: 'CNY' } })
    const [g] = comparableGroups([without, withPeriod])
    const bars = chartBars(g!)
    expect(bars.map((b) => b.label)).toEqual(['交易额（2025年）', '未注明指标'])
    expect(bars.map((b) => b.value)).toEqual(['约773.95亿元', '46.76亿元'])
    expect(bars[0]!.fraction).toBe(1)
    expect(bars[1]!.fraction).toBeCloseTo(4676 / 77395)
    expect(chartSummary(g!, '嘉兴融担')).toBe('嘉兴融担，元：交易额（2025年） 约773.95亿元；未注明指标 46.76亿元')
  })
})
