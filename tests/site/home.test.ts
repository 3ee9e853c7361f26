// The home page tells a reader what the archive holds and where to start.
import { getCollection } from 'astro:content'
import { describe, expect, it } from 'vitest'
import { attributes, decodeEntities, distBase, readDist } from './helpers.ts'

const base = distBase()
const home = () => readDist('index.html')
const text = () => decodeEntities(home().replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')

describe('home page', () => {
  it('counts the sources and stories', async () => {
    const sources = await getCollection('sources')
    const articles = await getCollection('articles')
    expect(text()).toContain(`原件 ${sources.length} 份`)
    expect(text()).toContain(`报道 ${articles.length} 篇`)
  })

  it('leads with the newest stories', async () => {
    const articles = await getCollection('articles')
    const newest = articles.map((a) => a.data.date?.value ?? '').sort().at(-1)
    const first = attributes(home(), 'href').find((h) => h.startsWith(`${base}/articles/`))!
    const article = articles.find((a) => first === `${base}/articles/${a.id}/`)!
    expect(article.data.date?.value).toBe(newest)
  })

  it('links the by-date archive', () => {
    expect(attributes(home(), 'href')).toContain(`${base}/dates/`)
  })

  it('names the most-mentioned enterprise and project, and no government body', async () => {
    const enterprises = await getCollection('enterprises')
    const projects = await getCollection('projects')
    const most = <T extends { data: { mentions: unknown[] } }>(list: T[]) =>
      [...list].sort((a, b) => b.data.mentions.length - a.data.mentions.length)[0]
    const links = attributes(home(), 'href')
    const topEnterprise = most(enterprises.filter((e) => e.data.kind !== 'government'))
    if (topEnterprise) expect(links).toContain(`${base}/enterprises/${topEnterprise.id}/`)
    const topProject = most(projects)
    if (topProject) expect(links).toContain(`${base}/projects/${topProject.id}/`)
    for (const gov of enterprises.filter((e) => e.data.kind === 'government')) {
      expect(links, gov.data.name).not.toContain(`${base}/enterprises/${gov.id}/`)
    }
  })
})
