// From entities and their co-mentions to a graph ready to draw (RelationGraph.astro):
// node marks sized by mentions, edges as wide as the tie is strong, positions from
// src/lib/graph-layout.ts. Pure; links are made by the caller's `href`.
import type { EntityCard } from './entity-card.ts'
import { clusteredLayout, radialLayout, textWidth, type Frame, type LayoutNode } from './graph-layout.ts'
import type { CoMention, Neighbourhood } from './relations.ts'

export type NodeKind = 'enterprise' | 'project' | 'government'

export interface GraphNode {
  key: string
  x: number
  y: number
  r: number
  label: string
  /** Full name and counts: the node's tooltip and accessible name. */
  title: string
  href: string
  kind: NodeKind
  /** The entity whose page this is (not linked: the reader is there). */
  current: boolean
}

export interface GraphEdge {
  a: string
  b: string
  x1: number
  y1: number
  x2: number
  y2: number
  width: number
  /** More than a single shared story: drawn darker. */
  strong: boolean
}

export interface Graph {
  width: number
  height: number
  fontSize: number
  nodes: GraphNode[]
  edges: GraphEdge[]
}

const kindOf = (card: EntityCard): NodeKind => (card.government ? 'government' : card.collection === 'projects' ? 'project' : 'enterprise')
const radius = (card: EntityCard) => Math.min(16, 4 + 1.8 * Math.sqrt(card.mentions))
const edgeWidth = (weight: number) => Math.min(7, 0.75 + 1.25 * (weight - 1))
const round = (n: number) => Math.round(n * 10) / 10

function layoutNode(card: EntityCard, fontSize: number): LayoutNode {
  return { key: card.key, r: radius(card), labelWidth: textWidth(card.shortName, fontSize) }
}

function assemble(frame: Frame, cards: EntityCard[], pairs: CoMention[], positions: Map<string, { x: number; y: number }>, href: (card: EntityCard) => string, current: string | null): Graph {
  const nodes = cards.map((card) => {
    const p = positions.get(card.key)!
    return {
      key: card.key,
      x: round(p.x),
      y: round(p.y),
      r: round(radius(card)),
      label: card.shortName,
      title: `${card.name}（${card.kindLabel}），提及${card.mentions}处，见于${card.articles}篇报道`,
      href: href(card),
      kind: kindOf(card),
      current: card.key === current,
    }
  })
  const at = new Map(nodes.map((n) => [n.key, n]))
  const edges = pairs
    .filter((p) => at.has(p.a) && at.has(p.b))
    // weakest first, so that strong ties are drawn on top
    .sort((p, q) => p.weight - q.weight || (p.a + p.b < q.a + q.b ? -1 : 1))
    .map((p) => {
      const a = at.get(p.a)!
      const b = at.get(p.b)!
      return { a: p.a, b: p.b, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: edgeWidth(p.weight), strong: p.weight > 1 }
    })
  return { width: frame.width, height: frame.height, fontSize: frame.fontSize, nodes, edges }
}

/** Every entity and every tie, each connected group on its own: the relations page. */
export function relationsGraph(cards: EntityCard[], pairs: CoMention[], href: (card: EntityCard) => string, frame: Omit<Frame, 'height'>): Graph {
  const sorted = [...cards].sort((a, b) => (a.key < b.key ? -1 : 1))
  const { positions, height } = clusteredLayout(
    sorted.map((c) => layoutNode(c, frame.fontSize)),
    pairs.map((p) => ({ a: p.a, b: p.b, weight: p.weight })),
    frame,
  )
  return assemble({ ...frame, height }, sorted, pairs, positions, href, null)
}

/** One entity in the middle, its closest neighbours around it: an entity page. */
export function neighbourhoodGraph(cards: Map<string, EntityCard>, hood: Neighbourhood, href: (card: EntityCard) => string, frame: Frame): Graph {
  const centre = cards.get(hood.centre)!
  const ring = hood.neighbours.map((n) => cards.get(n.key)).filter((c): c is EntityCard => !!c)
  const positions = radialLayout(layoutNode(centre, frame.fontSize), ring.map((c) => layoutNode(c, frame.fontSize)), frame)
  return assemble(frame, [centre, ...ring], hood.pairs, positions, href, centre.key)
}
