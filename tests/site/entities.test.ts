// Enterprises and projects in the built site (run `astro build` first): every
// mention is a link in its story, and every entity page lists its mentions with
// links to the paragraph that holds them.
import { getCollection } from 'astro:content'
import { describe, expect, it } from 'vitest'
import { attributes, decodeEntities, distBase, readDist, withoutCards } from './helpers.ts'

const base = distBase()
type EntityCollection = 'enterprises' | 'projects'
const COLLECTIONS: EntityCollection[] = ['enterprises', 'projects']

/** The inner HTML of the element with this id (blocks hold no element of their own tag). */
function element(html: string, id: string): string {
  const open = new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>`).exec(html)
  if (!open) return ''
  const start = open.index + open[0].length
  return html.slice(start, html.indexOf(`</${open[1]}>`, start))
}

/** Mention links in some HTML: where they point and what they say. */
const mentionLinks = (html: string) =>
  [...withoutCards(html).matchAll(/<a href="([^"]*)" class="mention"[^>]*>([^<]*)<\/a>/g)].map((m) => ({ href: decodeEntities(m[1]!), text: decodeEntities(m[2]!) }))

describe('mentions in stories', () => {
  it('every mention in the body is a link to its entity, in its paragraph', async () => {
    const missing: string[] = []
    for (const collection of COLLECTIONS) {
      for (const entity of await getCollection(collection)) {
        const href = `${base}/${collection}/${entity.id}/`
        // mentions per paragraph and name, against links per paragraph and name
        const wanted = new Map<string, number>()
        for (const m of entity.data.mentions) {
          if (m.inTitle) continue
          const key = `${m.article.id}#${m.block}\n${m.surface}`
          wanted.set(key, (wanted.get(key) ?? 0) + 1)
        }
        for (const [key, count] of wanted) {
          const [where, surface] = key.split('\n') as [string, string]
          const [article, block] = where.split('#') as [string, string]
          const found = mentionLinks(element(readDist(`articles/${article}/index.html`), block)).filter((l) => l.href === href && l.text === surface)
          if (found.length !== count) missing.push(`${collection}/${entity.id}: ${where} “${surface}” linked ${found.length} of ${count} times`)
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('a story links no more than its mentions, and never in the headline', async () => {
    const bodyMentions = new Map<string, number>()
    for (const collection of COLLECTIONS) {
      for (const entity of await getCollection(collection)) {
        for (const m of entity.data.mentions) if (!m.inTitle) bodyMentions.set(m.article.id, (bodyMentions.get(m.article.id) ?? 0) + 1)
      }
    }
    for (const article of await getCollection('articles')) {
      const html = readDist(`articles/${article.id}/index.html`)
      const body = html.slice(html.indexOf('class="article-body"'), html.indexOf('</article>'))
      expect(mentionLinks(body).length, article.id).toBe(bodyMentions.get(article.id) ?? 0)
      const header = html.slice(html.indexOf('<h1'), html.indexOf('</h1>'))
      expect(header, `${article.id} headline`).not.toContain('class="mention"')
    }
  })

  it('every preview card is the description of its link', async () => {
    for (const article of await getCollection('articles')) {
      const html = readDist(`articles/${article.id}/index.html`)
      const described = attributes(html, 'aria-describedby')
      for (const id of described) expect(html, `${article.id} #${id}`).toMatch(new RegExp(`<span class="mention-card" id="${id}" hidden aria-hidden="true">`))
    }
  })
})

describe('enterprise and project pages', () => {
  it('list every sentence that names the entity, linking to a paragraph that holds the name', async () => {
    for (const collection of COLLECTIONS) {
      for (const entity of await getCollection(collection)) {
        const html = readDist(`${collection}/${entity.id}/index.html`)
        for (const m of entity.data.mentions) {
          if (m.inTitle) continue
          const href = `${base}/articles/${m.article.id}/#${m.block}`
          const link = new RegExp(`<a href="${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}">([\\s\\S]*?)</a>`).exec(html)
          expect(link, `${collection}/${entity.id} → ${href}`).not.toBeNull()
          expect(decodeEntities(link![1]!.replace(/<[^>]+>/g, '')), `${collection}/${entity.id} quote`).toContain(m.surface)
          // the anchor is a block of that story, and that block holds the name
          const story = readDist(`articles/${m.article.id}/index.html`)
          expect(withoutCards(element(story, m.block)).replace(/<[^>]+>/g, ''), `${m.article.id}#${m.block}`).toContain(m.surface)
        }
      }
    }
  })

  it('have their own Open Graph card', async () => {
    for (const collection of COLLECTIONS) {
      for (const entity of await getCollection(collection)) {
        const html = readDist(`${collection}/${entity.id}/index.html`)
        expect(html, entity.id).toMatch(new RegExp(`<meta property="og:image" content="[^"]*/og/${collection}/${entity.id}\\.png"`))
        expect(readDist(`og/${collection}/${entity.id}.png`).length, entity.id).toBeGreaterThan(1000)
      }
    }
  })

  it('the index pages list every entity once, government bodies apart from enterprises', async () => {
    const enterprises = readDist('enterprises/index.html')
    const government = enterprises.slice(enterprises.indexOf('id="kind-government"'))
    for (const e of await getCollection('enterprises')) {
      const href = `href="${base}/enterprises/${e.id}/"`
      expect(enterprises.split(href).length - 1, e.id).toBe(1)
      expect(government.includes(href), `${e.id} (${e.data.kind})`).toBe(e.data.kind === 'government')
    }
    const projects = readDist('projects/index.html')
    for (const p of await getCollection('projects')) expect(projects.split(`href="${base}/projects/${p.id}/"`).length - 1, p.id).toBe(1)
  })

  it('the relations page draws every entity as a link', async () => {
    const html = readDist('relations/index.html')
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'))
    for (const collection of COLLECTIONS) {
      for (const e of await getCollection(collection)) expect(svg, e.id).toContain(`href="${base}/${collection}/${e.id}/"`)
    }
  })
})
