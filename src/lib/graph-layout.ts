// Where the nodes of a relations graph go, computed at build time so that the page
// is a plain SVG. Deterministic: the same graph always gets the same picture (a
// seeded start and a fixed number of steps, no clock, no Math.random).

export interface Point {
  x: number
  y: number
}

export interface LayoutNode {
  key: string
  /** Radius of the node's mark. */
  r: number
  /** Width of its label, which sits centred under the mark. */
  labelWidth: number
}

export interface LayoutEdge {
  a: string
  b: string
  weight: number
}

export interface Frame {
  width: number
  height: number
  /** Font size of the labels (their height), in the same units. */
  fontSize: number
  /** Space kept free at the edges. */
  margin: number
}

/** Mulberry32: a small seeded generator, enough for starting positions. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Width of a label: Han characters are square, Latin letters and digits about half. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0
  for (const ch of text) w += /[\u0000-\u00ff]/.test(ch) ? 0.6 : 1
  return w * fontSize
}

/** The box a node and its label take up, for keeping them apart. */
function box(node: LayoutNode, p: Point, frame: Frame) {
  // a little more than the label: a gap of about half a character between words
  const half = Math.max(node.r, node.labelWidth / 2) + frame.fontSize * 0.3
  return { left: p.x - half, right: p.x + half, top: p.y - node.r - 2, bottom: p.y + node.r + 4 + frame.fontSize * 1.2 }
}

/** Keeps each node (with its label) inside the frame. */
function clamp(node: LayoutNode, p: Point, frame: Frame): Point {
  const b = box(node, p, frame)
  const dx = Math.max(0, frame.margin - b.left) - Math.max(0, b.right - (frame.width - frame.margin))
  const dy = Math.max(0, frame.margin - b.top) - Math.max(0, b.bottom - (frame.height - frame.margin))
  return { x: p.x + dx, y: p.y + dy }
}

/**
 * Pushes apart nodes whose marks or labels overlap, along the axis where they
 * overlap least, for a fixed number of passes. Nodes in `fixed` stay put.
 */
export function separate(nodes: LayoutNode[], positions: Map<string, Point>, frame: Frame, passes = 300, fixed = new Set<string>()): void {
  for (let pass = 0; pass < passes; pass++) {
    let moved = false
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const ni = nodes[i]!
        const nj = nodes[j]!
        const pi = positions.get(ni.key)!
        const pj = positions.get(nj.key)!
        const bi = box(ni, pi, frame)
        const bj = box(nj, pj, frame)
        const ox = Math.min(bi.right, bj.right) - Math.max(bi.left, bj.left)
        const oy = Math.min(bi.bottom, bj.bottom) - Math.max(bi.top, bj.top)
        if (ox <= 0 || oy <= 0) continue
        moved = true
        // Move along the cheaper axis; ties broken by order so the result is stable.
        const horizontal = ox < oy
        const sign = horizontal ? (pi.x < pj.x || (pi.x === pj.x && i < j) ? -1 : 1) : pi.y < pj.y || (pi.y === pj.y && i < j) ? -1 : 1
        const amount = (horizontal ? ox : oy) / 2 + 0.5
        // A fixed node stays; the other then moves the whole way.
        const fi = fixed.has(ni.key)
        const fj = fixed.has(nj.key)
        if (fi && fj) continue
        const shift = (p: Point, s: number) => (horizontal ? { x: p.x + s, y: p.y } : { x: p.x, y: p.y + s })
        positions.set(ni.key, clamp(ni, shift(pi, sign * amount * (fi ? 0 : fj ? 2 : 1)), frame))
        positions.set(nj.key, clamp(nj, shift(pj, -sign * amount * (fj ? 0 : fi ? 2 : 1)), frame))
      }
    }
    if (!moved) break
  }
}

export interface ForceOptions {
  iterations?: number
  seed?: number
}

/**
 * A force-directed layout (Fruchterman–Reingold): every pair repels, ties attract
 * by their weight, a weak pull to the centre keeps loose nodes in the frame. A
 * fixed number of steps with a cooling step size, then labels are pulled apart.
 */
