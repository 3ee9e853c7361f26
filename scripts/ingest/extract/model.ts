import type { DateObject } from '../model.ts'
import type { EnterpriseKind } from './names.ts'
import type { Qualifier } from './metrics.ts'

// What the extraction makes of the archive (SPEC sections 2 and 5): enterprises,
// projects, figures and events, each tied to the block it was read from.

/** What the extraction needs of one article. */
export interface ArticleText {
  id: string
  date: DateObject | null
  kind: string
  title: string
  blocks: { id: string; type: string; text: string }[]
}

export interface Mention {
  article: string
  block: string
}

/** A mention where it stands: the form written and the sentence around it. */
export interface MentionAt extends Mention {
  surface: string
  start: number
  quote: string
  /** named in the headline (then `block` is the story's first block and `quote` the headline) */
  inTitle?: true
}

export interface Ref {
  collection: 'enterprises' | 'projects'
  id: string
}

/** Where an entity came from, for an editor: found in the text, listed in the curation file, or both. */
export type Origin = 'discovered' | 'curated' | 'both'

export interface Enterprise {
  id: string
  name: string
  aliases: string[]
  kind: EnterpriseKind
  parent: string | null
  description: string | null
  origin: Origin
  mentions: MentionAt[]
}

export interface Project {
  id: string
  name: string
  aliases: string[]
  owner: string | null
  location: string | null
  status: string | null
  description: string | null
  origin: Origin
  mentions: MentionAt[]
}

export interface Metric {
  id: string
  label: string | null
  subject: Ref | null
  subjectText: string | null
  value: number
  unit: string
  normalized: { value: number; unit: string }
  qualifier: Qualifier
  period: string | null
  periodDate: DateObject | null
  article: string
  block: string
  quote: string
  /** the figure as printed, from its first digit to the end of its unit */
  written: string
}

export interface Event {
  id: string
  title: string
  type: string
  date: DateObject
  participants: Ref[]
  article: string
  block: string
  quote: string
}

/** One decision of the extraction, for the cleaning report. */
export interface ExtractionDecision {
  action: 'entity' | 'merge' | 'reject' | 'relation' | 'curation'
  collection: 'enterprises' | 'projects'
  id: string | null
  name: string
  result?: string
  reason: string
}

export interface Extraction {
  enterprises: Enterprise[]
  projects: Project[]
  metrics: Metric[]
  events: Event[]
  decisions: ExtractionDecision[]
}
