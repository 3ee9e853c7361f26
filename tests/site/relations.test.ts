// Co-mentions (src/lib/relations.ts) and the graph layouts (src/lib/graph-layout.ts).
import { describe, expect, it } from 'vitest'
import { forceLayout, radialLayout, seededRandom, textWidth, type Frame, type LayoutNode } from '../../src/lib/graph-layout.ts'
import { coMentions, neighbourhood, related, type Mentioned } from '../../src/lib/relations.ts'

const m = (article: string, block: string, inTitle = false) => ({ article, block, ...(inTitle ? { inTitle: true } : {}) })

// Three stories: s1 names A, B and C (A and B in one paragraph), s2 names A and B
// in different paragraphs, s3 names D alone; C is also in s2's headline.
const entities: Mentioned[] = [
  { key: 'enterprises/a', mentions: [m('s1', 'b1'), m('s1', 'b3'), m('s2', 'b2')] },
  { key: 'enterprises/b', mentions: [m('s1', 'b1'), m('s2', 'b4')] },
  { key: 'projects/c', mentions: [m('s1', 'b5'), m('s2', 'b1', true)] },
  { key: 'projects/d', mentions: [m('s3', 'b1')] },
]

describe('coMentions', () => {
  const pairs = coMentions(entities)

  it('pairs entities named in a common story, with the stories and shared paragraphs', () => {
    expect(pairs).toEqual([
      { a: 'enterprises/a', b: 'enterprises/b', articles: ['s1', 's2'], blocks: 1, weight: 3 },
      { a: 'enterprises/a', b: 'projects/c', articles: ['s1', 's2'], blocks: 0, weight: 2 },
      { a: 'enterprises/b', b: 'projects/c', articles: ['s1', 's2'], blocks: 0, weight: 2 },
    ])
  })

  it('an entity alone in its stories has no pair', () => {
    expect(pairs.some((p) => p.a === 'projects/d' || p.b === 'projects/d')).toBe(false)
  })

  it('a headline mention shares the story but not a paragraph', () => {
    // C's headline mention in s2 sits on b1, like the body; it must not count as b1
    const withBody = coMentions([...entities, { key: 'projects/e', mentions: [m('s2', 'b1')] }])
    const ce = withBody.find((p) => p.a === 'projects/c' && p.b === 'projects/e')!
    expect(ce.articles).toEqual(['s2'])
    expect(ce.blocks).toBe(0)
  })

  it('does not depend on the order of the input', () => {
    expect(coMentions([...entities].reverse())).toEqual(pairs)
  })

  it('related: the neighbours of one entity, strongest first', () => {
    expect(related(pairs, 'projects/c').map((n) => [n.key, n.weight])).toEqual([
      ['enterprises/a', 2],
      ['enterprises/b', 2],
    ])
    expect(related(pairs, 'projects/d')).toEqual([])
  })

  it('neighbourhood: the closest neighbours and the ties among them', () => {
    const hood = neighbourhood(pairs, 'enterprises/a', 1)
    expect(hood.neighbours.map((n) => n.key)).toEqual(['enterprises/b'])
    expect(hood.more).toBe(1)
    expect(hood.pairs).toEqual([pairs[0]])
    expect(neighbourhood(pairs, 'enterprises/a', 5).pairs).toHaveLength(3)
  })
})

describe('graph layout', () => {
  const frame: Frame = { width: 600, height: 400, fontSize: 14, margin: 10 }
  const node = (key: string, label = '嘉兴南湖机场'): LayoutNode => ({ key, r: 6, labelWidth: textWidth(label, frame.fontSize) })

  it('seeded randomness repeats', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    expect([a(), a(), a()]).toEqual([b(), b(), b()])
  })

  it('measures Han characters as squares and Latin as about half', () => {
    expect(textWidth('嘉兴', 10)).toBe(20)
    expect(textWidth('ABC', 10)).toBeCloseTo(18)
  })

  const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => node(k))
  const edges = [
    { a: 'a', b: 'b', weight: 3 },
    { a: 'b', b: 'c', weight: 1 },
    { a: 'a', b: 'c', weight: 1 },
    { a: 'f', b: 'g', weight: 1 },
  ]

  it('force layout: deterministic, inside the frame, labels apart', () => {
    const one = forceLayout(nodes, edges, frame)
    const two = forceLayout(nodes, edges, frame)
    expect([...one]).toEqual([...two])
    for (const n of nodes) {
      const p = one.get(n.key)!
      expect(p.x - n.labelWidth / 2, n.key).toBeGreaterThanOrEqual(frame.margin - 0.01)
      expect(p.x + n.labelWidth / 2, n.key).toBeLessThanOrEqual(frame.width - frame.margin + 0.01)
      expect(p.y - n.r, n.key).toBeGreaterThanOrEqual(frame.margin - 0.01)
      expect(p.y, n.key).toBeLessThanOrEqual(frame.height - frame.margin)
    }
    // no two labels (centred under their marks, one line high) overlap
    const list = [...one.entries()]
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [ka, pa] = list[i]!
        const [kb, pb] = list[j]!
        const apart = Math.abs(pa.x - pb.x) >= nodes[0]!.labelWidth - 0.5 || Math.abs(pa.y - pb.y) >= frame.fontSize
        expect(apart, `${ka} and ${kb}`).toBe(true)
      }
    }
  })

  it('force layout: tied nodes end up closer than untied ones', () => {
    const p = forceLayout(nodes, edges, frame)
    const d = (x: string, y: string) => Math.hypot(p.get(x)!.x - p.get(y)!.x, p.get(x)!.y - p.get(y)!.y)
    const tied = (d('a', 'b') + d('b', 'c') + d('a', 'c')) / 3
    const untied = (d('a', 'h') + d('c', 'e') + d('b', 'd')) / 3
    expect(tied).toBeLessThan(untied)
  })

  it('radial layout: the centre in the middle, the ring around it in order, clockwise from the top', () => {
    const ring = ['n1', 'n2', 'n3', 'n4'].map((k) => node(k, '项目'))
    const p = radialLayout(node('centre'), ring, frame)
    const c = p.get('centre')!
    expect(c.x).toBe(frame.width / 2)
    expect(p.get('n1')!.y).toBeLessThan(c.y) // top
    expect(p.get('n2')!.x).toBeGreaterThan(c.x) // right
    expect(p.get('n3')!.y).toBeGreaterThan(c.y) // bottom
    expect(p.get('n4')!.x).toBeLessThan(c.x) // left
  })
})
