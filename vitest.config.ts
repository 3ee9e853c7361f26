/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config'

// Astro's Vite config, so that tests can import astro:content (read from
// .astro/data-store.json, written by `astro build` or `astro sync`).
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
