// /rss.xml: the newest stories. An item has a pubDate only when its date is known
// to the day: RSS dates are full timestamps, and a month must not become the 1st.
import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { getLatestArticles, getSource, sourceTitle } from '../lib/archive.ts'
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts'
import { articleUrl, homeUrl } from '../lib/urls.ts'

const ITEMS = 50

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost/')
  const absolute = (path: string) => new URL(path, origin).href
  const articles = await getLatestArticles(ITEMS)
  const items = await Promise.all(
    articles.map(async (a) => {
      const source = await getSource(a.data.source.id)
      const date = a.data.date
      const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? new Date(`${date.value}T00:00:00+08:00`) : undefined
      return {
        title: a.data.title,
        link: absolute(articleUrl(a.id)),
        ...(day ? { pubDate: day } : {}),
        description: a.data.subtitle ?? a.data.blocks[0]?.text.slice(0, 200) ?? '',
        categories: [sourceTitle(source), ...(a.data.section ? [a.data.section] : [])],
      }
    }),
  )
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: absolute(homeUrl()),
    items,
    customData: '<language>zh-CN</language>',
  })
}
