// scripts/field-check.ts: what it counts right and wrong on a page, checked on pages
// composed for the test (the field corpus itself stays outside the repository).
import { describe, expect, it } from 'vitest'
import { scorePage, type FieldAnnotation } from '../scripts/field-check.ts'
import { ingestText } from './ingest/helpers.ts'

const page = ['某区新建两所学校', '发布时间:2023-05-08 来源:禾城日报', '记者 柳青禾', '', '  5月7日,某区两所新建学校通过验收,秋季学期将迎来首批学生,可提供学位2700个。'].join('\n')
const annotation = (more: Partial<FieldAnnotation> = {}): FieldAnnotation => ({
  url: 'composed',
  outlet: '禾城日报',
  kind: 'portal',
  split: 'tune',
  publication: '禾城日报',
  date: '2023-05-08',
  stories: [{ title: '某区新建两所学校', bylines: [{ role: '记者', name: '柳青禾' }], dateline: '2023-05-07' }],
  furniture: ['发布时间'],
  ...more,
})

describe('scorePage', () => {
  it('counts a page read as annotated right on every measure', () => {
    const s = scorePage('p', annotation(), ingestText(page))
    expect(s).toMatchObject({ stories: true, title: true, bylines: true, date: true, overclaimed: false, datelines: [1, 1], publication: true, furnitureInText: [] })
    expect(s.misses).toEqual([])
  })
  it('counts a date more precise than the page supports as wrong, and says so', () => {
    const s = scorePage('p', annotation({ date: '2023' }), ingestText(page))
    expect(s).toMatchObject({ date: false, overclaimed: true })
    expect(s.misses.join('\n')).toMatch(/more precise than the page supports/)
  })
  it('names the bylines, titles and furniture it finds wrong', () => {
    const s = scorePage('p', annotation({ stories: [{ title: '另一个标题', bylines: [{ role: '通讯员', name: '许渡' }], dateline: null }], furniture: ['秋季学期'] }), ingestText(page))
    expect(s).toMatchObject({ title: false, bylines: false, furnitureInText: ['秋季学期'] })
    expect(s.misses.some((m) => m.includes('记者 柳青禾') && m.includes('通讯员 许渡'))).toBe(true)
  })
})
