import type { LayoutKind } from './model.ts'
import type { Unit } from './classify.ts'

const OWN_LEAD = /^本报(讯|[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电)/

/**
 * Which print layout a document comes from, by the furniture it carries:
 * Markdown headings (magazine), 【sections】 (newsletter), several reporters'
 * bylines or 本报讯 leads (newspaper front page); otherwise a single feature.
 */
export function detectLayout(units: Unit[]): { kind: LayoutKind; reason: string } {
  if (units.some((u) => u.kind === 'md-heading')) return { kind: 'magazine', reason: 'Markdown headings' }
  const sections = units.filter((u) => u.kind === 'section').length
  if (sections > 0) return { kind: 'newsletter', reason: `${sections} 【section】 line(s)` }
  const reporterBylines = units.filter((u) => u.kind === 'byline' && u.bylines?.some((b) => /记者/.test(b.role))).length
  // a newspaper's own lead (本报讯, 本报嘉兴3月6日电); a quoted 据…报道 or 新华社 is not page furniture
  const leads = units.filter((u) => u.kind === 'text' && OWN_LEAD.test(u.text)).length
  if (reporterBylines >= 2 || leads >= 1) {
    return { kind: 'front-page', reason: `${reporterBylines} reporter byline(s), ${leads} 本报 lead(s)` }
  }
  return { kind: 'feature', reason: 'one headline, no page furniture of several stories' }
}
