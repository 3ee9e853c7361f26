// The Open Graph card generator: fonts come from the npm package and cover the
// characters of the card, rare ones included; the card is a 1200×630 PNG whose
// text is drawn as paths (so no system font is ever consulted).
import satori from 'satori'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { fontsFor } from '../../src/lib/og/fonts.ts'
import { cardTree, renderOgImage } from '../../src/lib/og/image.ts'

describe('fontsFor', () => {
  it('loads the common slices in both weights, not all ~100 of each', () => {
    const fonts = fontsFor('嘉兴')
    expect(new Set(fonts.map((f) => f.weight))).toEqual(new Set([400, 700]))
    expect(fonts.length).toBeLessThanOrEqual(50)
    // Common characters need nothing beyond them: the same set, the same array.
    expect(fontsFor('嘉兴新闻档案')).toBe(fonts)
  })

  it('adds the slice of a character outside the common set (澉)', () => {
    const common = fontsFor('嘉', [400])
    const rare = fontsFor('澉', [400])
    expect(rare.length).toBe(common.length + 1)
    const added = rare.find((f) => !common.includes(f))!
    expect(added.data.length).toBeGreaterThan(1000)
  })

  it('returns the same font objects on every call, so satori parses each file once', () => {
    expect(fontsFor('嘉')[0]).toBe(fontsFor('嘉')[0])
  })
})

describe('renderOgImage', () => {
  const card = { kicker: '企业内刊 · 工程速览', title: '海盐澉浦镇“秀湖商务大厦（暂定名）项目”完成项目赋码及备案工作', subtitle: '约2024年10月（据正文推断）' }

  it('draws every glyph as a path, never as <text> that would need a system font', async () => {
    const svg = await satori(cardTree(card) as never, { width: 1200, height: 630, fonts: fontsFor(Object.values(card).join('') + '嘉兴新闻档案…') })
    expect(svg).not.toContain('<text')
    expect(svg).not.toMatch(/font-family/)
    // ~60 characters of outlines: tens of KB of path data.
    const pathData = [...svg.matchAll(/ d="([^"]*)"/g)].reduce((n, m) => n + m[1]!.length, 0)
    expect(pathData).toBeGreaterThan(20_000)
  })

  it('is a 1200×630 PNG', async () => {
    const png = await renderOgImage(card)
    const { width, height, format } = await sharp(png).metadata()
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' })
  })

  it('is deterministic', async () => {
    expect((await renderOgImage(card)).equals(await renderOgImage(card))).toBe(true)
  })
})
