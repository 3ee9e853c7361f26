import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { renderSource } from '../../scripts/ingest/write.ts'
import { ingestText } from './helpers.ts'

const HOSTILE = ['港区新闻标题', '', '---', '', '# 不是标题', '', 'title: 不是字段', '', '<script>alert(1)</script>正文。', '', '*强调* 与 [链接](http://x) 和 `代码`。'].join('\n')

describe('writing collections', () => {
  const r = ingestText(HOSTILE, 'hostile.txt')
  const files = renderSource(r)
  const article = [...files].find(([p]) => p.startsWith('articles/'))![1]
  const [, yamlText, body] = article.split(/^---$/m)

  it('keeps control text as text in the frontmatter', () => {
    const data = parse(yamlText!) as { title: string; blocks: { text: string }[] }
    expect(data.title).toBe('港区新闻标题')
    expect(data.blocks.map((b) => b.text)).toContain('<script>alert(1)</script>正文。')
    expect(data.blocks.map((b) => b.text)).toContain('title: 不是字段')
  })
  it('escapes Markdown syntax in the body, one node per block', () => {
    expect(body).not.toMatch(/(?<!\\)<script>/)
    expect(body).toContain('\\<script>alert(1)\\</script>正文。')
    expect(body).toContain('\\*强调\\* 与 \\[链接]\\(http://x) 和 \\`代码\\`。')
    expect(body!.trim().split(/\n\n/)).toHaveLength(r.articles[0]!.blocks.length)
  })
  it('warns about markup, naming the line', () => {
    const warned = r.report.entries.filter((e) => e.action === 'warn' && e.kind === 'markup').map((e) => e.lines[0])
    expect(warned).toEqual([3, 7, 9, 11])
  })
  it('reports the stray line `---`', () => {
    expect(r.report.entries.some((e) => e.action === 'drop' && e.text === '---' && e.lines[0] === 3)).toBe(true)
  })
  it('is byte-identical on a second run', () => {
    const again = renderSource(ingestText(HOSTILE, 'hostile.txt'))
    expect([...again]).toEqual([...files])
  })
})
