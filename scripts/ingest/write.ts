import { createHash } from 'node:crypto'
import type { Root, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import type { Article, Block, IngestedSource, Source } from './model.ts'
import type { Extraction } from './extract/model.ts'

// Collections as files: YAML frontmatter for the typed fields (the schema in
// src/content.config.ts), and a Markdown body with one top-level node per block,
// built as a syntax tree and serialised by mdast-util-to-markdown so that text
// such as `# `, `---` or `<script>` stays text.

// YAML 1.1 output quotes strings that 1.1 readers (Astro's) would take for dates or booleans.
const yamlOptions = { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false } as const

function frontmatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, yamlOptions)}---\n`
}

function blockNode(block: Block): RootContent {
  const text = { type: 'text' as const, value: block.text }
  switch (block.type) {
    case 'heading':
      return { type: 'heading', depth: 2, children: [text] }
    case 'quote':
      return { type: 'blockquote', children: [{ type: 'paragraph', children: [text] }] }
    case 'caption':
      return { type: 'paragraph', children: [{ type: 'emphasis', children: [text] }] }
    default:
      return { type: 'paragraph', children: [text] }
  }
}

export function articleMarkdown(a: Article): string {
  const { id: _id, blocks, ...fields } = a
  const tree: Root = { type: 'root', children: blocks.map(blockNode) }
  return frontmatter({ ...fields, blocks }) + '\n' + toMarkdown(tree, { bullet: '-', emphasis: '*' })
}

export function sourceMarkdown(s: Source, articleTitles: string[]): string {
  const { id: _id, ...fields } = s
  const tree: Root = {
    type: 'root',
    children: [{ type: 'list', ordered: true, spread: false, children: articleTitles.map((t) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: t }] }] })) }],
  }
  return frontmatter(fields) + '\n' + toMarkdown(tree, { bullet: '-' })
}

/** Every file the ingest writes for one source, by path relative to the content folder. */
export function renderSource(ingested: IngestedSource): Map<string, string> {
  const files = new Map<string, string>()
  files.set(`sources/${ingested.source.id}.md`, sourceMarkdown(ingested.source, ingested.articles.map((a) => a.title)))
  for (const a of ingested.articles) files.set(`articles/${a.id}.md`, articleMarkdown(a))
  files.set(`reports/${ingested.source.id}.json`, JSON.stringify(ingested.report, null, 2) + '\n')
  return files
}

/**
 * The extraction's collections as files: one Markdown file per enterprise, project,
 * figure and event. `cache` maps a hash of an entry's data to its rendered text.
 */
export function renderExtraction(x: Extraction, cache?: Map<string, string>): Map<string, string> {
  const files = new Map<string, string>()
  const body = (text: string | null) => (text ? '\n' + toMarkdown({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }) : '')
  const render = (data: Record<string, unknown>, description: string | null = null) => {
    if (!cache) return frontmatter(data) + body(description)
    const key = createHash('sha1').update(JSON.stringify([data, description])).digest('hex')
    let text = cache.get(key)
    if (text === undefined) {
      text = frontmatter(data) + body(description)
      cache.set(key, text)
    }
    used.add(key)
    return text
  }
  const used = new Set<string>()
  for (const e of x.enterprises) {
    const { id, description, ...fields } = e
    files.set(`enterprises/${id}.md`, render({ ...fields, description }, description))
  }
  for (const p of x.projects) {
    const { id, description, ...fields } = p
    files.set(`projects/${id}.md`, render({ ...fields, description }, description))
  }
  for (const m of x.metrics) {
    const { id, ...fields } = m
    files.set(`metrics/${id}.md`, render(fields))
  }
  for (const e of x.events) {
    const { id, ...fields } = e
    files.set(`events/${id}.md`, render(fields))
  }
  files.set('extraction/decisions.json', JSON.stringify({ decisions: x.decisions }, null, 2) + '\n')
  if (cache) for (const k of [...cache.keys()]) if (!used.has(k)) cache.delete(k)
  return files
}
