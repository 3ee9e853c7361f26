import { createHash } from 'node:crypto'
import type { Curation } from '../curation.ts'
import { titleSlug } from '../slug.ts'
import { cut, tag } from '../words.ts'
import { findHappenings, type HappeningMention } from './events.ts'
import { findFigures, type FigureMention } from './metrics.ts'
import type { ArticleText, Enterprise, Event, Extraction, ExtractionDecision, MentionAt, Metric, Origin, Project, Ref } from './model.ts'
import { findNames, isGenericWord, isVenue, readsAsProperName, trimToName, type EnterpriseKind, type NameCandidate, type NameClass } from './names.ts'
import { sentenceAt, sentences } from './sentences.ts'

// The archive-wide stage: names found in every article become entities (surface
// forms of one organisation merged: 嘉兴市产业发展集团有限公司 = 嘉兴市产业集团 =
// 市产业集团), every occurrence of any of their forms becomes a mention with its
// block, and figures and events are tied to the entities of their sentence.

interface Surface {
  name: string
  class: NameClass
  kind: EnterpriseKind | null
  count: number
}

interface Group {
  surfaces: Set<string>
  class: NameClass
  kinds: EnterpriseKind[]
  curated: boolean
  discovered: boolean
  description: string | null
  curatedKind: string | null
  curatedParent: string | null
  curatedOwner: string | null
  curatedName: string | null
}

const LEGAL = /(?:股份有限公司|有限责任公司|有限公司)$/
const PLACES = new Set(['浙江省', '浙江', '嘉兴市', '嘉兴', '上海市', '上海', '杭州市', '杭州', '中国', '市', '省', '江苏省', '江苏'])

/** 嘉兴市产业发展集团有限公司 → 产业发展集团公司; 南湖机场项目 → 南湖机场: the form two spellings of one name share. */
const baseMemo = new Map<string, string>()
export function nameBase(name: string): string {
  let base = baseMemo.get(name)
  if (base === undefined) {
    base = computeBase(name)
    baseMemo.set(name, base)
  }
  return base
}

function computeBase(name: string): string {
  let s = name
  const legal = LEGAL.test(s)
  s = s.replace(LEGAL, '')
  s = s.replace(/项目$/, '')
  for (let guard = 0; guard < 3; guard++) {
    // a leading place (嘉兴市, 湖州, 浙江省): any word tagged as a place name, or a province at the start
    const first = tag(s)[0]
    const prefix = first && (PLACES.has(first.word) || (first.tag === 'ns' && first.word.length >= 2 && !/^(?:城市|城乡|地方|全国|全省|全市|国际|国内|海外|园区)$/.test(first.word))) ? first.word : s.match(/^(?:中国|浙江|江苏|上海|杭州)/)?.[0]
    // …but never down to a bare kind of body: 南湖研究院 keeps 南湖
    const rest = prefix ? s.slice(prefix.length).replace(/(?:集团|公司|研究院|研究所|实验室|中心|市场|机场|分行|支行|合作社|家庭农场|协会|商会|学院|大学|基地|工厂|产业园|工程|项目|大楼|小镇)$/, '') : ''
    // …nor when the place names the body itself (中国银行嘉兴市分行: 中国银行 is one name)
    // (a place with its level, 海盐县, leaves the level: 县文旅集团 is the county's, as 市产业集团 the city's)
    if (prefix && rest.length >= 2 && !/^(?:银行|集团|公司|研究院|大学|医院|移动|联通|电信)/.test(s.slice(prefix.length))) s = s.slice(/..[市县区]$/.test(prefix) ? prefix.length - 1 : prefix.length)
    else break
  }
  if (legal && !/(?:集团|公司)$/.test(s)) s += '公司'
  return s
}

const isSubsequence = (short: string, long: string) => {
  let i = 0
  for (const ch of long) if (ch === short[i]) i++
  return i === short.length
}

/**
 * Whether `short` is an abbreviation of `long`: the same last character (the kind of
 * body: 团, 司, 院, 行) and either its other characters in order from the same first
 * one (产业集团 of 产业发展集团, 融担公司 of 融资担保公司, 清华长三院 of 清华长三角研究院,
 * 农行嘉兴分行) or its core inside the longer name (港航公司 of 交发港航物流公司).
 */
