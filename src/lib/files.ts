// Files under content/ that are not collections (raw text, cleaning reports).
// Astro builds run from the project root, so paths resolve against the cwd.
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ReportEntry } from '../../scripts/ingest/model.ts'

export type { ReportEntry }

const contentDir = resolve(process.cwd(), 'content')

/** The raw export exactly as received, as bytes. */
export async function readRaw(file: string): Promise<Uint8Array> {
  return await readFile(join(contentDir, 'raw', file))
}

export interface CleaningReport {
  source: string
  file: string
  entries: ReportEntry[]
}

/** content/reports/*.json, sorted by source id. */
export async function readReports(): Promise<CleaningReport[]> {
  const dir = join(contentDir, 'reports')
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.json')).sort()
  const reports = await Promise.all(
    names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as CleaningReport),
  )
  return reports.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
}

/** One source's report (content/reports/<id>.json); null when the ingest wrote none. */
export async function readReport(sourceId: string): Promise<CleaningReport | null> {
  let text: string
  try {
    text = await readFile(join(contentDir, 'reports', `${sourceId}.json`), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
  return JSON.parse(text) as CleaningReport
}

/** content/extraction/decisions.json: each entity found, merged or rejected, and why. */
export async function readExtractionDecisions(): Promise<unknown[]> {
  const text = await readFile(join(contentDir, 'extraction', 'decisions.json'), 'utf8').catch(() => null)
  return text ? (JSON.parse(text) as { decisions: unknown[] }).decisions : []
}
