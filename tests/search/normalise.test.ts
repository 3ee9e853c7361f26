import { describe, expect, it } from 'vitest'
import { decodePairs, normalise, queryTerms, sourceRange } from '../../src/lib/search/normalise.ts'
import { traditionalPairs, encodePairs } from '../../src/lib/search/traditional.ts'

const t2s = decodePairs(encodePairs(traditionalPairs('南湖机场嘉兴产业集团发展')))

describe('normal form', () => {
  it('drops punctuation and spaces, so a phrase matches with or without them', () => {
    expect(normalise('“决战四季度，夺取全年红”').text).toBe('决战四季度夺取全年红')
    expect(normalise('嘉兴 经开区').text).toBe('嘉兴经开区')
  })

  it('keeps a decimal point between digits only', () => {
    expect(normalise('交易额增至773.95亿元。').text).toBe('交易额增至773.95亿元')
    expect(normalise('共10家. 下一段').text).toBe('共10家下一段')
  })

  it('folds full-width digits and letters and upper case', () => {
    expect(normalise('ＢＦＳ技术１２３').text).toBe('bfs技术123')
    expect(normalise('2.62％').text).toBe('2.62%')
  })

  it('turns traditional characters of the archive into simplified ones', () => {
    expect(normalise('南湖機場', t2s).text).toBe('南湖机场')
    expect(normalise('嘉興產業集團發展', t2s).text).toBe('嘉兴产业集团发展')
  })

  it('maps every normalised character back to where it came from', () => {
    const source = '“秀湖商务大厦（暂定名）项目”'
    const n = normalise(source)
    const at = n.text.indexOf('暂定名')
    const [s, e] = sourceRange(n, source, at, at + 3)
    expect(source.slice(s, e)).toBe('暂定名')
  })

  it('splits a query into terms at spaces (ideographic ones too)', () => {
    expect(queryTerms('南湖　机场  773.95 ', t2s)).toEqual(['南湖', '机场', '773.95'])
    expect(queryTerms('，。！')).toEqual([])
  })
})
