import { createHash } from 'node:crypto'
import { classifyLines } from './classify.ts'
import type { Curation } from './curation.ts'
import { resolveDateline } from './dates.ts'
import { resolvePublicationDate } from './publication-date.ts'
import { IngestError } from './errors.ts'
import { decodeSource } from './read.ts'
import { markPageFrame } from './frame.ts'
import { detectLayout } from './layout.ts'
import type { Article, DateObject, IngestedSource, ReportEntry } from './model.ts'
import { dropRepeats, joinBrokenLines } from './repair.ts'
import { segmentStories, type StoryDraft } from './segment.ts'
import { articleSlug, sourceSlug } from './slug.ts'

/**
 * One raw document through every stage, in order: read, classify lines (page
 * furniture among them), find the page's frame (its headline by its stamp), repair
 * layout breaks, drop repeats, recognise the layout, segment into stories, date.
 * Pure: the same bytes and curation give the same result.
 */
export function ingestSource(file: string, bytes: Uint8Array, curation: Curation): IngestedSource {
  const entries: ReportEntry[] = []
  const decoded = decodeSource(file, bytes)
  for (const w of decoded.warnings) entries.push({ action: 'warn', kind: 'encoding', lines: [], text: '', reason: w })

  const classified = classifyLines(decoded.text, curation)
  const framed = markPageFrame(classified.units)
  const joined = joinBrokenLines(framed.units)
  const deduped = dropRepeats(joined.units)
  const layout = detectLayout(deduped.units)
  const segmented = segmentStories(deduped.units, layout.kind)
  entries.push(...classified.entries, ...framed.entries, ...joined.entries, ...deduped.entries, ...segmented.entries)
  entries.push({ action: 'classify', kind: 'layout', lines: [], text: file, result: layout.kind, reason: layout.reason })
  entries.push(...flagFragments(segmented.stories))

  const date = resolvePublicationDate(deduped.units, segmented, entries)
  const id = sourceSlug(file)
  const articles: Article[] = segmented.stories.map((s, i) => toArticle(s, i + 1, id, date, layout.kind, entries))
  if (articles.length === 0) throw new IngestError(file, null, 'no story text: only page furniture (bylines, notes, marks)')
  return {
    source: {
      id,
      file,
      publication: publicationName(segmented.publication, curation),
      kind: layout.kind,
      date,
      articles: articles.map((a) => a.id),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
    articles,
    report: { source: id, file, entries: sortEntries(entries) },
  }
}

/** The paper or site a page names, by the full name the curation file gives its short forms (南晚 → 南湖晚报). */
function publicationName(named: string | null, curation: Curation): string | null {
  if (named === null) return null
  return curation.publications.find((p) => p.name === named || p.short.includes(named))?.name ?? named
}

/** The lead: a news story's first paragraph; a feature may open with a scene before its news peg. */
function leadBlocks(story: StoryDraft, layout: string) {
  const prose = story.blocks.filter((b) => b.type === 'paragraph' || b.type === 'quote' || (story.kind === 'photo' && b.type === 'caption'))
  return layout === 'feature' || layout === 'magazine' ? prose.slice(0, 2) : prose.slice(0, 1)
}

function toArticle(s: StoryDraft, order: number, sourceId: string, date: DateObject | null, layout: string, entries: ReportEntry[]): Article {
  let dateline: DateObject | null = null
  if (s.kind !== 'box') {
    for (const lead of leadBlocks(s, layout)) {
      dateline = resolveDateline(lead.text, date)
      if (dateline) {
        entries.push({ action: 'infer', kind: 'dateline', lines: lead.lines.slice(0, 1), text: dateline.evidence, result: dateline.end ? `${dateline.value}/${dateline.end}` : dateline.value, reason: 'the lead opens with the date of its happening, resolved against the publication date' })
        break
      }
    }
  }
  const lines = s.lines.length ? s.lines : s.blocks.flatMap((b) => b.lines)
  return {
    id: articleSlug(sourceId, order, s.title ?? ''),
    source: sourceId,
    order,
    title: s.title ?? '',
    subtitle: s.subtitle,
    section: s.section,
    kind: s.kind,
    date,
    dateline,
    bylines: s.bylines,
    credit: s.credit,
    continued: s.continued,
    blocks: s.blocks.map((b, i) => ({ id: `b${i + 1}`, type: b.type, text: b.text, lines: b.lines })),
    lines: [lines.reduce((a, b) => Math.min(a, b)), lines.reduce((a, b) => Math.max(a, b))],
  }
}

/** A paragraph that opens mid-sentence (its start lost in layout) is kept, and flagged for an editor. */
function flagFragments(stories: StoryDraft[]): ReportEntry[] {
  const out: ReportEntry[] = []
  for (const s of stories) {
    for (const b of s.blocks) {
      if (b.type === 'paragraph' && /^[的了着地得之，。、；：”）]/.test(b.text)) {
        out.push({ action: 'classify', kind: 'fragment', lines: b.lines.slice(0, 1), text: b.text.slice(0, 20), reason: 'the paragraph starts mid-sentence: its beginning is missing from the export' })
      }
    }
  }
  return out
}

/** Report in reading order: by first line, whole-document decisions last. */
function sortEntries(entries: ReportEntry[]): ReportEntry[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.lines[0] ?? Infinity) - (b.e.lines[0] ?? Infinity) || a.i - b.i)
    .map(({ e }) => e)
}
