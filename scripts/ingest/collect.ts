import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Curation } from './curation.ts'
import { IngestError } from './errors.ts'
import type { SourceCache } from './files.ts'
import type { IngestedSource } from './model.ts'
import { ingestSource } from './pipeline.ts'
import { renderSource } from './write.ts'

export interface DirectoryIngest {
  files: string[]
  results: IngestedSource[]
  /** per file that could not be ingested: the message, naming file and line */
  failures: string[]
  fromCache: number
}

/**
 * Every `.txt` in `rawDir`, in name order, through the pipeline. A broken source is a
 * failure with a message and never stops the others.
 */
export function ingestDirectory(
  rawDir: string,
  curation: Curation,
  options: { cache?: SourceCache | null; onSource?: (r: IngestedSource, index: number, total: number) => void; onFailure?: (message: string) => void } = {},
): DirectoryIngest {
  const files = readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort()
  const results: IngestedSource[] = []
  const failures: string[] = []
  const ids = new Map<string, string>()
  let fromCache = 0
  const fail = (message: string) => {
    failures.push(message)
    options.onFailure?.(message)
  }
  files.forEach((file, index) => {
    const bytes = readFileSync(join(rawDir, file))
    try {
      let result = options.cache?.get(file, bytes) ?? null
      if (result) fromCache++
      else {
        result = ingestSource(file, bytes, curation)
        options.cache?.set(file, bytes, result)
      }
      const taken = ids.get(result.source.id)
      if (taken) return fail(`${file}: its id ${result.source.id} is already used by ${taken}; rename one of the files`)
      ids.set(result.source.id, file)
      results.push(result)
      options.onSource?.(result, index, files.length)
    } catch (err) {
      fail(err instanceof IngestError ? err.message : `${file}: ingest failed: ${(err as Error).stack ?? String(err)}`)
    }
  })
  return { files, results, failures, fromCache }
}

/** The content files of all results, by path relative to the content folder. */
export function renderAll(results: IngestedSource[]): Map<string, string> {
  const wanted = new Map<string, string>()
  for (const r of results) for (const [path, text] of renderSource(r)) wanted.set(path, text)
  return wanted
}
