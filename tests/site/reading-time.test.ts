import { getCollection } from 'astro:content'
import { describe, expect, it } from 'vitest'
import { readableLength, readingMinutes } from '../../src/lib/reading-time.ts'
import { readDist } from './helpers.ts'

describe('reading time', () => {
  it('counts Han characters one by one and a Latin or digit run as one, punctuation not at all', () => {
    expect(readableLength('嘉兴南湖机场')).toBe(6)
    expect(readableLength('LED透镜，2024年。')).toBe(5)
    expect(readableLength('“”（）……')).toBe(0)
  })

  it('rounds up to whole minutes at 450 characters a minute, at least one', () => {
    expect(readingMinutes([''])).toBe(1)
    expect(readingMinutes(['字'.repeat(450)])).toBe(1)
    expect(readingMinutes(['字'.repeat(451)])).toBe(2)
    expect(readingMinutes(['字'.repeat(300), '字'.repeat(300)])).toBe(2)
  })

  it('every story page with text says how long it reads', async () => {
    for (const a of await getCollection('articles')) {
      const html = readDist(`articles/${a.id}/index.html`)
      if (a.data.blocks.length === 0) continue
      expect(html, a.id).toContain(`阅读约${readingMinutes(a.data.blocks.map((b) => b.text))}分钟`)
    }
  })
})
