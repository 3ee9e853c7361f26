import { describe, expect, it } from 'vitest'
import { articleSlug, sourceSlug, titleSlug } from '../../scripts/ingest/slug.ts'

describe('slugs', () => {
  it('makes a source id from its file name', () => {
    expect(sourceSlug('003_4fbab94a4f508d93.txt')).toBe('003-4fbab94a4f508d93')
    expect(sourceSlug('南湖晚报0307.txt')).toMatch(/^nanhu-?wanbao-?0307$/)
    expect(sourceSlug('南湖晚报0307.txt')).not.toBe(sourceSlug('嘉兴日报0307.txt'))
  })
  it('spells a title in toneless pinyin, a hyphen between words', () => {
    expect(titleSlug('嘉兴南湖机场正式通航')).toMatch(/^jiaxing-nanhu-?jichang/)
    expect(titleSlug('天气预报')).toMatch(/^tianqi-?yubao$/)
    expect(titleSlug('2025嘉兴推进组织工作纪事')).toMatch(/^2025-jiaxing/)
    expect(titleSlug('')).toBe('untitled')
  })
  it('prefixes article ids with source and position, all ASCII', () => {
    expect(articleSlug('003-abc', 5, '天气预报')).toMatch(/^003-abc-05-[a-z0-9-]+$/)
  })
})
