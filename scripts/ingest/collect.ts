import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Curation } from './curation.ts'
import { IngestError } from './errors.ts'
import type { SourceCache } from './files.ts'
import { ingestSource } from './pipeline.ts'
import { summarize, warnings } from './summary.ts'
import { renderSource } from './write.ts'

/** A content file: its path relative to the content folder, a hash of its text, and the text on demand. */
export interface ContentFile {
  path: string
  hash: string
  text: () => string
}

/** One source as the ingest keeps it between runs: its files, and what to tell the user. */
export interface RenderedSource {
  file: string
  id: string
  articles: number
  summary: string
  warnings: string[]
  files: ContentFile[]
}

export const hashText = (text: string) => createHash('sha1').update(text).digest('hex')

export interface DirectoryIngest {
  files: string[]
  sources: RenderedSource[]
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
  options: { cache?: SourceCache | null; onSource?: (r: RenderedSource, index: number, total: number) => void; onFailure?: (message: string) => void } = {},
): DirectoryIngest {
  const files = readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort()
  const sources: RenderedSource[] = []
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
      let rendered = options.cache?.get(file, bytes) ?? null
      if (rendered) fromCache++
      else {
        const result = ingestSource(file, bytes, curation)
        rendered = {
          file,
          id: result.source.id,
          articles: result.articles.length,
          summary: summarize(result),
          warnings: warnings(result),
          files: [...renderSource(result)].map(([path, text]) => ({ path, hash: hashText(text), text: () => text })),
        }
        options.cache?.set(file, bytes, rendered)
      }
      const taken = ids.get(rendered.id)
      if (taken) return fail(`${file}: its id ${rendered.id} is already used by ${taken}; rename one of the files`)
      ids.set(rendered.id, file)
      sources.push(rendered)
      options.onSource?.(rendered, index, files.length)
    } catch (err) {
      fail(err instanceof IngestError ? err.message : `${file}: ingest failed: ${(err as Error).stack ?? String(err)}`)
    }
  })
  return { files, sources, failures, fromCache }
}

/** The content files of all sources, by path. */
export function contentFiles(sources: RenderedSource[]): Map<string, ContentFile> {
  return new Map(sources.flatMap((s) => s.files.map((f) => [f.path, f] as const)))
}
