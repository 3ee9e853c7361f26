// Data for the enterprise and project pages: mentions grouped by article, the
// figures and events that name the entity, its cards and its ties to others. Pages
// stay thin; the grouping is here.
import { getEntry } from 'astro:content'
import { compareArticlesByDate, getAllArticles, getEnterprises, getEvents, getMetrics, getProjects, getSource, sourceName, type ArchiveEvent, type Article, type Enterprise, type Metric, type Project } from './archive.ts'
import { entityCard, entityKey, type EntityCard, type EntityInput } from './entity-card.ts'
import { coMentions, neighbourhood, related, type CoMention, type Neighbour, type Neighbourhood } from './relations.ts'
import { entityUrl } from './urls.ts'

// The labels are pure data, shared with the Markdown stage (src/lib/labels.ts).
export { enterpriseKindLabel } from './labels.ts'

export type Entity = Enterprise | Project

export interface MentionGroup {
  article: Article
  /** Where the story was printed: '企业内刊 · 约2024年10月'. */
  source: string
  /** Named in the headline too. */
  inTitle: boolean
  /** One entry per sentence (a sentence naming it twice is listed once), in reading order. */
  mentions: { block: string; quote: string; surfaces: string[] }[]
}

export interface EntityFacts {
  /** Newest story first. */
  mentionGroups: MentionGroup[]
  metrics: Metric[]
  events: ArchiveEvent[]
}

const isRef = (entity: Entity) => (r: { collection: string; id: string } | null) => r?.collection === entity.collection && r.id === entity.id

export async function entityFacts(entity: Entity): Promise<EntityFacts> {
  const articles = new Map((await getAllArticles()).map((a) => [a.id, a]))
  const groups = new Map<string, MentionGroup>()
  for (const m of entity.data.mentions) {
    const article = articles.get(m.article.id)
    if (!article) continue
    if (!groups.has(article.id)) groups.set(article.id, { article, source: sourceName(await getSource(article.data.source.id)), inTitle: false, mentions: [] })
    const g = groups.get(article.id)!
    if (m.inTitle) {
      g.inTitle = true
      continue
    }
    const same = g.mentions.find((x) => x.block === m.block && x.quote === m.quote)
    if (!same) g.mentions.push({ block: m.block, quote: m.quote, surfaces: [m.surface] })
    else if (!same.surfaces.includes(m.surface)) same.surfaces.push(m.surface)
  }
  for (const g of groups.values()) g.mentions.sort((a, b) => Number(a.block.slice(1)) - Number(b.block.slice(1)))
  const isThis = isRef(entity)
  return {
    mentionGroups: [...groups.values()].sort((a, b) => compareArticlesByDate(b.article, a.article)),
    metrics: (await getMetrics()).filter((m) => isThis(m.data.subject)),
    events: (await getEvents()).filter((e) => e.data.participants.some(isThis)),
  }
}

/**
 * A sentence cut into plain text and the names to highlight in it: the surfaces
 * the extraction recorded for this sentence, wherever they occur in it.
 */
export function highlight(quote: string, surfaces: string[]): { text: string; mark: boolean }[] {
  const names = [...surfaces].sort((a, b) => b.length - a.length)
  const parts: { text: string; mark: boolean }[] = []
  let plain = ''
  for (let i = 0; i < quote.length; ) {
    const name = names.find((n) => quote.startsWith(n, i))
    if (name) {
      if (plain) parts.push({ text: plain, mark: false })
      parts.push({ text: name, mark: true })
      plain = ''
      i += name.length
    } else {
      plain += quote[i]
      i += 1
    }
  }
  if (plain) parts.push({ text: plain, mark: false })
  return parts
}

export async function enterpriseName(id: string | undefined): Promise<string | null> {
  if (!id) return null
  return (await getEntry('enterprises', id))?.data.name ?? null
}

/** A collection entry as the pure card functions take it. */
export function entityInput(entity: Entity): EntityInput {
  const d = entity.data
  return {
    collection: entity.collection,
    id: entity.id,
    name: d.name,
    aliases: d.aliases,
    kind: 'kind' in d ? d.kind : null,
    description: d.description,
    mentions: d.mentions.map((m) => ({ article: m.article.id, block: m.block, quote: m.quote, ...(m.inTitle ? { inTitle: m.inTitle } : {}) })),
  }
}

