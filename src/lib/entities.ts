// Data for the enterprise and project pages: mentions grouped by article, the
// figures and events that name the entity. Pages stay thin; the grouping is here.
import { getEntry } from 'astro:content'
import { getAllArticles, getEvents, getMetrics, type ArchiveEvent, type Article, type Enterprise, type Metric, type Project } from './archive.ts'

export const enterpriseKindLabel: Record<string, string> = {
  group: '企业集团',
  company: '企业',
  institute: '研究机构',
  park: '园区',
  market: '市场',
  government: '政府部门',
  other: '其他机构',
}

export interface MentionGroup {
  article: Article
  mentions: { block: string; quote: string; surface: string }[]
}

export interface EntityFacts {
  mentionGroups: MentionGroup[]
  metrics: Metric[]
  events: ArchiveEvent[]
}

export async function entityFacts(entity: Enterprise | Project): Promise<EntityFacts> {
  const collection = entity.collection
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
  const isThis = (r: { collection: string; id: string } | null) => r?.collection === collection && r.id === entity.id
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
