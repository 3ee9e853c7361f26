// Inputs nobody should send, and what the ingest must do with them: say clearly which
// file (and where possible which line) is wrong, keep text as text in what it writes,
// and never let one bad file stop the others. Through the API (ingestSource) and
// through the CLI (scripts/ingest.ts --raw DIR --out DIR).
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import type { Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toString } from 'mdast-util-to-string'
import { gfm } from 'micromark-extension-gfm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { loadCuration } from '../scripts/ingest/curation.ts'
import type { Curation } from '../scripts/ingest/curation.ts'
import type { IngestedSource, ReportEntry } from '../scripts/ingest/model.ts'
import { ingestSource } from '../scripts/ingest/pipeline.ts'
import { makeRng } from '../scripts/generate/rng.ts'

const ROOT = join(import.meta.dirname, '..')
const RAW = join(ROOT, 'content/raw')
const NODE = join(ROOT, 'node_modules/.bin/node')
const REAL = readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort()
const FRONT_PAGE = REAL.find((f) => f.startsWith('003_'))!

let curation: Curation
const tmp: string[] = []
beforeAll(() => {
  curation = loadCuration(join(ROOT, 'content/curation.yaml'))
})
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true })
})
const tempDir = (tag: string): string => {
  const d = mkdtempSync(join(tmpdir(), `ingest-${tag}-`))
  tmp.push(d)
  return d
}

type Outcome = { result: IngestedSource; error?: undefined } | { result?: undefined; error: Error }
function attempt(file: string, bytes: Uint8Array): Outcome {
  try {
    return { result: ingestSource(file, bytes, curation) }
  } catch (error) {
    return { error: error as Error }
  }
}

const warns = (r: IngestedSource): ReportEntry[] => r.report.entries.filter((e) => e.action === 'warn')
/** A warning locates a line when it carries line numbers or says `file:line` in its reason. */
const locates = (e: ReportEntry, file: string): boolean => e.lines.length > 0 || new RegExp(`${escape(file)}:\\d+`).test(e.reason)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const allText = (r: IngestedSource): string =>
  r.articles.flatMap((a) => [a.title, a.subtitle ?? '', a.section ?? '', a.credit ?? '', a.continued ?? '', ...a.bylines.flatMap((b) => [b.role, b.name]), ...a.blocks.map((b) => b.text)]).join('\n')

/** Either a thrown error that names the file (and line, when `line` is asked for), or a warning in the report that does. */
function expectClearProblem(o: Outcome, file: string, opts: { line: boolean }) {
  if (o.error) {
    expect(o.error.message, `the error for ${file} names the file`).toContain(file)
    if (opts.line) expect(o.error.message, `the error for ${file} names the line`).toMatch(new RegExp(`${escape(file)}:\\d+`))
    return
  }
  const r = o.result
  expect(r.report.file, 'the report names the file').toBe(file)
  const w = warns(r)
  expect(w.length, `${file}: no error and no warning; report kinds: ${JSON.stringify(r.report.entries.map((e) => `${e.action}:${e.kind}`))}`).toBeGreaterThan(0)
  if (opts.line) expect(w.some((e) => locates(e, file)), `${file}: no warning names a line: ${JSON.stringify(w)}`).toBe(true)
}

function binaryBytes(n: number, seed = 7): Buffer {
  const rand = makeRng(seed) // deterministic: the same binary file on every run
  const b = Buffer.alloc(n)
  for (let i = 0; i < n; i++) b[i] = i % 97 === 50 ? 0 : Math.floor(rand() * 256)
  return b
}

const MARKUP_FILE = 'markup-injection.txt'
const MARKUP_TEXT = [
  '',
  '',
  '<script>alert(1)</script>市民服务中心启用新版预约系统',
  '',
  '■记者 王小明',
  '',
  '本报讯 昨天上午,<script>alert(1)</script>市民服务中心新版预约系统正式上线,市民可在线预约128项政务服务事项。',
  '',
  '---',
  '',
  '--- 以下内容来自排版系统 ---',
  '',
  '# 这一行以井号开头,但它只是正文里的一句话。',
  '',
  'title: 被篡改的标题',
  '',
  'key: value',
  '',
  '据介绍,新系统上线首日预约量达3200人次,<img src=x onerror=alert(2)>窗口平均等候时间缩短至8分钟。',
  '',
].join('\n')
const SCRIPT_LINE = 3

