// Links every mention of an enterprise or project in an article body to the
// entity's page, with a preview card inside the link (shown by CSS on hover and
// keyboard focus, read by screen readers as the link's description).
//
// The mentions come from the entity collections themselves: each entry lists its
// mentions as (article, block, surface, start), `start` being the offset in the
// block's text. The stage reads content/enterprises, content/projects (and
// content/metrics, for the card's figure count) from disk, once per process, and
// wraps exactly those ranges; nothing is found by searching for names. It runs
// after rehype-block-anchors, whose ids (b1, b2 …) name the blocks. Mentions in
// the headline (inTitle) are not in the body and are left alone.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import type { Element, ElementContent, Root, Text } from 'hast'
import type { VFile } from 'vfile'
import { parse } from 'yaml'
// Brings in the type of file.data.astro (frontmatter) declared by Astro's processor.
import type {} from '@astrojs/markdown-remark'
import { countsText, entityCard, entityKey, type EntityCard, type EntityCollection, type EntityInput } from './entity-card.ts'

export interface BodyMention {
  /** entityKey of the entity named. */
  key: string
  article: string
  href: string
  block: string
  start: number
  surface: string
}

export interface MentionData {
  entities: Map<string, { entity: EntityInput; figures: number }>
  /** Article id → its body mentions (headline mentions left out). */
  byArticle: Map<string, BodyMention[]>
}

export interface Options {
  /** The project's content/ directory. */
  contentDir: string
  /** Astro's `base` ('/' or '/sub'): entity links are site-absolute. */
  base: string
}

const ENTITY_COLLECTIONS: EntityCollection[] = ['enterprises', 'projects']
/** What the links and cards are made from: these collections' files. */
const INPUT_DIRS = [...ENTITY_COLLECTIONS, 'metrics']

function markdownFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []
}

function frontmatter(file: string): Record<string, any> {
  const text = readFileSync(file, 'utf8')
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)
  return m ? (parse(m[1]!) ?? {}) : {}
}

/** The entry id the glob loader gives a file: its name without the extension. */
const entryId = (file: string) => basename(file, extname(file))

/**
 * A hash of every file the links and cards are made from. Astro renders an
 * article's Markdown once and caches the HTML by the article file's content, so
 * astro.config.mjs puts this hash into the stage's options: the config changes with
 * the entity data, and Astro then clears its content cache and renders anew.
 */
export function entityDataDigest(contentDir: string): string {
  const hash = createHash('sha256')
  for (const dir of INPUT_DIRS) {
    for (const f of markdownFiles(join(contentDir, dir))) hash.update(`${dir}/${f}\0`).update(readFileSync(join(contentDir, dir, f))).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

export function loadMentionData({ contentDir, base }: Options): MentionData {
  const root = base.replace(/\/+$/, '')
  const figures = new Map<string, number>()
  for (const f of markdownFiles(join(contentDir, 'metrics'))) {
    const subject = frontmatter(join(contentDir, 'metrics', f))['subject']
    if (subject?.collection && subject?.id) {
      const key = entityKey(subject.collection, subject.id)
      figures.set(key, (figures.get(key) ?? 0) + 1)
    }
  }
  const entities: MentionData['entities'] = new Map()
  const byArticle = new Map<string, BodyMention[]>()
  for (const collection of ENTITY_COLLECTIONS) {
    for (const f of markdownFiles(join(contentDir, collection))) {
      const id = entryId(f)
      const data = frontmatter(join(contentDir, collection, f))
      const mentions: { article: string; block: string; surface: string; start: number; quote: string; inTitle?: boolean }[] = data['mentions'] ?? []
      const key = entityKey(collection, id)
      const entity = { collection, id, name: data['name'], aliases: data['aliases'] ?? [], kind: data['kind'] ?? null, description: data['description'] ?? null, mentions }
      entities.set(key, { entity, figures: figures.get(key) ?? 0 })
      const href = `${root}/${collection}/${id}/`
      for (const m of mentions) {
        if (m.inTitle) continue
        const list = byArticle.get(m.article) ?? []
        list.push({ key, article: m.article, href, block: m.block, start: m.start, surface: m.surface })
        byArticle.set(m.article, list)
      }
    }
  }
  return { entities, byArticle }
}

/** The card shown at a mention: the entity's, with a line from outside this paragraph. */
export function cardAt(data: MentionData, mention: BodyMention): EntityCard | undefined {
  const found = data.entities.get(mention.key)
  return found && entityCard(found.entity, found.figures, { article: mention.article, block: mention.block })
}

const cache = new Map<string, MentionData>()

/** loadMentionData, once per content directory and base in this process. */
export function mentionData(options: Options): MentionData {
  const key = `${options.contentDir}\0${options.base}`
  if (!cache.has(key)) cache.set(key, loadMentionData(options))
  return cache.get(key)!
}

interface Segment {
  node: Text
  parent: Element
  /** Offset of the node's first character in the block's text. */
  start: number
  /** Inside a link already: counted, never wrapped (links do not nest). */
  linked: boolean
}

const hasClass = (el: Element, name: string) => {
  const c = el.properties?.['className']
  return Array.isArray(c) ? c.includes(name) : c === name
}

/** The block's text nodes in reading order, the § self-link left out. */
function textSegments(block: Element): { text: string; segments: Segment[] } {
  const segments: Segment[] = []
  let text = ''
  const walk = (el: Element, linked: boolean) => {
    for (const child of el.children) {
      if (child.type === 'text') {
        segments.push({ node: child, parent: el, start: text.length, linked })
        text += child.value
      } else if (child.type === 'element' && !hasClass(child, 'block-anchor')) {
        walk(child, linked || child.tagName === 'a')
      }
    }
  }
  walk(block, false)
  return { text, segments }
}

const span = (className: string, value: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: [className] },
  children: [{ type: 'text', value }],
})

