// axe-core in Chromium on one page of every kind, in the light and the dark
// scheme (contrast differs): no violations of WCAG 2.x A/AA or axe's best
// practices. axe runs from node_modules, injected into the page.
import type { Server } from 'node:http'
import { createRequire } from 'node:module'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../../scripts/serve.ts'
import { haveChromium, launchChromium } from './chromium.ts'
import { DIST, distBase } from './helpers.ts'
import { samplePages } from './pages.ts'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

interface Violation {
  id: string
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

describe.skipIf(!haveChromium)('accessibility (axe-core)', () => {
  let server: Server
  let root: string
  let browser: Browser

  beforeAll(async () => {
    ;({ server, url: root } = await serve({ root: DIST, base: distBase(), port: 0 }))
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    if (server) await new Promise((done) => server.close(done))
  })

  for (const [name, path] of Object.entries(samplePages())) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${name} (${colorScheme})`, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme })
        await page.goto(root + path)
        await page.addScriptTag({ path: AXE })
        const violations = await page.evaluate(
          async (tags) =>
            // @ts-expect-error axe is injected above
            ((await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations as Violation[]),
          TAGS,
        )
        // Readable on failure: rule, help and the elements it found.
        const found = violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
        expect(found).toEqual([])
        await page.close()
      })
    }
  }
})
