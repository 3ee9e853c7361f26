import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Curation } from './curation.ts'
import { IngestError } from './errors.ts'
import type { SourceCache } from './files.ts'
import type { IngestedSource } from './model.ts'
import type { ArticleText } from './extract/model.ts'
import type { ArticleFindings } from './extract/resolve.ts'

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
  /** what the archive-wide extraction needs of each article (kept in the cache with the files) */
  texts: ArticleText[]
  /** what each article yields on its own (names, figures, happenings), aligned with `texts` */
  findings: ArticleFindings[]
  files: ContentFile[]
}

export const hashText = (text: string) => createHash('sha1').update(text).digest('hex')

/** What a source says, apart from its file name: its stories' titles and blocks. */
const storiesSignature = (texts: ArticleText[]) => hashText(texts.map((t) => [t.title, ...t.blocks.map((b) => b.text)].join('\n')).join('\n\n'))

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
export async function ingestDirectory(
  rawDir: string,
  curation: Curation,
  options: { cache?: SourceCache | null; onSource?: (r: RenderedSource, index: number, total: number) => void; onFailure?: (message: string) => void } = {},
): Promise<DirectoryIngest> {
  const files = readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort()
  const sources: RenderedSource[] = []
  const failures: string[] = []
  const ids = new Map<string, string>()
  const texts = new Map<string, string>()
  let fromCache = 0
  const fail = (message: string) => {
    failures.push(message)
    options.onFailure?.(message)
  }
  // The stages load only when a source is not cached: a re-run that finds every
  // source unchanged never pays for the word dictionary or the Markdown writer.
  let render: ((file: string, bytes: Uint8Array) => RenderedSource) | null = null
  for (const [index, file] of files.entries()) {
    const path = join(rawDir, file)
    let raw: Uint8Array | null = null
    const bytes = () => (raw ??= readFileSync(path))
    try {
      let rendered = options.cache?.get(file, path, bytes) ?? null
      if (rendered) fromCache++
      else {
        render ??= await loadRenderer(curation)
        rendered = render(file, bytes())
        options.cache?.set(file, path, bytes, rendered)
      }
      const taken = ids.get(rendered.id)
      if (taken) {
        fail(`${file}: its id ${rendered.id} is already used by ${taken}; rename one of the files`)
        continue
      }
      // the same stories under another file name (a page saved twice, one reprint copied from
      // two sites): kept once, under the first name
      const twin = texts.get(storiesSignature(rendered.texts))
      if (twin) {
        fail(`${file}: the same text as ${twin} (its stories, word for word); kept once, as ${twin}`)
        continue
      }
      texts.set(storiesSignature(rendered.texts), file)
      ids.set(rendered.id, file)
      sources.push(rendered)
      options.onSource?.(rendered, index, files.length)
    } catch (err) {
      fail(err instanceof IngestError ? err.message : `${file}: ingest failed: ${(err as Error).stack ?? String(err)}`)
    }
  }
  return { files, sources, failures, fromCache }
}

async function loadRenderer(curation: Curation): Promise<(file: string, bytes: Uint8Array) => RenderedSource> {
  const [{ ingestSource }, { summarize, warnings }, { renderSource }, { findInArticle }] = await Promise.all([import('./pipeline.ts'), import('./summary.ts'), import('./write.ts'), import('./extract/resolve.ts')])
  return (file, bytes) => {
    const result: IngestedSource = ingestSource(file, bytes, curation)
    const texts: ArticleText[] = result.articles.map((a) => ({ id: a.id, date: a.date, kind: a.kind, title: a.title, blocks: a.blocks.map((b) => ({ id: b.id, type: b.type, text: b.text })) }))
    return {
      file,
      id: result.source.id,
      articles: result.articles.length,
      summary: summarize(result),
      texts,
      findings: texts.map(findInArticle),
      warnings: warnings(result),
      files: [...renderSource(result)].map(([path, text]) => ({ path, hash: hashText(text), text: () => text })),
    }
  }
}

/** The content files of all sources, by path. */
export function contentFiles(sources: RenderedSource[]): Map<string, ContentFile> {
  return new Map(sources.flatMap((s) => s.files.map((f) => [f.path, f] as const)))
}

/**
 * Everything the ingest writes: each source's files, then what the archive-wide
 * extraction makes of all of them (enterprises, projects, figures, events).
 */
export async function archiveFiles(sources: RenderedSource[], curation: Curation, renderCache?: Map<string, string>) {
  const wanted = contentFiles(sources)
  const [{ extractArchive }, { renderExtraction }] = await Promise.all([import('./extract/resolve.ts'), import('./write.ts')])
  const findings = new Map(sources.flatMap((s) => s.texts.map((t, i) => [t.id, s.findings[i]!] as const)))
  const extraction = extractArchive(sources.flatMap((s) => s.texts), curation, findings)
  for (const [path, text] of renderExtraction(extraction, renderCache)) wanted.set(path, { path, hash: hashText(text), text: () => text })
  return { wanted, extraction }
}
