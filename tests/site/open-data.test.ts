// The open data a re-user downloads (SPEC §5): archive.json valid against the JSON
// Schema kept in the repo, every reference in it pointing at something that exists,
// and the CSV files readable by a spreadsheet program (UTF-8 with BOM).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { readDist } from './helpers.ts'

interface Archive {
  articles: { id: string; blocks: { id: string; text: string }[] }[]
  enterprises: { id: string; name: string; parent: string | null; mentions: { article: string; block: string }[] }[]
  projects: { id: string; owner: string | null; mentions: { article: string; block: string }[] }[]
  metrics: { id: string; subject: { collection: string; id: string } | null; article: string; block: string; quote: string; normalized: { value: number; unit: string } }[]
  events: { id: string; participants: { collection: string; id: string }[]; article: string; block: string; quote: string; date: { value: string } }[]
}

let archive: Archive
beforeAll(() => {
  archive = JSON.parse(readDist('data/archive.json')) as Archive
})

describe('dist/data/archive.json', () => {
  it('validates against schemas/archive.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'archive.schema.json'), 'utf8'))
    const ajv = new Ajv2020({ allErrors: true })
    const validate = ajv.compile(schema)
    const ok = validate(archive)
    expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true)
  })

  it('the schema rejects a renamed field (it is strict, not decorative)', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'archive.schema.json'), 'utf8'))
    const validate = new Ajv2020().compile(schema)
    const broken = structuredClone(archive) as unknown as { metrics: Record<string, unknown>[] }
    const first = broken.metrics[0]!
    first['subject_text'] = first['subjectText']
    delete first['subjectText']
    expect(validate(broken)).toBe(false)
  })

  it('holds enterprises, projects, figures and events', () => {
    expect(archive.enterprises.length).toBeGreaterThan(10)
    expect(archive.projects.length).toBeGreaterThan(3)
    expect(archive.metrics.length).toBeGreaterThan(50)
    expect(archive.events.length).toBeGreaterThan(10)
  })

  it('every mention, figure and event points at a block that exists, and its quote is in that block', () => {
    const blocks = new Map(archive.articles.flatMap((a) => a.blocks.map((b) => [`${a.id}#${b.id}`, b.text] as const)))
    for (const e of [...archive.enterprises, ...archive.projects]) for (const m of e.mentions) expect(blocks.has(`${m.article}#${m.block}`), `${e.id} → ${m.article}#${m.block}`).toBe(true)
    for (const x of [...archive.metrics, ...archive.events]) {
      const text = blocks.get(`${x.article}#${x.block}`)
      expect(text, `${x.id} → ${x.article}#${x.block}`).toBeDefined()
      expect(text, x.id).toContain(x.quote)
    }
  })

  it('every parent, owner, subject and participant is an entity of the archive', () => {
    const ids = { enterprises: new Set(archive.enterprises.map((e) => e.id)), projects: new Set(archive.projects.map((p) => p.id)) } as Record<string, Set<string>>
    for (const e of archive.enterprises) if (e.parent) expect(ids['enterprises']!.has(e.parent), e.id).toBe(true)
    for (const p of archive.projects) if (p.owner) expect(ids['enterprises']!.has(p.owner), p.id).toBe(true)
    for (const m of archive.metrics) if (m.subject) expect(ids[m.subject.collection]!.has(m.subject.id), m.id).toBe(true)
    for (const e of archive.events) for (const p of e.participants) expect(ids[p.collection]!.has(p.id), e.id).toBe(true)
  })

  it('one organisation is one entry: 嘉兴市产业发展集团有限公司, 嘉兴市产业集团 and 市产业集团 share a page', () => {
    const holders = archive.enterprises.filter((e) => ['嘉兴市产业发展集团有限公司', '嘉兴市产业集团', '市产业集团'].some((n) => e.name === n || (e as unknown as { aliases: string[] }).aliases.includes(n)))
    expect(holders.map((e) => e.name)).toEqual(['嘉兴市产业发展集团有限公司'])
  })
})

describe('dist/data/*.csv', () => {
  for (const [file, header] of [
    ['metrics.csv', 'id,label,subject_collection'],
    ['events.csv', 'id,date,end'],
  ] as const) {
    it(`${file} starts with a UTF-8 byte order mark and its header, one row per entry`, () => {
      const text = readDist(`data/${file}`)
      expect(text.charCodeAt(0)).toBe(0xfeff)
      expect(text.slice(1)).toMatch(new RegExp(`^${header}`))
      const rows = text.trim().split('\r\n').length - 1
      const n = file === 'metrics.csv' ? archive.metrics.length : archive.events.length
      // quoted cells may hold line breaks, so rows ≥ entries; none is lost
      expect(rows).toBeGreaterThanOrEqual(n)
    })
  }

  it('metrics.csv has 773.95亿元 as 77395000000 CNY', () => {
    const text = readDist('data/metrics.csv')
    const line = text.split('\r\n').find((l) => l.includes('773.95'))
    expect(line).toBeDefined()
    expect(line).toContain(',77395000000,CNY,')
  })
})
