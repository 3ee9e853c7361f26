// Gives the nth top-level element of an article body the anchor id and type class of
// the nth entry of its frontmatter `blocks`, plus a small § self-link. The ingest
// writes one top-level Markdown node per block, in order, so position is the link.
import type { Element, ElementContent, Root } from 'hast'
import type { VFile } from 'vfile'
// Brings in the type of file.data.astro (frontmatter) declared by Astro's processor.
import type {} from '@astrojs/markdown-remark'

export interface FrontmatterBlock {
  id: string
  type: string
}

function isBlockList(value: unknown): value is FrontmatterBlock[] {
  return Array.isArray(value) && value.every((b) => typeof b?.id === 'string' && typeof b?.type === 'string')
}

function anchorLink(id: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['block-anchor'], href: `#${id}`, ariaLabel: '链接到本段' },
    children: [{ type: 'text', value: '§' }],
  }
}

/** Marks up `tree` in place; returns a problem description, or null when all fit. */
export function anchorBlocks(tree: Root, blocks: FrontmatterBlock[]): string | null {
  const elements = tree.children.filter((node): node is Element => node.type === 'element')
  elements.forEach((element, i) => {
    const block = blocks[i]
    if (!block) return
    element.properties.id = block.id
    element.properties.className = ['block', `block-${block.type}`]
    // A blockquote holds paragraphs; the link goes after its last line of text.
    const host = element.tagName === 'blockquote' ? lastElement(element) ?? element : element
    host.children.push(anchorLink(block.id))
  })
  return elements.length === blocks.length
    ? null
    : `body has ${elements.length} top-level elements but frontmatter lists ${blocks.length} blocks`
}

function lastElement(parent: Element): Element | undefined {
  const children: ElementContent[] = parent.children
  return children.filter((c): c is Element => c.type === 'element').at(-1)
}

export default function rehypeBlockAnchors() {
  return (tree: Root, file: VFile) => {
    const blocks = file.data.astro?.frontmatter?.['blocks']
    // Sources and other Markdown without blocks pass through untouched.
    if (!isBlockList(blocks)) return
    const problem = anchorBlocks(tree, blocks)
    // Loud but not fatal: the site tests fail on a missing anchor anyway.
    if (problem) console.warn(`[rehype-block-anchors] ${file.path ?? '(unknown file)'}: ${problem}`)
  }
}
