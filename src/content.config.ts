import { defineCollection, reference } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'

// Shapes follow SPEC section 5; the ingest (scripts/ingest) writes these files.

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')

const dateObject = z.object({
  value: isoDate,
  end: isoDate.nullable(),
  inferred: z.boolean(),
  evidence: z.string(),
})

const block = z.object({
  id: z.string().regex(/^b\d+$/),
  type: z.enum(['paragraph', 'heading', 'caption', 'quote', 'note']),
  text: z.string().min(1),
  lines: z.array(z.number().int().positive()),
})

const sources = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/sources' }),
  schema: z.object({
    file: z.string(),
    publication: z.string().nullable(),
    kind: z.enum(['feature', 'magazine', 'newsletter', 'front-page']),
    date: dateObject.nullable(),
    articles: z.array(reference('articles')),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
})

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: z.object({
    source: reference('sources'),
    order: z.number().int().positive(),
    title: z.string().min(1),
    subtitle: z.string().nullable(),
    section: z.string().nullable(),
    kind: z.enum(['story', 'brief', 'photo', 'box']),
    date: dateObject.nullable(),
    dateline: dateObject.nullable(),
    bylines: z.array(z.object({ role: z.string(), name: z.string() })),
    credit: z.string().nullable(),
    continued: z.string().nullable(),
    // a headline with its byline and (下转2版) but no text on this page has no blocks
    blocks: z.array(block),
    lines: z.tuple([z.number().int(), z.number().int()]),
  }),
})

// What the news is about (SPEC section 2), written by the extraction stages.
const mention = z.object({
  article: reference('articles'),
  block: z.string().regex(/^b\d+$/),
  surface: z.string().min(1),
  start: z.number().int().nonnegative(),
  quote: z.string().min(1),
  inTitle: z.literal(true).optional(),
})
const origin = z.enum(['discovered', 'curated', 'both'])
const ref = z.object({ collection: z.enum(['enterprises', 'projects']), id: z.string().min(1) })

const enterprises = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/enterprises' }),
  schema: z.object({
    name: z.string().min(1),
    aliases: z.array(z.string()),
    kind: z.enum(['group', 'company', 'institute', 'park', 'market', 'government', 'other']),
    parent: reference('enterprises').nullable(),
    origin,
    mentions: z.array(mention).min(1),
    description: z.string().nullable(),
  }),
})

const projects = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/projects' }),
  schema: z.object({
    name: z.string().min(1),
    aliases: z.array(z.string()),
    owner: reference('enterprises').nullable(),
    location: z.string().nullable(),
    status: z.string().nullable(),
    origin,
    mentions: z.array(mention).min(1),
    description: z.string().nullable(),
  }),
})

const metrics = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/metrics' }),
  schema: z.object({
    label: z.string().nullable(),
    subject: ref.nullable(),
    subjectText: z.string().nullable(),
    value: z.number(),
    unit: z.string(),
    normalized: z.object({ value: z.number(), unit: z.string().min(1) }),
    qualifier: z.enum(['exact', 'approx', 'nearly', 'more-than', 'at-least', 'up-to']),
    period: z.string().nullable(),
    periodDate: dateObject.nullable(),
    article: reference('articles'),
    block: z.string().regex(/^b\d+$/),
    quote: z.string().min(1),
    written: z.string().min(1),
  }),
})

const events = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/events' }),
  schema: z.object({
    title: z.string().min(1),
    type: z.string().min(1),
    date: dateObject,
    participants: z.array(ref),
    article: reference('articles'),
    block: z.string().regex(/^b\d+$/),
    quote: z.string().min(1),
  }),
})

export const collections = { sources, articles, enterprises, projects, metrics, events }
