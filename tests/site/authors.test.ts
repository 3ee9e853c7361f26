import { describe, expect, it } from 'vitest'
import { collectAuthors } from '../../src/lib/authors.ts'
import { readDist } from './helpers.ts'

describe('collectAuthors', () => {
  it('credits each printed name once per story and role, most credited first', () => {
    const authors = collectAuthors([
      { id: 'b', bylines: [{ role: '记者', name: '柳青禾' }, { role: '摄影', name: '许渡' }] },
      { id: 'a', bylines: [{ role: '记者', name: '柳青禾' }] },
      { id: 'c', bylines: [{ role: '摄影', name: '柳青禾' }, { role: '机场公司', name: '钟小玉' }] },
    ])
    expect(authors.map((a) => a.name)).toEqual(['柳青禾', '许渡', '钟小玉'])
    expect(authors[0]).toMatchObject({ id: 'liu-qing-he', credits: [{ article: 'a', roles: ['记者'] }, { article: 'b', roles: ['记者'] }, { article: 'c', roles: ['摄影'] }], roles: [{ role: '记者', count: 2 }, { role: '摄影', count: 1 }] })
  })
  it('lists a story once for a writer credited with two roles in it (文/摄 甲)', () => {
    const [a] = collectAuthors([{ id: 'a', bylines: [{ role: '文', name: '王小彤' }, { role: '摄', name: '王小彤' }] }])
    expect(a!.credits).toEqual([{ article: 'a', roles: ['文', '摄'] }])
  })
  it('gives two names spelled alike in pinyin ids of their own, whichever comes first', () => {
    const one = collectAuthors([{ id: 'a', bylines: [{ role: '记者', name: '王丽' }, { role: '记者', name: '王力' }] }])
    const other = collectAuthors([{ id: 'a', bylines: [{ role: '记者', name: '王力' }, { role: '记者', name: '王丽' }] }])
    const ids = (xs: typeof one) => Object.fromEntries(xs.map((a) => [a.name, a.id]))
    expect(ids(one)).toEqual(ids(other))
    expect(new Set(one.map((a) => a.id)).size).toBe(2)
    expect(ids(one)['王丽']).toMatch(/^wang-li-[0-9a-f]{6}$/)
  })
})

interface Exported {
  articles: { id: string; url: string; title: string; bylines: { role: string; name: string }[] }[]
}

describe('author pages in the built site', () => {
  const archive = JSON.parse(readDist('data/archive.json')) as Exported
  it('link every byline of a story to a page that lists the story with that role', () => {
    let checked = 0
    for (const a of archive.articles) {
      const html = readDist(`${a.url}index.html`)
      for (const b of a.bylines) {
        const link = html.match(new RegExp(`<a class="byline-name" href="/?([^"]*authors/[^"]+/)">${b.name}</a>`))
        expect(link, `${a.id}: ${b.name}`).not.toBeNull()
        const page = readDist(`${link![1]!.replace(/^\//, '')}index.html`)
        expect(page).toContain(`href="/${a.url}"`)
        expect(page).toContain(b.role || '署名')
        checked++
      }
    }
    expect(checked).toBeGreaterThan(20)
  })
  it('list every author on the index', () => {
    const names = new Set(archive.articles.flatMap((a) => a.bylines.map((b) => b.name)))
    const index = readDist('authors/index.html')
    for (const n of names) expect(index).toContain(`>${n}</a>`)
  })
})