function abbreviates(short: string, long: string): boolean {
  if (short === long || short.length >= long.length) return false
  // a works is not short for one of its phases (…项目 of …项目二期)
  if (/[一二三四]期$/.test(long) !== /[一二三四]期$/.test(short)) return false
  // a bare name from a list (戴梦得) is the start of the full one (戴梦得商贸集团)
  if (!/(?:集团|公司|院|室|行|中心|市场|机场|基地|工程|项目)$/.test(short) && short.length >= 2 && long.startsWith(short)) return true
  if (short.at(-1) !== long.at(-1)) return false
  const ending = short.match(/(?:集团|公司|研究院|实验室|分行|支行|合作社|中心|市场|机场|基地|工程|项目)$/)?.[0] ?? short.slice(-1)
  const core = short.slice(0, -ending.length)
  if (core.length < 2) return false
  return (short[0] === long[0] && isSubsequence(short, long)) || (long.endsWith(ending) && long.slice(0, -ending.length).includes(core))
}

/** What one article yields on its own: names per text (headline first, then blocks), figures and happenings per block. */
export interface ArticleFindings {
  names: NameCandidate[][]
  figures: FigureMention[][]
  happenings: HappeningMention[][]
  /** enumerations per block (甲、乙、丙等企业), read once: which of them are firms depends on the archive */
  lists: Enumeration[][]
}

/** An enumeration as printed, each item judged on its own words. */
export interface Enumeration {
  items: { name: string; looksLikeName: boolean; readsAsProperName: boolean }[]
  /** the list is counted as firms: …等四家亏损企业 */
  counted: boolean
  /** the list names things, not firms: …冷链物流中心、智能仓库等设施 */
  things: boolean
}

/**
 * The per-article part of the extraction. It depends on nothing but the article, so
 * the ingest keeps it in its per-source cache: adding a source to a large archive
 * reads only that source's text with the word segmenter.
 */
export function findInArticle(a: ArticleText): ArticleFindings {
  if (a.kind === 'box') return { names: [], figures: [], happenings: [], lists: [] }
  const chronology = { year: null as number | null }
  return {
    names: [a.title, ...a.blocks.map((b) => b.text)].map((t) => findNames(t)),
    figures: a.blocks.map((b) => findFigures(b.text, a.date)),
    happenings: a.blocks.map((b) => findHappenings(b.text, a.date, chronology)),
    lists: a.blocks.map((b) => findEnumerations(b.text)),
  }
}

