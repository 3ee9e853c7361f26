// The page-weight budgets of scripts/budget.ts, enforced on every test run.
import { describe, expect, it } from 'vitest'
import { measureBudget, pageJsGzip, renderBlockingThirdParty } from '../../scripts/budget.ts'
import { DIST } from './helpers.ts'

describe('budgets (scripts/budget.ts)', () => {
  it('dist/ is within every budget', () => {
    const report = measureBudget(DIST)
    expect(report.articles.length).toBeGreaterThan(0)
    expect(report.failures).toEqual([])
  })

  it('finds render-blocking third-party requests and counts scripts', () => {
    const html = `<html><head><link rel="stylesheet" href="https://fonts.example.com/a.css">
      <script src="https://cdn.example.com/x.js"></script><script async src="https://cdn.example.com/y.js"></script>
      <link rel="stylesheet" href="/local.css"></head><body><script>console.log(1)</script></body></html>`
    expect(renderBlockingThirdParty(DIST, html)).toEqual(['stylesheet https://fonts.example.com/a.css', 'script https://cdn.example.com/x.js'])
    expect(pageJsGzip(DIST, html)).toBeGreaterThan(0)
    expect(pageJsGzip(DIST, '<script type="application/ld+json">{}</script>')).toBe(0)
  })
})
