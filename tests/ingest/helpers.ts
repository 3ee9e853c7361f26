import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { classifyLines, type Unit } from '../../scripts/ingest/classify.ts'
import { loadCuration } from '../../scripts/ingest/curation.ts'
import type { IngestedSource } from '../../scripts/ingest/model.ts'
import { ingestSource } from '../../scripts/ingest/pipeline.ts'

export const curation = loadCuration('content/curation.yaml')
export const RAW_DIR = 'content/raw'
export const rawFiles = readdirSync(RAW_DIR).filter((f) => f.endsWith('.txt')).sort()

export function ingestRaw(prefix: string): IngestedSource {
  const file = rawFiles.find((f) => f.startsWith(prefix))
  if (!file) throw new Error(`no raw source starting ${prefix}`)
  return ingestSource(file, readFileSync(join(RAW_DIR, file)), curation)
}

export function ingestText(text: string, file = 'composed.txt'): IngestedSource {
  return ingestSource(file, new TextEncoder().encode(text), curation)
}

export function units(text: string): Unit[] {
  return classifyLines(text, curation).units
}

/** Every visible text an article carries, for looking things up in tests. */
export function articleText(r: IngestedSource): string {
  return r.articles
    .flatMap((a) => [a.title, a.subtitle ?? '', a.section ?? '', a.credit ?? '', a.continued ?? '', ...a.bylines.map((b) => `${b.role} ${b.name}`), ...a.blocks.map((b) => b.text)])
    .join('\n')
}
