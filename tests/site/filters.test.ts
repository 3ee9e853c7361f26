import { describe, expect, it } from 'vitest'
import { byCount, countOptions, filterKey, matches, readQuery, writeQuery } from '../../src/lib/filters.ts'

describe('filter state in the URL query', () => {
  const names = ['subject', 'unit', 'q']

  it('reads only the named, non-empty parameters', () => {
    expect(readQuery('?unit=CNY&subject=&utm=x&q=%E4%BA%A4%E6%98%93', names)).toEqual({ unit: 'CNY', q: '交易' })
    expect(readQuery('', names)).toEqual({})
  })

  it('writes a shareable query in a fixed order, leaving out empty values', () => {
    expect(writeQuery({ q: '交易额', unit: 'm²', subject: '' }, names)).toBe('?unit=m%C2%B2&q=%E4%BA%A4%E6%98%93%E9%A2%9D')
    expect(writeQuery({}, names)).toBe('')
  })

  it('round-trips any value, slashes and Chinese included', () => {
    const state = { subject: 'enterprises/jiaxing-shimin-ka-gongsi', unit: 'count/h', q: '超 1.2万吨' }
    expect(readQuery(writeQuery(state, names), names)).toEqual(state)
  })
})

describe('matches', () => {
  const item = { keys: { subject: 'enterprises/a', period: '2024 2025', unit: 'CNY' }, text: '交易额 773.95亿元' }

  it('passes every item when nothing is set', () => {
    expect(matches(item, {})).toBe(true)
  })

  it('wants a key filter’s value among the item’s tokens, not inside one', () => {
    expect(matches(item, { period: '2025' })).toBe(true)
    expect(matches(item, { period: '202' })).toBe(false)
    expect(matches(item, { subject: 'enterprises/a', unit: 'CNY' })).toBe(true)
    expect(matches(item, { subject: 'enterprises/a', unit: '%' })).toBe(false)
  })

  it('fails an item that lacks the key', () => {
    expect(matches(item, { entity: 'projects/x' })).toBe(false)
  })

  it('searches the text for the text filter', () => {
    expect(matches(item, { q: '交易' })).toBe(true)
    expect(matches(item, { q: ' 773.95 ' })).toBe(true)
    expect(matches(item, { q: '税收' })).toBe(false)
  })

  it('leaves out names that are no filters (sort order)', () => {
    expect(matches(item, { sort: 'value', order: 'desc' }, 'q', ['sort', 'order'])).toBe(true)
  })
})

describe('countOptions', () => {
  const items = [{ k: ['b', 'a'] }, { k: ['a', 'a'] }, { k: ['c'] }, { k: ['a'] }]
  const labels: Record<string, string> = { a: '乙', b: '甲', c: '丙' }

  it('counts each item once per key', () => {
    const options = countOptions(items, (i) => i.k, (k) => labels[k]!)
    expect(Object.fromEntries(options.map((o) => [o.value, o.count]))).toEqual({ a: 3, b: 1, c: 1 })
  })

  it('orders by label (pinyin: 丙 bǐng, 甲 jiǎ, 乙 yǐ) by default, or most items first', () => {
    expect(countOptions(items, (i) => i.k, (k) => labels[k]!).map((o) => o.value)).toEqual(['c', 'b', 'a'])
    expect(countOptions(items, (i) => i.k, (k) => labels[k]!, byCount).map((o) => o.value)).toEqual(['a', 'c', 'b'])
  })
})

describe('filterKey', () => {
  it('turns whitespace into underscores so a key is one token', () => {
    expect(filterKey(' 长三角 地区 ')).toBe('长三角_地区')
  })
})