describe('the API on bad input', () => {
  it('an empty file: a clear error or warning naming the file', () => {
    expectClearProblem(attempt('empty.txt', new Uint8Array()), 'empty.txt', { line: false })
  })

  it('a file of whitespace only: a clear error or warning naming the file', () => {
    expectClearProblem(attempt('blank.txt', Buffer.from('\n\n   \n\t\n', 'utf8')), 'blank.txt', { line: false })
  })

  describe('a GB18030-encoded file', () => {
    const utf8 = readFileSync(join(RAW, FRONT_PAGE))
    const gb = iconv.encode(utf8.toString('utf8'), 'gb18030')
    const firstTextLine = utf8.toString('utf8').split('\n').findIndex((l) => l.trim() !== '') + 1

    it('the fixture really is GB18030 and not UTF-8', () => {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow()
      expect(iconv.decode(gb, 'gb18030')).toBe(utf8.toString('utf8'))
    })

    it('yields a clear error or warning naming the file and line', () => {
      const o = attempt('gbk-page.txt', gb)
      expectClearProblem(o, 'gbk-page.txt', { line: true })
      if (o.result) expect(warns(o.result).some((e) => e.reason.includes(`gbk-page.txt:${firstTextLine}`) || e.lines.includes(firstTextLine))).toBe(true)
    })

    it('if read, it reads as the same text as the UTF-8 original (no mojibake, no U+FFFD)', () => {
      const o = attempt('gbk-page.txt', gb)
      if (o.error) return // refusing it with a clear error is also acceptable
      const ref = ingestSource(FRONT_PAGE, utf8, curation)
      expect(allText(o.result)).not.toContain('\uFFFD')
      expect(o.result.articles.map((a) => a.title)).toEqual(ref.articles.map((a) => a.title))
      expect(allText(o.result)).toBe(allText(ref))
    })
  })

  describe('a file with no recognisable headline', () => {
    const file = 'no-headline.txt'
    const text = ['今天上午，市区多个路口开展了交通安全宣传活动。', '', '不少市民驻足了解交通安全知识，现场气氛热烈。', '', '活动一直持续到中午才结束。', ''].join('\n')

    it('yields a clear warning (or error) naming the file and line', () => {
      expectClearProblem(attempt(file, Buffer.from(text, 'utf8')), file, { line: true })
    })

    it('if read, every article still has a non-empty title and the text is kept', () => {
      const o = attempt(file, Buffer.from(text, 'utf8'))
      if (o.error) return
      for (const a of o.result.articles) expect(a.title.trim()).not.toBe('')
      const kept = allText(o.result) + o.result.report.entries.map((e) => e.text).join('')
      for (const s of ['交通安全宣传活动', '现场气氛热烈', '持续到中午']) expect(kept).toContain(s)
    })
  })

  describe('a binary file (random bytes with NULs)', () => {
    const bytes = binaryBytes(4096)
    it('yields a clear error (or warning) naming the file and line', () => {
      expectClearProblem(attempt('random.txt', bytes), 'random.txt', { line: true })
    })
    it('nothing binary reaches the output', () => {
      const o = attempt('random.txt', bytes)
      if (o.error) return
      expect(allText(o.result)).not.toMatch(/[\u0000\uFFFD]/)
    })
  })

  describe('a 10 MB file (a real front page repeated)', () => {
    const one = readFileSync(join(RAW, FRONT_PAGE))
    const copies = Math.ceil(10_000_000 / one.length)
    const big = Buffer.concat(Array.from({ length: copies }, () => Buffer.concat([one, Buffer.from('\n\n')])))
    let o: Outcome
    let seconds = 0
    beforeAll(() => {
      const t0 = performance.now()
      o = attempt('huge.txt', big)
      seconds = (performance.now() - t0) / 1000
    }, 300_000)

    it(`is ingested (or refused with a clear error) within 60 s`, () => {
      expect(big.length).toBeGreaterThan(10_000_000)
      if (o.error) expect(o.error.message).toContain('huge.txt')
      expect(seconds, `took ${seconds.toFixed(1)} s`).toBeLessThan(60)
    })

    it('warns that the file is far larger than a page', () => {
      if (o.error) return
      expect(warns(o.result).some((e) => e.reason.includes('huge.txt')), JSON.stringify(warns(o.result).slice(0, 3))).toBe(true)
    })

    it('the verbatim repeats are dropped: about one copy of the text comes out', () => {
      if (o.error) return
      const single = allText(ingestSource(FRONT_PAGE, one, curation)).length
      const out = allText(o.result).length
      expect(out, `${copies} copies in, ${(out / single).toFixed(1)}× one copy's text out`).toBeLessThan(single * 1.5)
    })
  })

  describe('text that looks like markup (<script>, ---, # , key: value)', () => {
    const bytes = Buffer.from(MARKUP_TEXT, 'utf8')

    it('is ingested without throwing, and the markup stays in the text', () => {
      const r = ingestSource(MARKUP_FILE, bytes, curation)
      const text = allText(r) + r.report.entries.map((e) => e.text).join('\n')
      for (const s of ['<script>alert(1)</script>', '--- 以下内容来自排版系统 ---', '这一行以井号开头', 'title: 被篡改的标题', 'key: value', '<img src=x onerror=alert(2)>']) {
        expect(text, `"${s}" is kept somewhere`).toContain(s)
      }
    })

    it('yields a warning naming the file and the line of the HTML-like text', () => {
      const r = ingestSource(MARKUP_FILE, bytes, curation)
      const w = warns(r)
      expect(
        w.some((e) => e.lines.includes(SCRIPT_LINE) || e.reason.includes(`${MARKUP_FILE}:${SCRIPT_LINE}`)),
        `no warning names ${MARKUP_FILE}:${SCRIPT_LINE} (the <script> line); warnings: ${JSON.stringify(w)}`,
      ).toBe(true)
    })
  })
})

