// @ts-check
import { defineConfig } from 'astro/config'
import { unified } from '@astrojs/markdown-remark'
import rehypeBlockAnchors from './src/lib/rehype-block-anchors.ts'

// A trailing slash would double up when joined with paths; '/' stays '/'.
const base = (process.env.BASE_PATH ?? '/').replace(/(.)\/+$/, '$1')

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  trailingSlash: 'always',
  output: 'static',
  // vitest reads collections from <cacheDir>/data-store.json; the override lets a
  // second build (e.g. the sub-path test) run without touching the main cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro',
  markdown: {
    processor: unified({
      // Article text must reach the page exactly as the ingest wrote it: no curly
      // quotes or dashes (smartypants), no ~strikethrough~ or autolinks (GFM).
      gfm: false,
      smartypants: false,
      rehypePlugins: [rehypeBlockAnchors],
    }),
  },
})
