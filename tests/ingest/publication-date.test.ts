import { describe, expect, it } from 'vitest'
import { choosePublicationDate, titleDate, type DateCandidate } from '../../scripts/ingest/publication-date.ts'
import { ingestText } from './helpers.ts'

const c = (kind: DateCandidate['kind'], value: string, more: Partial<DateCandidate> = {}): DateCandidate => ({ kind, value, evidence: `${kind} ${value}`, lines: [1], labelled: false, ...more })

describe('choosePublicationDate: precedence among candidates', () => {
  it('a stamp outranks a title, and a title the body’s happenings', () => {
    const { date, reasons } = choosePublicationDate([c('body', '2024-07'), c('title', '2024-07'), c('stamp', '2024-08-02', { labelled: true })])
    expect(date).toMatchObject({ value: '2024-08-02', inferred: false })
    expect([...reasons.values()].filter((r) => r.startsWith('chosen'))).toHaveLength(1)
    expect(choosePublicationDate([c('body', '2024-09'), c('title', '2024-07')]).date).toMatchObject({ value: '2024-07', inferred: true })
  })
  it('never takes the reader’s own date', () => {
    expect(choosePublicationDate([c('reader', '2026-01-24')]).date).toBeNull()
    expect(choosePublicationDate([c('reader', '2026-01-24'), c('body', '2025')]).date!.value).toBe('2025')
  })
  it('a labelled stamp outranks a bare one', () => {
    expect(choosePublicationDate([c('stamp', '2024-03-06', { lines: [1] }), c('stamp', '2024-03-05', { lines: [9], labelled: true })]).date!.value).toBe('2024-03-05')
  })
  it('gives a yearless stamp the year of the text’s happenings, never older than the latest of them', () => {
    expect(choosePublicationDate([c('yearless', '--03-05'), c('body', '2024-02')]).date!.value).toBe('2024-03-05')
    // a January paper looking back on last year's December: the next year
    expect(choosePublicationDate([c('yearless', '--01-14'), c('body', '2025-01', { floor: '2025-12' }), c('reader', '2026-01-24')]).date!.value).toBe('2026-01-14')
    // without happenings, the last such day before the reader’s own date
    expect(choosePublicationDate([c('yearless', '--12-30'), c('reader', '2026-01-03')]).date!.value).toBe('2025-12-30')
    expect(choosePublicationDate([c('yearless', '--03-05')]).date).toBeNull()
  })
})

describe('titleDate', () => {
  it('reads the period a digest’s or a chronicle’s title names', () => {
    expect(titleDate('某某区发展和改革局2025年7月工作总结')).toEqual({ value: '2025-07', evidence: '2025年7月工作总结' })
    expect(titleDate('集团2021年12月份大事记')!.value).toBe('2021-12')
    expect(titleDate('2024年度工作要点')!.value).toBe('2024')
    expect(titleDate('2024年全市重点项目集中开工')).toBeNull()
  })
})

describe('the publication date of a published page', () => {
  it('takes the e-paper’s issue date over the reader’s, and reports every candidate', () => {
    const r = ingestText(['电子报阅读机', '2025-12-20', '星期六', '当前报纸名称:禾城日报', '', '某镇新建三座口袋公园', '', '日期:12-02', '版面:第05版:城事', '', '■记者 柳青禾', '', '本报讯 昨天,某镇三座口袋公园同时开放。今年9月,公园动工建设。'].join('\n'))
    expect(r.source.date).toMatchObject({ value: '2025-12-02', inferred: true })
    expect(r.source.publication).toBe('禾城日报')
    expect(r.articles[0]!.dateline!.value).toBe('2025-12-01')
    const candidates = r.report.entries.filter((e) => e.kind === 'date-candidate')
    // (the text names no year: the reader's date bounds the issue's)
    expect(candidates.map((e) => e.result?.split(' ')[0])).toEqual(['reader', 'yearless'])
    expect(candidates.find((e) => e.result?.startsWith('reader'))!.reason).toMatch(/passed over/)
  })
  it('claims no month a page does not give: a year read from the body stays a year', () => {
    const r = ingestText(['某村办起共富工坊', '', '2023年,某村办起共富工坊,带动村民增收。'].join('\n'))
    expect(r.source.date!.value).toBe('2023')
  })
})

describe('a yearless stamp under a reader’s date', () => {
  it('is the last such day before the reader’s date, though the text recalls older years', () => {
    expect(choosePublicationDate([c('yearless', '--09-08'), c('body', '2014-05', { floor: '2014-05' }), c('reader', '2025-10-12')]).date!.value).toBe('2025-09-08')
    // …unless the text dates a happening after that day
    expect(choosePublicationDate([c('yearless', '--01-14'), c('body', '2025-12', { floor: '2025-12' }), c('reader', '2025-12-30')]).date!.value).toBe('2026-01-14')
  })
})
