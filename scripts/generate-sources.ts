/**
 * Writes synthetic source documents for load tests:
 *   node scripts/generate-sources.ts --count N --out DIR [--seed S] [--start K] [--from content/raw]
 * Document k depends only on (seed, k), so --start K --count 1 adds the next one.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generateDocument, loadTemplates } from './generate/generate.ts'

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    start: { type: 'string', default: '0' },
    from: { type: 'string', default: 'content/raw' },
  },
})
const count = Number(values.count)
if (!values.out || !Number.isInteger(count) || count < 0) {
  console.error('usage: node scripts/generate-sources.ts --count N --out DIR [--seed S] [--start K] [--from DIR]')
  process.exit(2)
}

const templates = loadTemplates(values.from)
if (templates.length === 0) {
  console.error(`no template sources in ${values.from}`)
  process.exit(1)
}
mkdirSync(values.out, { recursive: true })
const start = Number(values.start)
const kinds = new Map<string, number>()
for (let i = start; i < start + count; i++) {
  const doc = generateDocument(templates, values.seed, i)
  writeFileSync(join(values.out, doc.name), doc.text)
  kinds.set(doc.kind, (kinds.get(doc.kind) ?? 0) + 1)
}
console.log(`wrote ${count} sources to ${values.out} (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`)
