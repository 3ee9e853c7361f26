/**
 * Writes synthetic source documents for load tests:
 *   node scripts/generate-sources.ts --count N --out DIR [--seed S] [--start K] [--from content/raw]
 * Document k depends only on (seed, k), so --start K --count 1 adds the next one.
 */
import { parseArgs } from 'node:util'
import { loadTemplates, writeDocuments } from './generate/generate.ts'

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
const start = Number(values.start)
if (!values.out || !Number.isInteger(count) || count < 0 || !Number.isInteger(start) || start < 0) {
  console.error('usage: node scripts/generate-sources.ts --count N --out DIR [--seed S] [--start K] [--from DIR]')
  process.exit(2)
}

const templates = loadTemplates(values.from)
if (templates.length === 0) {
  console.error(`no template sources in ${values.from}`)
  process.exit(1)
}
const docs = writeDocuments(templates, values.out, count, values.seed, start)
const kinds = new Map<string, number>()
for (const d of docs) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1)
console.log(`wrote ${count} sources to ${values.out} (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`)
