// Every page in dist/ against html-validate, with the project's .htmlvalidate.json:
// the recommended and document presets, with two rules adjusted (README, "Tests"):
//   require-sri: only for cross-origin resources. The site loads none; its own
//     stylesheet is served from the same origin, where integrity adds nothing.
//   long-title: off. A story page's title is the printed headline, which an
//     archive must not shorten; search engines truncate long titles themselves.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIST, filesUnder } from './helpers.ts'

describe('html-validate', () => {
  it('every page in dist/ is valid', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader())
    const pages = filesUnder(DIST, '.html')
    expect(pages.length).toBeGreaterThan(0)
    const problems: string[] = []
    for (const file of pages) {
      const report = await validator.validateFile(file)
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
      }
    }
    expect(problems).toEqual([])
  })
})
