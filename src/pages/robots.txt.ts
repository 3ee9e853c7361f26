// /robots.txt: everything may be crawled; the sitemap lists the pages. (Crawlers
// read robots.txt at a host's root only; under a sub-path this file is for the
// host's own robots.txt to point to.)
import type { APIRoute } from 'astro'
import { withBase } from '../lib/urls.ts'

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? new URL(withBase('sitemap-index.xml'), site).href : withBase('sitemap-index.xml')
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
