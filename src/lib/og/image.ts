// Open Graph cards (1200×630 PNG): a kicker, a title and a subtitle on the site's
// paper colour. Satori lays the text out and draws it as SVG paths with the
// packaged Noto Sans SC (src/lib/og/fonts.ts); sharp turns the SVG into a PNG.
// Any page kind can use it: articles now, entity pages later.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import satori from 'satori'
import sharp from 'sharp'
import { SITE_NAME } from '../site.ts'
import { FONT_FAMILY, fontsFor, fontVersion } from './fonts.ts'
import { OG_HEIGHT, OG_WIDTH } from './size.ts'

export interface OgCard {
  /** The page's headline: a story's title, an enterprise's name. */
  title: string
  /** A short line above it: section, page kind ('企业'), publication. */
  kicker?: string | null
  /** A line below it: deck, date and source, kind of entity. */
  subtitle?: string | null
}

const COLORS = { bg: '#fdfcf9', fg: '#1f1f1f', muted: '#5c5c5c', accent: '#9b1c1c', rule: '#ddd8cc' }

/** Long headlines get a smaller size, so that three lines hold ~50 characters. */
function titleSize(title: string): number {
  const n = [...title].length
  return n <= 16 ? 72 : n <= 30 ? 64 : n <= 45 ? 56 : 48
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } }
const el = (style: Record<string, unknown>, children?: unknown): Node => ({ type: 'div', props: { style, children } })

/** The card as satori elements (plain objects: no JSX needed). */
export function cardTree(card: OgCard): Node {
  const clamp = (lines: number) => ({ display: 'block', lineClamp: lines, textOverflow: 'ellipsis' })
  const text: Node[] = []
  if (card.kicker) {
    text.push(el({ ...clamp(1), fontSize: 30, fontWeight: 700, color: COLORS.accent, letterSpacing: 3, marginBottom: 20 }, card.kicker))
  }
  // palt: proportional CJK punctuation, so that “ and （ don't leave half an em blank.
  text.push(
    el({ ...clamp(3), fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.3, color: COLORS.fg, fontFeatureSettings: '"palt" 1' }, card.title),
  )
  if (card.subtitle) {
    text.push(el({ ...clamp(2), fontSize: 32, lineHeight: 1.45, color: COLORS.muted, marginTop: 24 }, card.subtitle))
  }
  // Plain boxes rather than borders or overflow clipping: satori turns those into
  // SVG masks, which triple the time sharp needs to rasterise the card.
  return el(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px 56px 112px',
      background: COLORS.bg,
      fontFamily: FONT_FAMILY,
    },
    [
      el({ position: 'absolute', left: 0, top: 0, width: 16, height: OG_HEIGHT, background: COLORS.accent }),
      el({ display: 'flex', flexDirection: 'column' }, text),
      el({ display: 'flex', flexDirection: 'column' }, [
        el({ height: 2, background: COLORS.rule, marginBottom: 20 }),
        el({ display: 'flex', fontSize: 28, fontWeight: 700, color: COLORS.fg, letterSpacing: 4 }, SITE_NAME),
      ]),
    ],
  )
}

const cardText = (card: OgCard) => [card.kicker, card.title, card.subtitle, SITE_NAME, '…'].filter(Boolean).join('')

// Level 6: 9 would save a fifth of the bytes at twice the time; a palette, half
// the bytes at three times the time. Crawlers fetch these, not readers.
const PNG_OPTIONS = { compressionLevel: 6 } as const

/** Renders the card to PNG bytes. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const svg = await satori(cardTree(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: fontsFor(cardText(card)) })
  return await sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer()
}

// Rendering costs ~20 ms a card; a rebuild reuses the PNG when nothing that
// draws it has changed. The key covers the whole element tree (text and styles),
// the font, satori and sharp versions and the PNG options.
const CACHE_DIR = join(process.cwd(), '.cache', 'og')
const versions = () => [fontVersion(), packageVersion('satori'), sharp.versions.sharp].join(' ')
let versionKey: string | undefined

function packageVersion(name: string): string {
  return JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')).version as string
}

export async function ogImage(card: OgCard): Promise<Buffer> {
  versionKey ??= versions()
  const key = createHash('sha256')
    .update(JSON.stringify({ v: versionKey, png: PNG_OPTIONS, tree: cardTree(card) }))
    .digest('hex')
  const file = join(CACHE_DIR, `${key}.png`)
  try {
    return readFileSync(file)
  } catch {
    const png = await renderOgImage(card)
    mkdirSync(CACHE_DIR, { recursive: true })
    // Write then rename, so that a parallel build never reads half a file.
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, png)
    renameSync(tmp, file)
    return png
  }
}

/** An endpoint's response for a card. */
export const ogResponse = async (card: OgCard) =>
  new Response(new Uint8Array(await ogImage(card)), { headers: { 'Content-Type': 'image/png' } })