export function forceLayout(nodes: LayoutNode[], edges: LayoutEdge[], frame: Frame, options: ForceOptions = {}): Map<string, Point> {
  const { iterations = 400, seed = 1 } = options
  const random = seededRandom(seed)
  const inner = { w: frame.width - 2 * frame.margin, h: frame.height - 2 * frame.margin }
  const cx = frame.width / 2
  const cy = frame.height / 2
  const k = Math.sqrt((inner.w * inner.h) / Math.max(1, nodes.length)) * 1.0
  const pos = nodes.map(() => ({ x: cx + (random() - 0.5) * inner.w, y: cy + (random() - 0.5) * inner.h }))
  const index = new Map(nodes.map((n, i) => [n.key, i]))
  const links = edges
    .map((e) => ({ i: index.get(e.a), j: index.get(e.b), w: e.weight }))
    .filter((l): l is { i: number; j: number; w: number } => l.i !== undefined && l.j !== undefined)
  for (let step = 0; step < iterations; step++) {
    const temperature = (inner.w / 8) * (1 - step / iterations) + 0.5
    const force = pos.map(() => ({ x: 0, y: 0 }))
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        let dx = pos[i]!.x - pos[j]!.x
        let dy = pos[i]!.y - pos[j]!.y
        let d = Math.hypot(dx, dy)
        if (d < 0.01) {
          // Two nodes on one spot: part them in a fixed direction.
          dx = 0.01 * (i - j)
          dy = 0.01
          d = Math.hypot(dx, dy)
        }
        const f = (k * k) / d
        force[i]!.x += (dx / d) * f
        force[i]!.y += (dy / d) * f
        force[j]!.x -= (dx / d) * f
        force[j]!.y -= (dy / d) * f
      }
    }
    for (const { i, j, w } of links) {
      const dx = pos[i]!.x - pos[j]!.x
      const dy = pos[i]!.y - pos[j]!.y
      const d = Math.max(0.01, Math.hypot(dx, dy))
      const f = ((d * d) / k) * Math.sqrt(w)
      force[i]!.x -= (dx / d) * f
      force[i]!.y -= (dy / d) * f
      force[j]!.x += (dx / d) * f
      force[j]!.y += (dy / d) * f
    }
    for (let i = 0; i < pos.length; i++) {
      const p = pos[i]!
      const f = force[i]!
      // gravity, stronger across the short side so the picture fills a wide frame
      f.x -= (p.x - cx) * (k / inner.w) * 0.5
      f.y -= (p.y - cy) * (k / inner.h) * 0.5
      const len = Math.hypot(f.x, f.y)
      if (len > 0) {
        const move = Math.min(len, temperature)
        pos[i] = clamp(nodes[i]!, { x: p.x + (f.x / len) * move, y: p.y + (f.y / len) * move }, frame)
      }
    }
  }
  const positions = new Map(nodes.map((n, i) => [n.key, pos[i]!]))
  separate(nodes, positions, frame)
  return positions
}

/**
 * One node in the middle, the others on an ellipse around it in the order given
 * (strongest first, clockwise from the top), then labels pulled apart.
 */
export function radialLayout(centre: LayoutNode, ring: LayoutNode[], frame: Frame): Map<string, Point> {
  const cx = frame.width / 2
  const cy = frame.height / 2 - frame.fontSize / 2
  const widest = Math.max(0, ...ring.map((n) => n.labelWidth / 2))
  const rx = Math.max(10, cx - frame.margin - widest)
  const ry = Math.max(10, cy - frame.margin - frame.fontSize * 1.5)
  const positions = new Map<string, Point>([[centre.key, { x: cx, y: cy }]])
  ring.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ring.length)
    positions.set(node.key, clamp(node, { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) }, frame))
  })
  separate([centre, ...ring], positions, frame, 300, new Set([centre.key]))
  return positions
}

/** Groups of nodes joined by edges, largest first (then by first key). */
export function components(nodes: LayoutNode[], edges: LayoutEdge[]): LayoutNode[][] {
  const parent = new Map(nodes.map((n) => [n.key, n.key]))
  const find = (k: string): string => {
    let root = k
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(k, root)
    return root
  }
  for (const e of edges) if (parent.has(e.a) && parent.has(e.b)) parent.set(find(e.a), find(e.b))
  const groups = new Map<string, LayoutNode[]>()
  for (const n of nodes) groups.set(find(n.key), [...(groups.get(find(n.key)) ?? []), n])
  return [...groups.values()].sort((a, b) => b.length - a.length || (a[0]!.key < b[0]!.key ? -1 : 1))
}

/**
 * Each connected group laid out on its own (force layout), the groups then set in
 * rows like words in a paragraph, largest first: loose groups no longer drift to
 * the corners of one big frame. The frame's height follows from the rows.
 */
export function clusteredLayout(nodes: LayoutNode[], edges: LayoutEdge[], frame: Omit<Frame, 'height'>, options: ForceOptions = {}): { positions: Map<string, Point>; height: number } {
  const positions = new Map<string, Point>()
  const row = frame.fontSize * 1.2 + 6
  let x = 0
  let y = 0
  let shelf = 0
  for (const group of components(nodes, edges)) {
    const widest = Math.max(...group.map((n) => Math.max(2 * n.r, n.labelWidth))) + 8
    // room per node: a label's width and a few lines' height, more for crowded groups
    const area = group.reduce((sum, n) => sum + (n.labelWidth + 24) * (2 * n.r + row + 24), 0) * (group.length > 2 ? 1.9 : 1.2)
    // a large group takes the whole width; a small one a box of about its own shape
    const width = group.length > 12 ? frame.width : Math.min(frame.width, Math.max(widest + 2 * frame.margin, Math.sqrt(area * 1.1)))
    const height = Math.max(2 * Math.max(...group.map((n) => n.r)) + row + 2 * frame.margin + 4, area / width)
    if (x > 0 && x + width > frame.width) {
      x = 0
      y += shelf
      shelf = 0
    }
    const sub = { width, height, fontSize: frame.fontSize, margin: frame.margin }
    const keys = new Set(group.map((n) => n.key))
    const placed =
      group.length === 1
        ? new Map([[group[0]!.key, { x: width / 2, y: frame.margin + group[0]!.r + 2 }]])
        : forceLayout(group, edges.filter((e) => keys.has(e.a) && keys.has(e.b)), sub, options)
    for (const [key, p] of placed) positions.set(key, { x: x + p.x, y: y + p.y })
    x += width
    shelf = Math.max(shelf, height)
  }
  return { positions, height: Math.ceil(y + shelf) }
}