/** The preview card: hidden until hover or focus, and the link's description. */
function cardElement(card: EntityCard, id: string): Element {
  // Short class names: a long story repeats the card at every mention.
  const parts = [
    span('mc-name', card.name),
    span('mc-kind', card.kindLabel),
    ...(card.line ? [span('mc-line', card.line)] : []),
    span('mc-counts', countsText(card)),
  ]
  // Spaces between the parts, so that the description reads as four phrases.
  const children: ElementContent[] = parts.flatMap((p, i) => (i ? [{ type: 'text' as const, value: ' ' }, p] : [p]))
  return {
    type: 'element',
    tagName: 'span',
    // Hidden from the link's name (aria-hidden) but referenced as its description.
    properties: { className: ['mention-card'], id, hidden: true, ariaHidden: 'true' },
    children,
  }
}

function mentionLink(mention: BodyMention, card: EntityCard | undefined, cardId: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: mention.href,
      className: ['mention'],
      ...(card ? { ariaDescribedBy: [cardId] } : {}),
    },
    children: [{ type: 'text', value: mention.surface }, ...(card ? [cardElement(card, cardId)] : [])],
  }
}

/**
 * Wraps each mention's range of its block in a link, in place. Returns what could
 * not be linked (unknown block, text that does not match, overlaps, a range that
 * crosses markup), for a warning.
 */
export function linkMentions(tree: Root, mentions: BodyMention[], cardFor: (m: BodyMention) => EntityCard | undefined): string[] {
  const problems: string[] = []
  const blocks = new Map<string, Element>()
  for (const node of tree.children) {
    if (node.type === 'element' && typeof node.properties['id'] === 'string') blocks.set(node.properties['id'], node)
  }
  const byBlock = new Map<string, BodyMention[]>()
  for (const m of mentions) byBlock.set(m.block, [...(byBlock.get(m.block) ?? []), m])
  for (const [blockId, list] of byBlock) {
    const block = blocks.get(blockId)
    if (!block) {
      problems.push(`no block #${blockId} for ${list.map((m) => m.surface).join('、')}`)
      continue
    }
    const { text, segments } = textSegments(block)
    // Offsets count from the block's text as the ingest wrote it, which starts at
    // its first character; a blockquote's text nodes begin with a line break.
    const lead = text.length - text.trimStart().length
    const sorted = [...list].sort((a, b) => a.start - b.start || b.surface.length - a.surface.length)
    // Each text node → the mentions inside it, with offsets local to that node.
    const perNode = new Map<Text, { segment: Segment; items: { from: number; mention: BodyMention; cardId: string }[] }>()
    let end = -1
    let n = 0
    for (const m of sorted) {
      const from = lead + m.start
      const to = from + m.surface.length
      if (text.slice(from, to) !== m.surface) {
        problems.push(`#${blockId}: “${m.surface}” is not at ${m.start}`)
        continue
      }
      if (from < end) {
        problems.push(`#${blockId}: “${m.surface}” at ${m.start} overlaps another mention`)
        continue
      }
      const segment = segments.find((s) => s.start <= from && to <= s.start + s.node.value.length)
      if (!segment || segment.linked) {
        problems.push(`#${blockId}: “${m.surface}” ${segment ? 'is inside a link' : 'crosses markup'}`)
        continue
      }
      end = to
      n += 1
      const entry = perNode.get(segment.node) ?? { segment, items: [] }
      entry.items.push({ from: from - segment.start, mention: m, cardId: `${blockId}-m${n}` })
      perNode.set(segment.node, entry)
    }
    for (const { segment, items } of perNode.values()) {
      const value = segment.node.value
      const replacement: ElementContent[] = []
      let at = 0
      for (const { from, mention, cardId } of items) {
        if (from > at) replacement.push({ type: 'text', value: value.slice(at, from) })
        replacement.push(mentionLink(mention, cardFor(mention), cardId))
        at = from + mention.surface.length
      }
      if (at < value.length) replacement.push({ type: 'text', value: value.slice(at) })
      const index = segment.parent.children.indexOf(segment.node)
      segment.parent.children.splice(index, 1, ...replacement)
    }
  }
  return problems
}

/** The article id of a Markdown file under content/articles (its file name). */
export function articleIdOf(path: string | undefined): string | null {
  if (!path) return null
  return entryId(path)
}

export default function rehypeEntityLinks(options: Options) {
  return (tree: Root, file: VFile) => {
    // Only article bodies have blocks; sources and other Markdown pass through.
    if (!Array.isArray(file.data.astro?.frontmatter?.['blocks'])) return
    const id = articleIdOf(file.path)
    if (!id) return
    const data = mentionData(options)
    const mentions = data.byArticle.get(id)
    if (!mentions?.length) return
    const problems = linkMentions(tree, mentions, (m) => cardAt(data, m))
    // Loud but not fatal: the site tests check that every mention is linked.
    for (const p of problems) console.warn(`[rehype-entity-links] ${id}: ${p}`)
  }
}
