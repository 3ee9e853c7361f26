// What each page kind's Open Graph card says. Entity pages add theirs here.
import { sourceTitle, type Article, type Source } from '../archive.ts'
import { dateLabel } from '../dates.ts'
import { countsText, type EntityCard } from '../entity-card.ts'
import { SITE_NAME } from '../site.ts'
import type { OgCard } from './image.ts'

/** Publication (and section) above, headline, then the deck or the date below. */
export function articleCard(article: Article, source: Source): OgCard {
  const { title, subtitle, section, date } = article.data
  return {
    kicker: [sourceTitle(source), section].filter(Boolean).join(' · '),
    title,
    subtitle: subtitle ?? (date ? dateLabel(date).text : null),
  }
}

/** Kind above ('企业集团', '项目'), the name, then the curated description or the counts. */
export function entityOgCard(card: EntityCard, description: string | null): OgCard {
  return {
    kicker: card.government ? `${card.kindLabel}（非企业）` : card.kindLabel,
    title: card.name,
    subtitle: description ?? countsText(card),
  }
}

export function siteCard(): OgCard {
  return {
    kicker: '嘉兴本地报刊存档',
    title: SITE_NAME,
    subtitle: '报纸、杂志与企业内刊的报道，附原始文本与清洗记录',
  }
}

/** The alt text of a card: what it says, in reading order. */
export const cardAlt = (card: OgCard) => [card.kicker, card.title, card.subtitle].filter(Boolean).join('｜')
