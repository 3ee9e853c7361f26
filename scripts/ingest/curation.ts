import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

/** Editorial knowledge the ingest cannot derive from text (content/curation.yaml). */
export interface Curation {
  publications: { name: string; short: string[] }[]
  boxes: string[]
  /** enterprises and projects an editor names: aliases and merges the text cannot show, kinds, one-line descriptions */
  entities: CuratedEntity[]
  /** names the extraction must not take for an enterprise or project */
  rejections: string[]
}

export interface CuratedEntity {
  name: string
  collection: 'enterprises' | 'projects'
  aliases: string[]
  kind: string | null
  parent: string | null
  owner: string | null
  description: string | null
}

const KINDS = ['group', 'company', 'institute', 'park', 'market', 'government', 'other']

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
    entities: list(d['entities'], 'entities').map((e, i) => curatedEntity(e, `entities[${i}]`, fail)),
    rejections: list(d['rejections'], 'rejections').map((r, i) => (typeof r === 'string' ? r : fail(`rejections[${i}]: expected a name`))),
  }
}

function list(v: unknown, key: string): unknown[] {
  if (v == null) return []
  if (!Array.isArray(v)) throw new Error(`${CURATION_PATH}: ${key}: expected a list`)
  return v
}

function curatedEntity(v: unknown, where: string, fail: (msg: string) => never): CuratedEntity {
  const e = (v ?? {}) as Record<string, unknown>
  const str = (k: string): string | null => {
    const x = e[k]
    if (x == null) return null
    if (typeof x !== 'string') fail(`${where}.${k}: expected text`)
    return x as string
  }
  const name = str('name') ?? fail(`${where}: a name is required`)
  const collection = str('collection') ?? 'enterprises'
  if (collection !== 'enterprises' && collection !== 'projects') fail(`${where}.collection: enterprises or projects`)
  const aliases = e['aliases'] ?? []
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) fail(`${where}.aliases: expected a list of names`)
  const kind = str('kind')
  if (kind !== null && !KINDS.includes(kind)) fail(`${where}.kind: one of ${KINDS.join(', ')}`)
  return { name, collection: collection as CuratedEntity['collection'], aliases: aliases as string[], kind, parent: str('parent'), owner: str('owner'), description: str('description') }
}

export function loadCuration(path = CURATION_PATH): Curation {
  return parseCuration(readFileSync(path, 'utf8'), path)
}
