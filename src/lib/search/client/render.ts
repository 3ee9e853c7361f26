// Results as DOM nodes. Text from the archive and from the reader only ever becomes
// text nodes (and <mark> around matches), never markup: a query or a story holding
// `<script>` shows as those characters.
import type { Hit } from '../engine.ts'
import type { Segment } from '../snippet.ts'

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v)
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c)
  return node
}

export function marked(segments: readonly Segment[]): DocumentFragment {
  const f = document.createDocumentFragment()
  for (const s of segments) f.append(s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text))
  return f
}

export interface HitOptions {
  id: string
  /** the site root under `base`, ending in '/' */
  base: string
  /** show the type's name (in the header list, where types are mixed) */
  label?: string
}

export function hitLink(hit: Hit, o: HitOptions): HTMLAnchorElement {
  const a = el('a', { id: o.id, class: 'search-hit', role: 'option', 'aria-selected': 'false', href: o.base + hit.url })
  const title = el('span', { class: 'search-hit-title' }, marked(hit.title))
  if (o.label) title.prepend(el('span', { class: 'search-hit-type' }, o.label))
  a.append(title)
  if (hit.meta) a.append(el('span', { class: 'search-hit-meta' }, hit.meta))
  if (hit.snippet.length) a.append(el('span', { class: 'search-hit-snippet' }, marked(hit.snippet)))
  return a
}