export function extractArchive(articles: ArticleText[], curation: Curation, known: Map<string, ArticleFindings> = new Map()): Extraction {
  const decisions: ExtractionDecision[] = []
  const findings = new Map(articles.map((a) => [a.id, known.get(a.id) ?? findInArticle(a)]))
  const rejected = new Set(curation.rejections)

  // 1. Names found in every block and title.
  const surfaces = new Map<string, Surface>()
  for (const a of articles) {
    if (a.kind === 'box') continue
    for (const names of findings.get(a.id)!.names) {
      for (const n of names) {
        if (rejected.has(n.name)) continue
        const s = surfaces.get(n.name) ?? { name: n.name, class: n.class, kind: n.kind, count: 0 }
        s.count++
        // a facility read once as built by someone is a project everywhere
        if (n.class === 'project' && s.class === 'enterprise') s.class = 'project'
        surfaces.set(n.name, s)
      }
    }
  }

  // A park built in phases (鸳湖智造产业园一期, 二期) is itself an undertaking, not a firm.
  for (const s of surfaces.values()) {
    if (s.class === 'enterprise' && s.kind === 'park' && ['一期', '二期', '三期'].some((p) => surfaces.get(s.name + p)?.class === 'project')) {
      s.class = 'project'
      s.kind = null
    }
  }

  // 1a. Short names the text declares (（以下简称“嘉兴城投”）) are the same organisation.
  const declaredShort: [string, string][] = []
  for (const a of articles) for (const names of findings.get(a.id)!.names) for (const n of names) {
    if (n.formerName && !rejected.has(n.formerName)) declaredShort.push([n.formerName, n.name])
    if (n.secondNameOf && !rejected.has(n.name)) declaredShort.push([n.name, n.secondNameOf])
    if (!n.shortName || rejected.has(n.shortName)) continue
    declaredShort.push([n.shortName, n.name])
    if (!surfaces.has(n.shortName)) surfaces.set(n.shortName, { name: n.shortName, class: n.class, kind: n.kind, count: 1 })
  }

  // 1b. Names listed beside known ones (民丰特纸、敏实集团、加西贝拉) or counted as firms
  // (戴梦得、兰宝、嘉心菜等四家亏损企业): a list holds things of one kind.
  for (const a of articles) {
    if (a.kind === 'box') continue
    for (const lists of findings.get(a.id)!.lists) {
      for (const item of listedNames(lists, surfaces)) {
        if (rejected.has(item) || surfaces.has(item)) continue
        surfaces.set(item, { name: item, class: 'enterprise', kind: 'company', count: 1 })
      }
    }
  }

  // 2. Surfaces grouped: same base, then abbreviations of exactly one longer base.
  const byBase = new Map<string, Group>()
  const groupOf = new Map<string, Group>()
  const newGroup = (cls: NameClass): Group => ({ surfaces: new Set(), class: cls, kinds: [], curated: false, discovered: false, description: null, curatedKind: null, curatedParent: null, curatedOwner: null, curatedName: null })
  for (const s of [...surfaces.values()].sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1))) {
    const base = nameBase(s.name)
    const g = byBase.get(base) ?? newGroup(s.class)
    byBase.set(base, g)
    g.surfaces.add(s.name)
    g.discovered = true
    if (s.kind) g.kinds.push(s.kind)
    // a venue named both ways (体育中心, 体育中心项目) is the project
    if (s.class === 'project' && g.class !== 'government') g.class = 'project'
    if (s.class === 'government') g.class = 'government'
    groupOf.set(s.name, g)
  }
  const bases = [...byBase.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  // Only names that share a first character or a pair of characters can abbreviate each
  // other: index them so that a large archive is not compared all against all.
  const byFirst = new Map<string, string[]>()
  const byPair = new Map<string, string[]>()
  for (const b of bases) {
    byFirst.set(b[0]!, [...(byFirst.get(b[0]!) ?? []), b])
    for (const pair of new Set(Array.from({ length: Math.max(0, b.length - 1) }, (_, i) => b.slice(i, i + 2)))) byPair.set(pair, [...(byPair.get(pair) ?? []), b])
  }
  const surfaceFirst = new Map<string, string[]>()
  for (const b of bases) for (const x of byBase.get(b)!.surfaces) surfaceFirst.set(x[0]!, [...(surfaceFirst.get(x[0]!) ?? []), b])
  for (const short of [...bases].reverse()) {
    const candidates = new Set([...(byFirst.get(short[0]!) ?? []), ...(byPair.get(short.slice(0, 2)) ?? []), ...(byPair.get(short.replace(/(?:集团|公司|研究院|实验室|分行|支行|中心|市场|机场|基地|工程|项目|.)$/, '').slice(0, 2)) ?? [])])
    let longer = bases.filter((l) => candidates.has(l) && abbreviates(short, l))
    // a place stripped from both may hide the match: 泰国基地 of 泰国罗勇生产基地 (bases 泰国基地, 罗勇生产基地)
    if (longer.length === 0 && byBase.get(short)!.surfaces.size === 1) {
      const own = [...byBase.get(short)!.surfaces]
      const near = new Set(own.flatMap((x) => surfaceFirst.get(x[0]!) ?? []))
      longer = [...near].filter((l) => l !== short && [...byBase.get(l)!.surfaces].some((ls) => own.some((x) => x[0] === ls[0] && x.length >= 4 && abbreviates(x, ls))))
    }
    // between two readings, the one whose words the short form takes the first characters
    // of (城投集团 of 城市/建设/投资/集团, not of 城投/水务/集团)
    if (new Set(longer.map((l) => byBase.get(l))).size > 1) {
      const initials = longer.filter((l) => fromWordInitials(short, l))
      if (new Set(initials.map((l) => byBase.get(l))).size === 1) longer = initials
    }
    // still two: a name that merely drops the word after the short form's own start
    // (城投集团 of 城投水务集团) is a sister's, not the abbreviation (城市建设投资集团)
    if (new Set(longer.map((l) => byBase.get(l))).size > 1) {
      const core = short.replace(/(?:集团|公司|研究院|分行|支行|合作社)$/, '')
      const spread = longer.filter((l) => !l.startsWith(core))
      if (spread.length && new Set(spread.map((l) => byBase.get(l))).size === 1) longer = spread
    }
    const targets = new Set(longer.map((l) => byBase.get(l)!))
    const g = byBase.get(short)!
    if (targets.size !== 1) {
      if (targets.size > 1) decisions.push({ action: 'reject', collection: 'enterprises', id: null, name: short, reason: `could abbreviate ${longer.join(', ')}: kept apart` })
      continue
    }
    const into = [...targets][0]!
    if (into === g || into.class !== g.class) continue
    for (const s of g.surfaces) {
      into.surfaces.add(s)
      groupOf.set(s, into)
    }
    into.kinds.push(...g.kinds)
    byBase.set(short, into)
    decisions.push({ action: 'merge', collection: into.class === 'project' ? 'projects' : 'enterprises', id: null, name: [...g.surfaces].join('、'), result: [...into.surfaces].sort((a, b) => b.length - a.length)[0]!, reason: 'abbreviation of a longer name of the same kind' })
  }

  for (const [short, full] of declaredShort) {
    const g = groupOf.get(short)
    const into = groupOf.get(full)
    if (!g || !into || g === into) continue
    for (const x of g.surfaces) {
      into.surfaces.add(x)
      groupOf.set(x, into)
    }
    g.surfaces.clear()
    decisions.push({ action: 'merge', collection: into.class === 'project' ? 'projects' : 'enterprises', id: null, name: short, result: full, reason: 'the text declares it as the short name (简称)' })
  }

  // 2a. A venue (会展中心, 体育中心) is a place where things happen, not an organisation;
  // named with its works (嘉兴市体育中心项目) it is that project's other name.
  for (const g of new Set(groupOf.values())) {
    if (g.class === 'project' || g.surfaces.size === 0 || ![...g.surfaces].every(isVenue)) continue
    decisions.push({ action: 'reject', collection: 'enterprises', id: null, name: [...g.surfaces].join('、'), reason: 'a venue: a place, not an organisation' })
    g.surfaces.clear()
  }

  // 3. The curation file: aliases and merges the text cannot show.
  for (const c of curation.entities) {
    const names = [c.name, ...c.aliases]
    const found = new Set(names.map((n) => groupOf.get(n)).filter((g): g is Group => !!g))
    const g = found.size ? [...found][0]! : newGroup(c.collection === 'projects' ? 'project' : c.kind === 'government' ? 'government' : 'enterprise')
    for (const other of [...found].slice(1)) {
      for (const s of other.surfaces) {
        g.surfaces.add(s)
        groupOf.set(s, g)
      }
      other.surfaces.clear()
    }
    for (const n of names) {
      g.surfaces.add(n)
      groupOf.set(n, g)
    }
    g.curated = true
    g.curatedName = c.name
    g.curatedKind = c.kind
    g.curatedParent = c.parent
    g.curatedOwner = c.owner
    g.description = c.description
    if (c.collection === 'projects') g.class = 'project'
    else if (c.kind === 'government') g.class = 'government'
    else if (g.class === 'project') g.class = 'enterprise'
    byBase.set(`curated:${c.name}`, g)
  }

  const groups = [...new Set(byBase.values())].filter((g) => g.surfaces.size > 0)

  // 4. A short form printed on its own (加西贝拉 for 加西贝拉压缩机有限公司): the longest
  // start of the full name (three characters at least) that the archive prints without
  // the rest, and that starts no other organisation's name.
  const sortedBases = groups.flatMap((g) => [...g.surfaces].map((s) => ({ base: nameBase(s), g }))).sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
  const startsOther = (p: string, g: Group) => {
    let lo = 0
    let hi = sortedBases.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (sortedBases[mid]!.base < p) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < sortedBases.length && sortedBases[i]!.base.startsWith(p); i++) if (sortedBases[i]!.g !== g) return true
    return false
  }
  // A park or market named with its operating company (汽车商贸园公司) is the same organisation
  // printed as the place (汽车商贸园), ordinary words or not.
  const wanted: { g: Group; fullest: string; core: string; operator: boolean }[] = []
  for (const g of groups) {
    if (g.class === 'government') continue
    const fullest = [...g.surfaces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!
    const core = nameBase(fullest).replace(/(?:集团公司|公司|集团)$/, '')
    const operator = /(?:商贸园|产业园|物流园|商贸城|市场)公司$/.test(fullest)
    if (core.length >= 4 && (LEGAL.test(fullest) || /集团$/.test(fullest) || operator)) wanted.push({ g, fullest, core, operator })
  }
  // which texts hold the first three characters of each candidate: one pass over the corpus
  const corpus = articles.flatMap((a) => (a.kind === 'box' ? [] : [a.title, ...a.blocks.map((b) => b.text)]))
  const heads = new Set(wanted.map((w) => w.core.slice(0, 3)))
  const textsWith = new Map<string, number[]>()
  corpus.forEach((t, ti) => {
    const seen = new Set<string>()
    for (let i = 0; i + 3 <= t.length; i++) {
      const h = t.slice(i, i + 3)
      if (heads.has(h) && !seen.has(h)) {
        seen.add(h)
        textsWith.set(h, [...(textsWith.get(h) ?? []), ti])
      }
    }
  })
  for (const { g, fullest, core, operator } of wanted) {
    const texts = (textsWith.get(core.slice(0, 3)) ?? []).map((i) => corpus[i]!)
    for (let len = core.length; len >= 3; len--) {
      const p = core.slice(0, len)
      if (g.surfaces.has(p)) break
      if (startsOther(p, g)) break
      // a start made of ordinary words (产业发展) is not a name; one with a proper noun or
      // characters jieba cannot join (加西贝拉, 戴梦得) is
      const words = tag(p)
      const proper = words.some((w) => /^(nr|nrt|nrfg|nz|nt|j|eng)$/.test(w.tag)) || words.filter((w) => w.word.length === 1).length >= 2
      if (!proper && !(operator && len === core.length)) continue
      const standalone = texts.some((t) => {
        for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) if (len === core.length || !t.startsWith(core.slice(len, len + 1), i + len)) return !coveredBySurface(t, i, len, g)
        return false
      })
      if (standalone) {
        g.surfaces.add(p)
        decisions.push({ action: 'merge', collection: g.class === 'project' ? 'projects' : 'enterprises', id: null, name: p, result: fullest, reason: 'printed on its own as the start of the full name' })
        break
      }
    }
  }

  // 5. Every occurrence of every form, longest first, in every block.
  const forms = groups.flatMap((g) => [...g.surfaces].map((s) => ({ s, g }))).sort((a, b) => b.s.length - a.s.length || (a.s < b.s ? -1 : 1))
  const mentionsOf = new Map<Group, MentionAt[]>()
  const formGroup = new Map(forms.map(({ s, g }) => [s, g]))
  const formsRe = forms.length ? new RegExp(forms.map(({ s }) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null
  const blockMentions = new Map<string, { start: number; end: number; g: Group }[]>()
  for (const a of articles) {
    if (a.kind === 'box') continue
    // the headline names what the story is about: such a mention points at the story's first block
    const first = a.blocks[0]
    if (first) {
      for (const m of formsRe ? a.title.matchAll(formsRe) : []) {
        const g = formGroup.get(m[0])!
        const list = mentionsOf.get(g) ?? []
        list.push({ article: a.id, block: first.id, surface: m[0], start: m.index, quote: a.title, inTitle: true })
        mentionsOf.set(g, list)
      }
    }
    for (const b of a.blocks) {
      const taken: { start: number; end: number; g: Group }[] = []
      const all = sentences(b.text)
      // one pass over the block: at each position the longest form that starts there
      for (const m of formsRe ? b.text.matchAll(formsRe) : []) {
        const g = formGroup.get(m[0])!
        taken.push({ start: m.index, end: m.index + m[0].length, g })
        const list = mentionsOf.get(g) ?? []
        list.push({ article: a.id, block: b.id, surface: m[0], start: m.index, quote: sentenceAt(all, m.index)?.text ?? b.text })
        mentionsOf.set(g, list)
        // a phase (…项目二期) names its works too
        const whole = /[一二三四]期$/.test(m[0]) ? formGroup.get(m[0].slice(0, -2)) : undefined
        if (whole && whole !== g) {
          const wl = mentionsOf.get(whole) ?? []
          wl.push({ article: a.id, block: b.id, surface: m[0].slice(0, -2), start: m.index, quote: sentenceAt(all, m.index)?.text ?? b.text })
          mentionsOf.set(whole, wl)
        }
      }
      taken.sort((x, y) => x.start - y.start)
      blockMentions.set(`${a.id}#${b.id}`, taken)
    }
  }

  // 6. Entities with ids, names and mentions; a name found only in a title has no block to point at.
  const entityOf = new Map<Group, { ref: Ref; enterprise?: Enterprise; project?: Project }>()
  // Ids stay stable as the archive grows: two names that spell the same pinyin both get
  // a short hash of the name, whatever order they arrive in.
  const plain = new Map<string, number>()
  const slug = (name: string) => {
    const base = titleSlug(name, 8)
    return (plain.get(base) ?? 0) > 1 ? `${base}-${createHash('sha1').update(name).digest('hex').slice(0, 6)}` : base
  }
  const order = (m: MentionAt[]) => m.sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : +!!y.inTitle - +!!x.inTitle || +x.block.slice(1) - +y.block.slice(1) || x.start - y.start))
  const namedGroups = groups
    .map((g) => ({ g, name: g.curatedName ?? [...g.surfaces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]! }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const { name } of namedGroups) plain.set(titleSlug(name, 8), (plain.get(titleSlug(name, 8)) ?? 0) + 1)
  for (const { g, name } of namedGroups) {
    const mentions = order(mentionsOf.get(g) ?? [])
    const collection = g.class === 'project' ? 'projects' : 'enterprises'
    if (mentions.length === 0) {
      decisions.push({ action: 'reject', collection, id: null, name, reason: g.curated ? 'curated, but printed in no article' : 'named only in a headline of a story without text: nothing to point at' })
      continue
    }
    const origin: Origin = g.curated && g.discovered ? 'both' : g.curated ? 'curated' : 'discovered'
    const id = slug(name)
    const aliases = [...g.surfaces].filter((s) => s !== name).sort()
    if (collection === 'projects') {
      const p: Project = { id, name, aliases, owner: null, location: null, status: null, description: g.description, origin, mentions }
      entityOf.set(g, { ref: { collection, id }, project: p })
    } else {
      const kind = (g.curatedKind as EnterpriseKind | null) ?? (g.class === 'government' ? 'government' : mostCommon(g.kinds) ?? 'other')
      const e: Enterprise = { id, name, aliases, kind, parent: null, description: g.description, origin, mentions }
      entityOf.set(g, { ref: { collection, id }, enterprise: e })
    }
    decisions.push({ action: 'entity', collection, id, name, result: origin, reason: `${origin === 'curated' ? 'listed in the curation file' : origin === 'both' ? 'found in the text and listed in the curation file' : 'found in the text'}; ${mentions.length} mention(s)${aliases.length ? `; also written ${aliases.join('、')}` : ''}` })
  }

  // 7. Relations the text states: parent groups, owners, locations, statuses.
  const byName = new Map<string, Group>()
  for (const g of groups) for (const s of g.surfaces) byName.set(s, g)
  for (const [g, e] of entityOf) {
    if (g.curatedParent && e.enterprise) e.enterprise.parent = entityOf.get(byName.get(g.curatedParent)!)?.ref.id ?? null
    if (g.curatedOwner && e.project) e.project.owner = entityOf.get(byName.get(g.curatedOwner)!)?.ref.id ?? null
  }
  for (const a of articles) {
    for (const b of a.blocks) {
      const ms = blockMentions.get(`${a.id}#${b.id}`) ?? []
      for (let i = 0; i + 1 < ms.length; i++) {
        const x = ms[i]!
        const y = ms[i + 1]!
        const gap = b.text.slice(x.end, y.start)
        const ex = entityOf.get(x.g)
        const ey = entityOf.get(y.g)
        if (!ex || !ey || ex === ey) continue
        if (ex.enterprise && ey.enterprise && ey.enterprise.kind !== 'government' && ex.enterprise.kind !== 'government' && /^(?:下属(?:的)?|旗下(?:的)?|所属(?:的)?|全资子公司|控股子公司|子公司)$/.test(gap) && !ey.enterprise.parent) {
          ey.enterprise.parent = ex.ref.id
          decisions.push({ action: 'relation', collection: 'enterprises', id: ey.ref.id, name: ey.enterprise.name, result: `parent ${ex.ref.id}`, reason: `the text says ${b.text.slice(x.start, y.end)}` })
        }
        if (ex.enterprise && ey.project && ex.enterprise.kind !== 'government' && /^(?:[“"]?|(?:投资|自主|负责)?(?:开发|建设|投资|承建|打造|运营)(?:建设)?的[“"]?)$/.test(gap) && !ey.project.owner) {
          ey.project.owner = ex.ref.id
          decisions.push({ action: 'relation', collection: 'projects', id: ey.ref.id, name: ey.project.name, result: `owner ${ex.ref.id}`, reason: `the text says ${b.text.slice(Math.max(0, x.start - 1), y.end)}` })
        }
      }
      // 由X开发建设的Y
      for (const y of ms) {
        const ey = entityOf.get(y.g)
        if (!ey?.project || ey.project.owner) continue
        const before = b.text.slice(Math.max(0, y.start - 30), y.start)
        const m = before.match(/由([^，。；]{2,24}?)(?:投资|自主|负责)?(?:开发|建设|投资|承建|打造)(?:建设)?的$/)
        if (!m) continue
        const owner = ms.find((x) => x.end <= y.start && b.text.slice(x.start, x.end) === m[1])
        const eo = owner && entityOf.get(owner.g)
        if (eo?.enterprise && eo.enterprise.kind !== 'government') {
          ey.project.owner = eo.ref.id
          decisions.push({ action: 'relation', collection: 'projects', id: ey.ref.id, name: ey.project.name, result: `owner ${eo.ref.id}`, reason: `the text says ${m[0]}${b.text.slice(y.start, y.end)}` })
        }
      }
      for (const y of ms) {
        const ey = entityOf.get(y.g)
        if (!ey?.project) continue
        const near = b.text.slice(y.end, y.end + 24)
        const loc = b.text.slice(Math.max(0, y.start - 24), y.start).match(/位于([\u4e00-\u9fff]{2,16}?(?:区|县|市|镇|街道|村|港区|新城))的?$/) ?? near.match(/^(?:项目)?位于([\u4e00-\u9fff]{2,16}?(?:区|县|市|镇|街道|村|港区|新城))/)
        if (loc && !ey.project.location) ey.project.location = loc[1]!
        const st = near.match(/^[^，。；]{0,12}?(正式通航|投入运营|建成投运|建成|竣工|完工|开工|投产|在建|正在建设|顺利完成项目赋码及备案|完成备案|启动)/)
        if (st) ey.project.status = st[1]!
      }
    }
  }

  // 8. Figures and events, with the entities of their sentence.
  const metrics: Metric[] = []
  const events: Event[] = []
  const refAt = (key: string, from: number, to: number, at: number): Ref | null => {
    const ms = (blockMentions.get(key) ?? []).filter((m) => m.start >= from && m.end <= to && entityOf.get(m.g)?.enterprise?.kind !== 'government' && entityOf.has(m.g))
    const before = ms.filter((m) => m.end <= at).at(-1)
    const chosen = before ?? ms.find((m) => m.start >= at)
    return chosen ? entityOf.get(chosen.g)!.ref : null
  }
  for (const a of articles) {
    if (a.kind === 'box') continue
    for (const b of a.blocks) {
      const key = `${a.id}#${b.id}`
      const bi = a.blocks.indexOf(b)
      findings.get(a.id)!.figures[bi]!.forEach((f, i) => {
        // 年产3000万米…项目: a figure inside a name is part of the name (the ids keep their numbers)
        if ((blockMentions.get(key) ?? []).some((m) => m.start <= f.start && m.end >= f.end && entityOf.has(m.g))) return
        const subject = refAt(key, f.quoteStart, f.quoteStart + f.quote.length, f.start)
        metrics.push({
          id: `${a.id}-${b.id}-${i + 1}`,
          label: f.label,
          subject,
          subjectText: subject ? null : f.subjectText,
          value: f.value,
          unit: f.unit,
          normalized: f.normalized,
          qualifier: f.qualifier,
          period: f.period,
          periodDate: f.periodDate,
          article: a.id,
          block: b.id,
          quote: f.quote,
          written: f.written,
        })
      })
      findings.get(a.id)!.happenings[bi]!.forEach((h, i) => {
        const from = h.quoteStart
        const to = h.quoteStart + h.quote.length
        const participants: Ref[] = []
        for (const m of blockMentions.get(key) ?? []) {
          const e = entityOf.get(m.g)
          if (e && m.start >= from && m.end <= to && !participants.some((p) => p.id === e.ref.id)) participants.push(e.ref)
        }
        events.push({ id: `${a.id}-${b.id}-${i + 1}`, title: h.title, type: h.type, date: h.date, participants, article: a.id, block: b.id, quote: h.quote })
      })
    }
  }

  const enterprises = [...entityOf.values()].flatMap((e) => (e.enterprise ? [e.enterprise] : [])).sort((x, y) => (x.id < y.id ? -1 : 1))
  const projects = [...entityOf.values()].flatMap((e) => (e.project ? [e.project] : [])).sort((x, y) => (x.id < y.id ? -1 : 1))
  return { enterprises, projects, metrics, events, decisions }
}

