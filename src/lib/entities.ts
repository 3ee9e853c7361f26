// Data for the enterprise and project pages: mentions grouped by article, the
// figures and events that name the entity, its cards and its ties to others. Pages
// stay thin; the grouping is here.
import { getEntry } from 'astro:content'
import { getAllArticles, getEnterprises, getEvents, getMetrics, getProjects, type ArchiveEvent, type Article, type Enterprise, type Metric, type Project } from './archive.ts'
import { entityCard, entityKey, type EntityCard, type EntityInput } from './entity-card.ts'
import { coMentions, type CoMention } from './relations.ts'
import { entityUrl } from './urls.ts'

// The labels are pure data, shared with the Markdown stage (src/lib/labels.ts).
export { enterpriseKindLabel } from './labels.ts'

export type Entity = Enterprise | Project

export interface MentionGroup {
  article: Article
  mentions: { block: string; quote: string; surface: string }[]
}

export interface EntityFacts {
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
    const g = groups.get(article.id) ?? { article, mentions: [] }
    // one quote per sentence: a sentence naming the entity twice is listed once
    if (!g.mentions.some((x) => x.block === m.block && x.quote === m.quote)) g.mentions.push({ block: m.block, quote: m.quote, surface: m.surface })
    groups.set(article.id, g)
  }
  const isThis = isRef(entity)
  return {
    mentionGroups: [...groups.values()],
    metrics: (await getMetrics()).filter((m) => isThis(m.data.subject)),
    events: (await getEvents()).filter((e) => e.data.participants.some(isThis)),
  }
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
