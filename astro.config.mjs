// @ts-check
import { defineConfig } from 'astro/config'
import { unified } from '@astrojs/markdown-remark'
import sitemap from '@astrojs/sitemap'
import { fileURLToPath } from 'node:url'
import rehypeBlockAnchors from './src/lib/rehype-block-anchors.ts'
import rehypeEntityLinks, { entityDataDigest } from './src/lib/rehype-entity-links.ts'

// A trailing slash would double up when joined with paths; '/' stays '/'.
const base = (process.env.BASE_PATH ?? '/').replace(/(.)\/+$/, '$1')
const contentDir = fileURLToPath(new URL('./content', import.meta.url))

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  output: 'static',
  // Two pages at a time: an Open Graph card's PNG encoding (sharp, off the main
  // thread) then overlaps the next card's layout (satori); a cold build is ~20% faster.
  build: { concurrency: 2 },
  // The 404 page is served at any missing URL; it is no page of its own to index.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })],
  // vitest reads collections from <cacheDir>/data-store.json; the override lets a
  // second build (e.g. the sub-path test) run without touching the main cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro',
  markdown: {
    processor: unified({
      // Article text must reach the page exactly as the ingest wrote it: no curly
      // quotes or dashes (smartypants), no ~strikethrough~ or autolinks (GFM).
      gfm: false,
      smartypants: false,
      // Entity links need the block ids, so they come second. `digest` is unused by
      // the stage: it makes the config, and so Astro's content cache, change with
      // the entity files the links are made from (see entityDataDigest).
      rehypePlugins: [rehypeBlockAnchors, [rehypeEntityLinks, { contentDir, base, digest: entityDataDigest(contentDir) }]],
    }),
  },
})