// ---------------------------------------------------------------------------------------
// The CLI

function runCli(raw: string, out: string) {
  const r = spawnSync(NODE, ['scripts/ingest.ts', '--raw', raw, '--out', out, '--no-cache'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', output: `${r.stdout ?? ''}\n${r.stderr ?? ''}` }
}

function splitFrontmatter(md: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?\n)---\n/.exec(md)
  if (!m) throw new Error(`no YAML frontmatter:\n${md.slice(0, 200)}`)
  return { data: parseYaml(m[1]!) as Record<string, unknown>, body: md.slice(m[0].length) }
}

function mdFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.md')) out.push(join(e.parentPath, e.name))
  return out.sort()
}

const parseBody = (body: string): Root => fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
const htmlNodes = (n: Root | RootContent): string[] => {
  const own = n.type === 'html' ? [n.value] : []
  return 'children' in n ? [...own, ...(n.children as RootContent[]).flatMap(htmlNodes)] : own
}

describe('a damaged cache', () => {
  it('is discarded with a warning and rebuilt: a cut-short index or texts file never stops a run', () => {
    const work = tempDir('cache')
    const raw = join(work, 'raw')
    const out = join(work, 'out')
    for (const d of [raw, out]) mkdirSync(d)
    for (const f of REAL.slice(0, 2)) copyFileSync(join(RAW, f), join(raw, f))
    const cli = () => spawnSync(NODE, [join(ROOT, 'scripts/ingest.ts'), '--raw', raw, '--out', out, '--curation', join(ROOT, 'content/curation.yaml')], { cwd: work, encoding: 'utf8', timeout: 120_000 })
    const first = cli()
    expect(first.status, first.stderr).toBe(0)
    const written = new Map(mdFiles(out).map((p) => [p, readFileSync(p, 'utf8')]))
    const [version] = readdirSync(join(work, '.cache/ingest'))
    const dir = join(work, '.cache/ingest', version!)
    const texts = readdirSync(dir).filter((f) => /^[0-9a-f]{64}\.json$/.test(f))
    expect(texts.length).toBeGreaterThan(0)
    // an interrupted write: half a texts file, and an index cut off mid-way
    const cut = (f: string) => writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').slice(0, 40))
    cut(texts[0]!)
    rmSync(join(out, 'articles'), { recursive: true })
    const second = cli()
    expect(second.status, second.stderr).toBe(0)
    expect(second.stderr).toMatch(/damaged \(cut short\)/)
    cut('index.json')
    const third = cli()
    expect(third.status, third.stderr).toBe(0)
    expect(third.stderr).toMatch(/index\.json is damaged/)
    expect(new Map(mdFiles(out).map((p) => [p, readFileSync(p, 'utf8')]))).toEqual(written)
    // nothing half-written is left beside the files
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('the CLI', () => {
  it('the same text under two file names is ingested once, and both names are given', () => {
    const raw = tempDir('raw')
    const out = tempDir('out')
    copyFileSync(join(RAW, FRONT_PAGE), join(raw, FRONT_PAGE))
    copyFileSync(join(RAW, FRONT_PAGE), join(raw, `zz-copy-of-${FRONT_PAGE}`))
    const run = runCli(raw, out)
    expect(run.status, run.output).toBe(0)
    expect(run.output).toContain(`zz-copy-of-${FRONT_PAGE}: the same text as ${FRONT_PAGE}`)
    const sources = mdFiles(out).filter((p) => p.includes('/sources/'))
    expect(sources).toHaveLength(1)
  })
  it('a directory with one broken file and the real five: the five are ingested, the broken one is named', () => {
    const raw = tempDir('raw')
    const out = tempDir('out')
    for (const f of REAL) copyFileSync(join(RAW, f), join(raw, f))
    writeFileSync(join(raw, 'zz-broken.txt'), binaryBytes(2048, 11))
    const run = runCli(raw, out)
    expect(run.signal, run.output).toBeNull()
    expect(run.output, 'the broken file is named with its line').toMatch(/zz-broken\.txt:\d+/)
    const files = mdFiles(out)
      .map((p) => splitFrontmatter(readFileSync(p, 'utf8')).data)
      .filter((d) => typeof d['file'] === 'string')
      .map((d) => d['file'])
      .sort()
    expect(files, run.output).toEqual(REAL)
    expect(run.status, `exit status (stderr: ${run.stderr})`).toBe(0)
  })

  it('an empty file and a GB18030 file in the directory are reported by name', () => {
    const raw = tempDir('raw')
    const out = tempDir('out')
    copyFileSync(join(RAW, REAL[0]!), join(raw, REAL[0]!))
    writeFileSync(join(raw, 'empty.txt'), '')
    writeFileSync(join(raw, 'gbk.txt'), iconv.encode(readFileSync(join(RAW, FRONT_PAGE), 'utf8'), 'gb18030'))
    const run = runCli(raw, out)
    expect(run.output).toContain('empty.txt')
    expect(run.output).toMatch(/gbk\.txt:\d+/)
  })

  describe('text that looks like markup round-trips through the written Markdown', () => {
    let dir = ''
    let api: IngestedSource
    let written: Map<string, { data: Record<string, unknown>; body: string }>
    let run: ReturnType<typeof runCli>
    beforeAll(() => {
      const raw = tempDir('raw')
      dir = tempDir('out')
      writeFileSync(join(raw, MARKUP_FILE), MARKUP_TEXT)
      api = ingestSource(MARKUP_FILE, Buffer.from(MARKUP_TEXT, 'utf8'), curation)
      run = runCli(raw, dir)
      written = new Map(mdFiles(dir).map((p) => [p, splitFrontmatter(readFileSync(p, 'utf8'))]))
    })

    it('the CLI names the file and line it warns about', () => {
      expect(run.signal).toBeNull()
      expect(run.output, run.output).toContain(MARKUP_FILE)
    })

    it('every article is written, and its frontmatter parses back to exactly what the ingest made', () => {
      const articles = [...written.values()].filter((w) => typeof w.data['order'] === 'number')
      expect(articles.length, run.output).toBe(api.articles.length)
      for (const a of api.articles) {
        const { id: _id, ...fields } = a
        const w = articles.find((x) => x.data['order'] === a.order)
        expect(w, `article ${a.order} 「${a.title}」 not written`).toBeDefined()
        expect(JSON.parse(JSON.stringify(w!.data)), `frontmatter of 「${a.title}」`).toEqual(JSON.parse(JSON.stringify(fields)))
      }
    })

    it('no line of the text becomes a frontmatter key', () => {
      for (const { data } of written.values()) {
        expect(Object.keys(data)).not.toContain('key')
        expect(JSON.stringify(data['title'] ?? '')).not.toBe(JSON.stringify('被篡改的标题'))
      }
    })

    it('the Markdown body holds each block as one node of the same text, and no raw HTML', () => {
      for (const a of api.articles) {
        const w = [...written.values()].find((x) => x.data['order'] === a.order)!
        const tree = parseBody(w.body)
        expect(htmlNodes(tree), `raw HTML in the body of 「${a.title}」`).toEqual([])
        expect(
          tree.children.map((n) => toString(n)),
          `body of 「${a.title}」, node by node (a --- line must not become a rule, nor # a heading)`,
        ).toEqual(a.blocks.map((b) => b.text))
      }
    })

    it('the HTML-like text survives as literal text in the body', () => {
      const bodies = [...written.values()].map((w) => toString(parseBody(w.body))).join('\n')
      expect(bodies).toContain('<script>alert(1)</script>')
      expect(bodies).toContain('<img src=x onerror=alert(2)>')
    })
  })
})