const LIST = /((?:[\u4e00-\u9fff]{2,14}、)+[\u4e00-\u9fff]{2,10}?)(?=等|[，,。；;：:…“”\s]|$)/g
const NOT_FIRMS = /^等[\u4e00-\u9fff]{0,6}?(?:设施|项目|工程|场馆|设备|产品|领域|行业|产业|地区|城市|国家|品种|业态|活动|景区)/
const COUNTED_FIRMS = /^等(?:[\d一二三四五六七八九十两几]+[余多]?[家个所]|一批|一大批|多家)?(?:[\u4e00-\u9fff]{0,8}?)(?:“[^”]{1,8}”)?(?:头部|龙头|知名|重点|亏损|骨干|优质|规上|科技型|上市|民营|国有|省属|市属|外资|链主)?(?:企业|公司|名企|品牌|厂商|客户|机构|银行|商家)/

/** The enumerations of a text, each item trimmed to a name and judged on its own words. */
export function findEnumerations(text: string): Enumeration[] {
  const out: Enumeration[] = []
  for (const m of text.matchAll(LIST)) {
    const names = m[1]!.split('、')
    // the first item may carry the words before the list (配套嘉兴市物流公共服务中心)
    const head = findNames(names[0]!).at(-1)
    names[0] = head && head.end === names[0]!.length ? head.name : trimToName(names[0]!)
    out.push({
      items: names.map((name) => ({
        name,
        // (a lone character read as a place is jieba guessing: 澜衫)
        looksLikeName: name.length >= 2 && name.length <= 10 && !tag(name).some((w) => /^(p|c|u|uj|m|q|r|t)$/.test(w.tag) || (w.tag === 'ns' && w.word.length >= 2)) && !PLACES.has(name) && !isGenericWord(name),
        readsAsProperName: readsAsProperName(name),
      })),
      counted: COUNTED_FIRMS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
      things: NOT_FIRMS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
    })
  }
  return out
}

