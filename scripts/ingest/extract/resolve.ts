import type { Curation } from '../curation.ts'
import { titleSlug } from '../slug.ts'
import { cut, tag } from '../words.ts'
import { findHappenings } from './events.ts'
import { findFigures } from './metrics.ts'
import type { ArticleText, Enterprise, Event, Extraction, ExtractionDecision, MentionAt, Metric, Origin, Project, Ref } from './model.ts'
import { findNames, type EnterpriseKind, type NameCandidate, type NameClass } from './names.ts'
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
export function nameBase(name: string): string {
  let s = name
  const legal = LEGAL.test(s)
  s = s.replace(LEGAL, '')
  s = s.replace(/项目$/, '')
  for (let guard = 0; guard < 3; guard++) {
    const first = cut(s)[0]
    if (first && PLACES.has(first) && first.length < s.length) s = s.slice(first.length)
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
const endingOf = (base: string) => base.match(/(?:集团|公司|研究院|实验室|中心|市场|机场|大厦|基地|工程|产业园)$/)?.[0] ?? ''

/** Whether `short` is an abbreviation of `long` (产业集团 of 产业发展集团, 融担公司 of 融资担保公司, 创投集团 in 经开区创投集团). */
function abbreviates(short: string, long: string): boolean {
  if (short === long || short.length >= long.length) return false
  const e = endingOf(short)
  if (!e || endingOf(long) !== e) return false
  if (short.length - e.length < 2) return false
  return long.includes(short) || (short[0] === long[0] && isSubsequence(short, long))
}

export function extractArchive(articles: ArticleText[], curation: Curation): Extraction {
  const decisions: ExtractionDecision[] = []
  const rejected = new Set(curation.rejections)

  // 1. Names found in every block and title.
  const surfaces = new Map<string, Surface>()
  for (const a of articles) {
    if (a.kind === 'box') continue
    for (const text of [a.title, ...a.blocks.map((b) => b.text)]) {
      for (const n of findNames(text)) {
        if (rejected.has(n.name)) continue
        const s = surfaces.get(n.name) ?? { name: n.name, class: n.class, kind: n.kind, count: 0 }
        s.count++
        surfaces.set(n.name, s)
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
  for (const short of [...bases].reverse()) {
    const longer = bases.filter((l) => abbreviates(short, l))
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

  // 4. A short form printed on its own (加西贝拉 for 加西贝拉压缩机有限公司).
  const corpus = articles.flatMap((a) => (a.kind === 'box' ? [] : [a.title, ...a.blocks.map((b) => b.text)]))
  for (const g of groups) {
    if (g.class === 'government') continue
    const fullest = [...g.surfaces].sort((a, b) => b.length - a.length)[0]!
    const core = nameBase(fullest).replace(/(?:集团公司|公司|集团)$/, '')
    if (core.length < 4 || !LEGAL.test(fullest) && !/集团$/.test(fullest)) continue
    for (let len = core.length - 1; len >= 3; len--) {
      const p = core.slice(0, len)
      if (groups.some((o) => o !== g && [...o.surfaces].some((s) => nameBase(s).startsWith(p)))) break
      const words = tag(p)
      if (words.length === 1 && /^(n|v|a|ns|vn|d)$/.test(words[0]!.tag)) continue
      const standalone = corpus.some((t) => {
        for (let i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) if (!t.startsWith(core.slice(len, len + 1), i + len)) return true
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
  const blockMentions = new Map<string, { start: number; end: number; g: Group }[]>()
  for (const a of articles) {
    if (a.kind === 'box') continue
    for (const b of a.blocks) {
      const taken: { start: number; end: number; g: Group }[] = []
      const all = sentences(b.text)
      for (const { s, g } of forms) {
        for (let i = b.text.indexOf(s); i >= 0; i = b.text.indexOf(s, i + 1)) {
          if (taken.some((t) => i < t.end && i + s.length > t.start)) continue
          taken.push({ start: i, end: i + s.length, g })
          const list = mentionsOf.get(g) ?? []
          list.push({ article: a.id, block: b.id, surface: s, start: i, quote: sentenceAt(all, i)?.text ?? b.text })
          mentionsOf.set(g, list)
        }
      }
      taken.sort((x, y) => x.start - y.start)
      blockMentions.set(`${a.id}#${b.id}`, taken)
    }
  }

  // 6. Entities with ids, names and mentions; a name found only in a title has no block to point at.
  const entityOf = new Map<Group, { ref: Ref; enterprise?: Enterprise; project?: Project }>()
  const usedIds = new Set<string>()
  const slug = (name: string) => {
    const base = titleSlug(name, 8)
    let id = base
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`
    usedIds.add(id)
    return id
  }
  const order = (m: MentionAt[]) => m.sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : +x.block.slice(1) - +y.block.slice(1) || x.start - y.start))
  const sortedGroups = groups
    .map((g) => ({ g, name: g.curatedName ?? [...g.surfaces].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]! }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const { g, name } of sortedGroups) {
    const mentions = order(mentionsOf.get(g) ?? [])
    const collection = g.class === 'project' ? 'projects' : 'enterprises'
    if (mentions.length === 0) {
      decisions.push({ action: 'reject', collection, id: null, name, reason: g.curated ? 'curated, but printed in no block of any article' : 'named only in a headline: no block to point at' })
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
      findFigures(b.text, a.date).forEach((f, i) => {
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
      findHappenings(b.text, a.date).forEach((h, i) => {
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

function mostCommon<T>(xs: T[]): T | null {
  const counts = new Map<T, number>()
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1)
  let best: T | null = null
  let n = 0
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c]
  return best
}

export type { NameCandidate }
