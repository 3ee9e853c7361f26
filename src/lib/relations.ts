// Which enterprises and projects the archive names together, and how often: the
// data of the relations page and of each entity page's neighbourhood. Pure: it
// takes the entities' mentions and returns pairs, so it can be tested alone.

export interface Mentioned {
  key: string
  mentions: { article: string; block: string; inTitle?: boolean }[]
}

/** Two entities named in the same stories. `a` < `b`. */
export interface CoMention {
  a: string
  b: string
  /** The stories that name both (headline or body), sorted. */
  articles: string[]
  /** Paragraphs of the body that name both: a closer tie than a shared story. */
  blocks: number
  /** How strongly they go together: shared stories plus shared paragraphs. */
  weight: number
}

export interface Neighbour {
  key: string
  articles: string[]
  blocks: number
  weight: number
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Strongest first; ties by shared stories, then by keys, so the order is stable. */
function byStrength<T extends { weight: number; articles: string[] }>(key: (x: T) => string) {
  return (x: T, y: T) => y.weight - x.weight || y.articles.length - x.articles.length || compareKeys(key(x), key(y))
}

/** Every pair of entities named in at least one common story. */
export function coMentions(entities: Mentioned[]): CoMention[] {
  // article → entity keys, and article#block → entity keys (body mentions only)
  const inArticle = new Map<string, Set<string>>()
  const inBlock = new Map<string, Set<string>>()
  const add = (map: Map<string, Set<string>>, where: string, key: string) => map.set(where, (map.get(where) ?? new Set()).add(key))
  for (const e of entities) {
    for (const m of e.mentions) {
      add(inArticle, m.article, e.key)
      if (!m.inTitle) add(inBlock, `${m.article}#${m.block}`, e.key)
    }
  }
  const pairs = new Map<string, CoMention>()
  const pairOf = (x: string, y: string) => {
    const [a, b] = compareKeys(x, y) < 0 ? [x, y] : [y, x]
    const id = `${a}\n${b}`
    if (!pairs.has(id)) pairs.set(id, { a, b, articles: [], blocks: 0, weight: 0 })
    return pairs.get(id)!
  }
  const eachPair = (keys: Set<string>, visit: (pair: CoMention) => void) => {
    const list = [...keys].sort(compareKeys)
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) visit(pairOf(list[i]!, list[j]!))
  }
  for (const [article, keys] of [...inArticle].sort((x, y) => compareKeys(x[0], y[0]))) eachPair(keys, (p) => p.articles.push(article))
  for (const keys of inBlock.values()) eachPair(keys, (p) => (p.blocks += 1))
  return [...pairs.values()]
    .map((p) => ({ ...p, weight: p.articles.length + p.blocks }))
    .sort(byStrength((p) => `${p.a}\n${p.b}`))
}

/** The entities named with `key`, strongest tie first. */
export function related(pairs: CoMention[], key: string): Neighbour[] {
  return pairs
    .filter((p) => p.a === key || p.b === key)
    .map((p) => ({ key: p.a === key ? p.b : p.a, articles: p.articles, blocks: p.blocks, weight: p.weight }))
    .sort(byStrength((n) => n.key))
}

export interface Neighbourhood {
  centre: string
  /** The strongest `limit` neighbours, strongest first. */
  neighbours: Neighbour[]
  /** How many more there are beyond `limit`. */
  more: number
  /** The ties among the centre and those neighbours. */
  pairs: CoMention[]
}

/** An entity with its closest neighbours and every tie among them: a small graph. */
export function neighbourhood(pairs: CoMention[], key: string, limit: number): Neighbourhood {
  const all = related(pairs, key)
  const neighbours = all.slice(0, limit)
  const members = new Set([key, ...neighbours.map((n) => n.key)])
  return {
    centre: key,
    neighbours,
    more: all.length - neighbours.length,
    pairs: pairs.filter((p) => members.has(p.a) && members.has(p.b)),
  }
}
