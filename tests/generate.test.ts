import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GENERATED_NAME, generateDocument, loadTemplates, writeDocuments } from '../scripts/generate/generate.ts'
import { cnNumber, dayShiftRange, shiftDates } from '../scripts/generate/perturb.ts'

const templates = loadTemplates('content/raw')
const docs = Array.from({ length: 60 }, (_, i) => generateDocument(templates, 'test', i))
const lines = (text: string): string[] => text.split('\n').map((l) => l.trim())

describe('generate-sources', () => {
  it('uses the five real sources as templates, one of each layout', () => {
    expect(templates.map((t) => t.kind)).toEqual(['feature', 'feature', 'newsletter', 'front-page', 'magazine'])
  })

  it('is deterministic for a seed, and a longer run extends a shorter one', () => {
    expect(generateDocument(templates, 'test', 7)).toEqual(docs[7])
    expect(generateDocument(templates, 'other', 7).text).not.toEqual(docs[7]?.text)
  })

  it('writes N files named g00042_<8 hex>.txt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-'))
    try {
      writeDocuments(templates, dir, 12, 'test')
      const names = readdirSync(dir)
      expect(names).toHaveLength(12)
      expect(names.every((n) => GENERATED_NAME.test(n))).toBe(true)
      expect(names.sort()).toEqual(docs.slice(0, 12).map((d) => d.name))
    } finally {
      rmSync(dir, { recursive: true })
    }
  })

  it('gives every story a distinct title, and never a template title', () => {
    const titles = docs.flatMap((d) => d.titles)
    expect(new Set(titles).size).toBe(titles.length)
    const firsts = docs.map((d) => d.titles[0])
    expect(new Set(firsts).size).toBe(docs.length)
    for (const t of templates) expect(firsts).not.toContain(lines(t.text).find(Boolean))
  })

  it('moves documents of one template to distinct dates', () => {
    for (const t of templates) {
      const shifts = docs.filter((d) => d.template === t.name).map((d) => `${d.shift.years}/${d.shift.days}`)
      expect(new Set(shifts).size).toBe(shifts.length)
      expect(shifts).not.toContain('0/0')
    }
  })

  it('keeps the layout markers of each kind', () => {
    const has = (d: (typeof docs)[number], re: RegExp): boolean => lines(d.text).some((l) => re.test(l))
    for (const d of docs) {
      if (d.kind === 'newsletter') {
        expect(lines(d.text).filter((l) => /^【.+】$/.test(l))).toHaveLength(4)
        expect(has(d, /（[^）]+ [^）]+）$/)).toBe(true)
      }
      if (d.kind === 'front-page') {
        for (const re of [/^■记者/, /^■摄影/, /^天气预报$/, /\(下转2版\)$/, /^本报讯/]) expect(has(d, re)).toBe(true)
      }
      if (d.kind === 'magazine') for (const re of [/^# /, /^## /, /^### /, /^■撰文/]) expect(has(d, re)).toBe(true)
      if (d.template.startsWith('000')) for (const re of [/^“$/, /^”$/, /^■撰文/, /^□图片由/]) expect(has(d, re)).toBe(true)
      if (d.template.startsWith('001')) expect(has(d, /^南晚$/)).toBe(true)
    }
  })

  it('keeps the defects: mid-word breaks, two-line headlines, verbatim repeats', () => {
    for (const d of docs) {
      expect(d.defects.breaks.length).toBeGreaterThan(0)
      for (const [a, b] of d.defects.breaks) expect(d.text).toContain(`${a}\n\n${b}`)
      for (const p of d.defects.repeats) expect(d.text.split(p).length).toBeGreaterThan(2)
      // the template's own breaks are still there
      if (d.template.startsWith('000')) expect(d.text).toContain('在欧美布\n\n局技术营销网点')
    }
    // two-line headlines, the suffix on the second line (these stories state years, so are never dropped)
    for (const d of docs.filter((x) => x.kind === 'newsletter')) {
      expect(d.text).toMatch(/夺取全年红”\n\n动员大会·/)
      expect(d.text).toMatch(/为我市首家\n\n整体市场化转型主体·/)
    }
    const magazine = docs.filter((d) => d.kind === 'magazine')
    for (const d of magazine) {
      const paras = lines(d.text).filter((l) => l.length > 40)
      expect(new Set(paras).size).toBeLessThan(paras.length)
    }
  })
})

describe('date and numeral helpers', () => {
  it('shifts years and 月日 together, leaving amounts and ordinals alone', () => {
    expect(shiftDates('2024年10月9日至12日，今年9月底', 2, -3)).toBe('2026年10月6日至9日，今年9月底')
    expect(shiftDates('2026浙江省城市足球联赛，第20届，补贴2000万元，2165.2亿元', -1, 0)).toBe(
      '2025浙江省城市足球联赛，第20届，补贴2000万元，2165.2亿元',
    )
  })

  it('keeps day shifts inside each month', () => {
    expect(dayShiftRange('10月31日 3月6日')).toEqual([-5, 0])
    expect(dayShiftRange('1月13日至15日，1月17日至2月28日')).toEqual([-12, 0])
  })

  it('writes Chinese numerals', () => {
    expect([1, 10, 42, 105, 1010, 20001].map(cnNumber)).toEqual(['一', '十', '四十二', '一百零五', '一千零一十', '二万零一'])
  })
})
