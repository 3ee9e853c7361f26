import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

/** Editorial knowledge the ingest cannot derive from text (content/curation.yaml). */
export interface Curation {
  publications: { name: string; short: string[] }[]
  boxes: string[]
}

export const CURATION_PATH = 'content/curation.yaml'

export function parseCuration(yamlText: string, where = CURATION_PATH): Curation {
  const data: unknown = parse(yamlText) ?? {}
  const fail = (msg: string): never => {
    throw new Error(`${where}: ${msg}`)
  }
  if (typeof data !== 'object' || data === null) fail('expected a mapping at the top level')
  const d = data as Record<string, unknown>
  const publications = (d['publications'] ?? []) as unknown[]
  if (!Array.isArray(publications)) fail('publications: expected a list')
  const boxes = (d['boxes'] ?? []) as unknown[]
  if (!Array.isArray(boxes) || boxes.some((b) => typeof b !== 'string')) fail('boxes: expected a list of titles')
  return {
    publications: publications.map((p, i) => {
      const e = p as Record<string, unknown>
      if (typeof e?.['name'] !== 'string') fail(`publications[${i}]: a name is required`)
      const short = e['short'] ?? []
      if (!Array.isArray(short) || short.some((s) => typeof s !== 'string')) fail(`publications[${i}].short: expected a list`)
      return { name: e['name'] as string, short: short as string[] }
    }),
    boxes: boxes as string[],
  }
}

export function loadCuration(path = CURATION_PATH): Curation {
  return parseCuration(readFileSync(path, 'utf8'), path)
}
