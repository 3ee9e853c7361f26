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

export const collections = { sources, articles }
