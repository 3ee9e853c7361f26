// The Markdown stage that links mentions (src/lib/rehype-entity-links.ts), run the
// way Astro runs it, after the block anchors, on small stories with entity files
// written to a temporary content directory.
import { createMarkdownProcessor } from '@astrojs/markdown-remark'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { stringify } from 'yaml'
import rehypeBlockAnchors from '../../src/lib/rehype-block-anchors.ts'
import rehypeEntityLinks, { entityDataDigest } from '../../src/lib/rehype-entity-links.ts'
import { decodeEntities, withoutCards } from './helpers.ts'

interface Mention { article: string; block: string; surface: string; start: number; quote: string; inTitle?: true }

const ARTICLE = 'test-story'
const blocks = [
  { id: 'b1', type: 'paragraph', text: '座谈会上，市产业集团和嘉通集团先后作了汇报。' },
  { id: 'b2', type: 'caption', text: '参观嘉通集团' },
  { id: 'b3', type: 'quote', text: '嘉兴南湖机场正式通航。' },
  { id: 'b4', type: 'paragraph', text: '嘉通集团的名字在这里出现，但没有记作提及。' },
]
// What the ingest writes for these blocks: paragraphs, an emphasised caption, a quote.
const body = ['座谈会上，市产业集团和嘉通集团先后作了汇报。', '*参观嘉通集团*', '> 嘉兴南湖机场正式通航。', '嘉通集团的名字在这里出现，但没有记作提及。'].join('\n\n')
const title = '嘉通集团召开座谈会'

const at = (block: string, surface: string, start: number, extra: Partial<Mention> = {}): Mention => {
  const text = blocks.find((b) => b.id === block)!.text
  return { article: ARTICLE, block, surface, start, quote: text, ...extra }
}

let dir: string

function writeEntity(collection: string, id: string, data: Record<string, unknown>) {
  mkdirSync(join(dir, collection), { recursive: true })
  writeFileSync(join(dir, collection, `${id}.md`), `---\n${stringify(data)}---\n`)
}

async function render(base = '/', contentDir = dir): Promise<string> {
  const processor = await createMarkdownProcessor({
    gfm: false,
    smartypants: false,
    syntaxHighlight: false,
    rehypePlugins: [rehypeBlockAnchors, [rehypeEntityLinks, { contentDir, base }]],
  })
  const { code } = await processor.render(body, { fileURL: new URL(`file://${join(contentDir, 'articles', `${ARTICLE}.md`)}`), frontmatter: { title, blocks } })
  return code
}