export const keyOf = (entity: Entity) => entityKey(entity.collection, entity.id)

/** Every enterprise and project, enterprises first, each by id. */
export async function getEntities(): Promise<Entity[]> {
  return [...(await getEnterprises()), ...(await getProjects())]
}

// The build renders each page in the same process: compute these once.
let cardsOnce: Promise<Map<string, EntityCard>> | null = null
let pairsOnce: Promise<CoMention[]> | null = null

/** Every entity's card (name, kind, one line, counts), by entity key. */
export function getCards(): Promise<Map<string, EntityCard>> {
  cardsOnce ??= (async () => {
    const figures = new Map<string, number>()
    for (const m of await getMetrics()) {
      if (m.data.subject) {
        const key = entityKey(m.data.subject.collection, m.data.subject.id)
        figures.set(key, (figures.get(key) ?? 0) + 1)
      }
    }
    return new Map((await getEntities()).map((e) => [keyOf(e), entityCard(entityInput(e), figures.get(keyOf(e)) ?? 0)]))
  })()
  return cardsOnce
}

/** Every pair of entities named in a common story, strongest first. */
export function getCoMentions(): Promise<CoMention[]> {
  pairsOnce ??= (async () => coMentions((await getEntities()).map((e) => ({ key: keyOf(e), mentions: entityInput(e).mentions }))))()
  return pairsOnce
}

export const cardUrl = (card: EntityCard) => entityUrl({ collection: card.collection, id: card.id })

export interface StoryEntity {
  card: EntityCard
  /** How often this story names it (headline included). */
  here: number
}

export interface StoryFacts {
  enterprises: StoryEntity[]
  projects: StoryEntity[]
  metrics: Metric[]
  events: ArchiveEvent[]
}

const blockNumber = (block: string) => Number(block.slice(1))

/** What a story is about: its entities in order of first mention, its figures and events in reading order. */
export async function storyFacts(article: Article): Promise<StoryFacts> {
  const cards = await getCards()
  const found: (StoryEntity & { first: number })[] = []
  for (const e of await getEntities()) {
    const here = e.data.mentions.filter((m) => m.article.id === article.id)
    if (!here.length) continue
    // headline first, then by paragraph and place in it
    const first = Math.min(...here.map((m) => (m.inTitle ? -1 : blockNumber(m.block) * 1e5 + m.start)))
    found.push({ card: cards.get(keyOf(e))!, here: here.length, first })
  }
  found.sort((a, b) => a.first - b.first || (a.card.key < b.card.key ? -1 : 1))
  const strip = ({ card, here }: StoryEntity) => ({ card, here })
  const inStory = <T extends { data: { article: { id: string }; block: string } }>(list: T[]) =>
    list.filter((x) => x.data.article.id === article.id).sort((a, b) => blockNumber(a.data.block) - blockNumber(b.data.block))
  return {
    enterprises: found.filter((f) => f.card.collection === 'enterprises').map(strip),
    projects: found.filter((f) => f.card.collection === 'projects').map(strip),
    metrics: inStory(await getMetrics()),
    events: inStory(await getEvents()),
  }
}

/** The entity pages an entity's page links to: its subsidiaries, or an enterprise's projects. */
export async function dependants(entity: Entity): Promise<{ enterprises: Enterprise[]; projects: Project[] }> {
  if (entity.collection !== 'enterprises') return { enterprises: [], projects: [] }
  return {
    enterprises: (await getEnterprises()).filter((e) => e.data.parent?.id === entity.id),
    projects: (await getProjects()).filter((p) => p.data.owner?.id === entity.id),
  }
}

export interface EntityTies {
  /** Everyone named with it, strongest tie first. */
  related: (Neighbour & { card: EntityCard })[]
  /** The closest few and the ties among them, for the drawing. */
  hood: Neighbourhood
}

export async function entityTies(entity: Entity, limit: number): Promise<EntityTies> {
  const cards = await getCards()
  const pairs = await getCoMentions()
  return {
    related: related(pairs, keyOf(entity)).map((n) => ({ ...n, card: cards.get(n.key)! })),
    hood: neighbourhood(pairs, keyOf(entity), limit),
  }
}
