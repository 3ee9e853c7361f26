// Every non-whitespace character of every raw file ends up in an article (a field or
// a block) or is quoted, with a reason, by the cleaning report entry for its line.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ingestSource } from '../../scripts/ingest/pipeline.ts'
import { unaccountedLines } from './accounting.ts'
import { curation, RAW_DIR, rawFiles } from './helpers.ts'

const FIXTURES = 'tests/fixtures'
const fixtureFiles = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort() : []

describe('nothing is lost', () => {
  for (const [dir, file] of [...rawFiles.map((f) => [RAW_DIR, f]), ...fixtureFiles.map((f) => [FIXTURES, f])] as [string, string][]) {
    it(`${dir}/${file}`, () => {
      const bytes = readFileSync(join(dir, file))
      const r = ingestSource(file, bytes, curation)
      expect(unaccountedLines(bytes.toString('utf8'), r)).toEqual([])
    })
  }

  it('catches a loss even where the report classified the line: names dropped from a byline', () => {
    const text = '港区新闻标题\n■记者 王五\n本报讯 昨天,港区新码头投入使用。\n\n另一条新闻\n■记者 赵六\n本报讯 前天,另一件事。'
    const r = ingestSource('x.txt', new TextEncoder().encode(text), curation)
    expect(unaccountedLines(text, r)).toEqual([])
    r.articles[0]!.bylines = []
    expect(unaccountedLines(text, r)).toEqual([{ line: 2, text: '■记者 王五' }])
  })

  it('catches a loss: a line the output does not hold is reported missing', () => {
    const r = ingestSource('x.txt', new TextEncoder().encode('标题\n正文第一段。'), curation)
    expect(unaccountedLines('标题\n正文第一段。\n凭空多出的一行。', r)).toEqual([{ line: 3, text: '凭空多出的一行。' }])
  })
})