/**
 * Items of enumerations that are firms: every item, when the list is counted as
 * firms (…等四家亏损企业) or when it holds a known enterprise name, and the rest look
 * like names (two to ten characters, no verb, no place).
 */
function listedNames(lists: Enumeration[], known: Map<string, Surface>): string[] {
  const out: string[] = []
  for (const list of lists) {
    const isKnown = (x: string) => known.get(x)?.class === 'enterprise'
    const knownCount = list.items.filter((i) => isKnown(i.name)).length
    if (list.things || (!list.counted && knownCount === 0)) continue
    const items = list.items.filter((i) => !isKnown(i.name) && !known.has(i.name))
    if (!items.every((i) => i.looksLikeName)) continue
    // 面料设计、数字印花、跨境电商等企业: counted as firms, named by their trades
    // (most of them, at least: a subsidiary known by its trade may sit among names, 戴梦得、兰宝、嘉心菜、食品肉类)
    if (knownCount === 0 && items.filter((i) => i.readsAsProperName).length * 2 < items.length) continue
    out.push(...items.map((i) => i.name))
  }
  return out
}

/** Whether a longer form of the same organisation is printed over `at` (加西贝拉压缩机有限公司, not 加西贝拉 alone). */
function coveredBySurface(text: string, at: number, len: number, g: Group): boolean {
  for (const s of g.surfaces) {
    if (s.length <= len) continue
    const j = text.indexOf(s, Math.max(0, at - s.length + 1))
    if (j >= 0 && j <= at && j + s.length >= at + len) return true
  }
  return false
}

/** Whether each character of `short` (its kind of body aside) is the first character of a word of `long`, in order. */
function fromWordInitials(short: string, long: string): boolean {
  const ending = short.match(/(?:集团|公司|研究院|分行|支行)$/)?.[0] ?? ''
  const core = short.slice(0, short.length - ending.length)
  const initials = cut(long.slice(0, long.length - ending.length)).map((w) => w[0]!)
  let i = 0
  for (const ch of initials) if (ch === core[i]) i++
  return i === core.length
}

function mostCommon<T>(xs: T[]): T | null {
  const counts = new Map<T, number>()
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1)
  let best: T | null = null
  let n = 0
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c]
  return best
}

export type { NameCandidate }
