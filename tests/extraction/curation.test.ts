// The curation file may only name what the sources print: an entry that matches
// nothing is stale knowledge and fails here. And the extraction must not depend on it:
// without the file's entities it still finds the organisations the text names.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCuration } from '../../scripts/ingest/curation.ts'
import { extractArchive } from '../../scripts/ingest/extract/resolve.ts'
import { ingestSource } from '../../scripts/ingest/pipeline.ts'

const RAW = join(import.meta.dirname, '..', '..', 'content', 'raw')
const raw = readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort()
const text = raw.map((f) => readFileSync(join(RAW, f), 'utf8').replace(/\r?\n/g, '')).join('\n')

describe('content/curation.yaml entities', () => {
  const curation = loadCuration()
  for (const e of curation.entities) {
    it(`${e.name}: every name and alias is printed in content/raw`, () => {
      for (const n of [e.name, ...e.aliases]) expect(text.includes(n), `${n} is printed nowhere`).toBe(true)
    })
  }
  for (const r of curation.rejections) {
    it(`rejection ${r} is printed in content/raw`, () => expect(text.includes(r)).toBe(true))
  }

  it('without the curated entities, the extraction still discovers the organisations the text names', () => {
    const bare = { ...curation, entities: [], rejections: [] }
    const articles = raw.flatMap((f) => ingestSource(f, readFileSync(join(RAW, f)), bare).articles)
    const x = extractArchive(articles, bare)
    const names = x.enterprises.flatMap((e) => [e.name, ...e.aliases])
    for (const n of ['加西贝拉压缩机有限公司', '嘉兴市产业发展集团有限公司', '敏实集团', '浙江清华长三角研究院', '嘉兴市融资担保有限公司']) expect(names, n).toContain(n)
    expect(x.enterprises.every((e) => e.origin === 'discovered')).toBe(true)
  })
})