const links = (html: string) => [...html.matchAll(/<a href="([^"]*)" class="mention"[^>]*>([^<]*)/g)].map((m) => ({ href: m[1], text: m[2] }))
const tagsOff = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ''))
const plainText = (html: string) => tagsOff(withoutCards(html).replace(/<a class="block-anchor"[^>]*>.*?<\/a>/g, ''))

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'entity-links-'))
  writeEntity('enterprises', 'jiaxing-chanye', {
    name: '嘉兴市产业发展集团有限公司', aliases: ['市产业集团'], kind: 'group', parent: null, origin: 'both',
    description: '嘉兴市属国有企业集团。',
    mentions: [at('b1', '市产业集团', 5), { ...at('b1', '市产业集团', 5), article: 'other-story' }],
  })
  writeEntity('enterprises', 'jia-tong', {
    name: '嘉通集团', aliases: [], kind: 'group', parent: null, origin: 'discovered', description: null,
    // in the headline too, and (below) named in b4 without a mention
    mentions: [at('b1', '嘉通集团', 11), at('b2', '嘉通集团', 2), at('b1', '嘉通集团', 0, { inTitle: true, quote: title })],
  })
  writeEntity('projects', 'nanhu-jichang', {
    name: '嘉兴南湖机场', aliases: [], owner: 'jiaxing-chanye', location: null, status: null, origin: 'discovered', description: null,
    mentions: [at('b3', '嘉兴南湖机场', 0)],
  })
  mkdirSync(join(dir, 'metrics'))
  writeFileSync(join(dir, 'metrics', 'm1.md'), `---\n${stringify({ subject: { collection: 'enterprises', id: 'jiaxing-chanye' }, value: 30 })}---\n`)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('rehype-entity-links', () => {
  it('links both mentions of a paragraph to their pages, in order', async () => {
    const html = await render()
    const b1 = html.slice(html.indexOf('id="b1"'), html.indexOf('id="b2"'))
    expect(links(b1)).toEqual([
      { href: '/enterprises/jiaxing-chanye/', text: '市产业集团' },
      { href: '/enterprises/jia-tong/', text: '嘉通集团' },
    ])
  })

  it('leaves the text exactly as it was', async () => {
    const html = await render()
    expect(plainText(html).replace(/\s+/g, '')).toBe(blocks.map((b) => b.text).join(''))
  })

  it('links inside a caption’s emphasis and a quote’s paragraph', async () => {
    const html = await render()
    expect(html).toMatch(/<p id="b2"[^>]*><em>参观<a href="\/enterprises\/jia-tong\/" class="mention"/)
    expect(html).toMatch(/<blockquote id="b3"[^>]*>\s*<p><a href="\/projects\/nanhu-jichang\/" class="mention"/)
  })

  it('does not link a name in the body that the headline mention points at, nor any unlisted occurrence', async () => {
    const html = await render()
    const b4 = html.slice(html.indexOf('id="b4"'))
    expect(links(b4)).toEqual([])
    // three body mentions, the headline one left out
    expect(links(html)).toHaveLength(4)
  })

  it('puts links under the configured base', async () => {
    const html = await render('/archive')
    expect(links(html).map((l) => l.href)).toContain('/archive/projects/nanhu-jichang/')
  })

  it('gives each link a hidden card as its description: name, kind, one line, counts', async () => {
    const html = await render()
    const link = /<a href="\/enterprises\/jiaxing-chanye\/" class="mention" aria-describedby="([^"]+)">市产业集团(<span class="mention-card" id="([^"]+)" hidden aria-hidden="true">.*?<\/span>)<\/a>/.exec(html)
    expect(link, 'link with its card').not.toBeNull()
    expect(link![1]).toBe(link![3])
    const card = tagsOff(link![2]!)
    expect(card).toContain('嘉兴市产业发展集团有限公司')
    expect(card).toContain('企业集团')
    expect(card).toContain('嘉兴市属国有企业集团。')
    // two mentions in two stories, and one figure
    expect(card).toContain('提及2处 · 2篇报道 · 1项数据')
  })

  it('a card without a curated description quotes a sentence from elsewhere, never the paragraph itself', async () => {
    const html = await render()
    const cards = [...html.matchAll(/<a href="\/enterprises\/jia-tong\/"[^>]*>嘉通集团(<span class="mention-card".*?<\/span>)<\/a>/g)].map((m) => tagsOff(m[1]!))
    expect(cards).toHaveLength(2)
    // at b1 the line is the caption (b2), at b2 the sentence of b1
    expect(cards[0]).toContain('参观嘉通集团')
    expect(cards[1]).toContain('座谈会上')
    // the airport is named nowhere else: no line, just name, kind and counts
    const airport = /<a href="\/projects\/nanhu-jichang\/"[^>]*>嘉兴南湖机场(<span class="mention-card".*?<\/span>)<\/a>/.exec(html)!
    expect(tagsOff(airport[1]!)).toBe('嘉兴南湖机场 项目 提及1处 · 1篇报道')
  })

  it('card ids are unique on the page', async () => {
    const html = await render()
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('skips, with a warning, a mention whose offset does not hold its name', async () => {
    const other = mkdtempSync(join(tmpdir(), 'entity-links-bad-'))
    mkdirSync(join(other, 'enterprises'))
    writeFileSync(join(other, 'enterprises', 'jia-tong.md'), `---\n${stringify({ name: '嘉通集团', aliases: [], kind: 'group', description: null, mentions: [at('b1', '嘉通集团', 3)] })}---\n`)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const html = await render('/', other)
      expect(links(html)).toEqual([])
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('“嘉通集团” is not at 3'))
    } finally {
      warn.mockRestore()
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('leaves Markdown without blocks (not an article) alone', async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [[rehypeEntityLinks, { contentDir: dir, base: '/' }]] })
    const { code } = await processor.render('座谈会上，市产业集团和嘉通集团先后作了汇报。', { fileURL: new URL(`file://${join(dir, 'articles', `${ARTICLE}.md`)}`), frontmatter: {} })
    expect(code).not.toContain('class="mention"')
  })

  it('the data digest changes when a mention or a figure changes', () => {
    const before = entityDataDigest(dir)
    expect(entityDataDigest(dir)).toBe(before)
    writeFileSync(join(dir, 'metrics', 'm2.md'), `---\n${stringify({ subject: null, value: 1 })}---\n`)
    expect(entityDataDigest(dir)).not.toBe(before)
  })
})
