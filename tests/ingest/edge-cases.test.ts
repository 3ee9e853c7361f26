// Inputs a reviewer found the ingest getting wrong, each pinned to the general rule
// that now handles it.
import { describe, expect, it } from 'vitest'
import { resolveDateline, inferYear } from '../../scripts/ingest/dates.ts'
import { decodeSource } from '../../scripts/ingest/read.ts'
import { joinText } from '../../scripts/ingest/repair.ts'
import { ingestText } from './helpers.ts'

const month = (value: string) => ({ value, end: null, inferred: true, evidence: '' })

describe('edge cases', () => {
  it('rejoins a number split by a line break without a space', () => {
    expect(joinText('全市规上企业达12', '00家。')).toBe('全市规上企业达1200家。')
    expect(joinText('Hello', 'world')).toBe('Hello world')
  })

  it('keeps a kicker and a two-part headline apart', () => {
    const r = ingestText(['奋力拼经济', '嘉兴 再创佳绩', '■记者 王五', '本报讯 昨天,全市经济数据发布。', '', '另一条新闻', '■记者 赵六', '本报讯 前天,另一件事。'].join('\n'))
    expect([r.articles[0]!.title, r.articles[0]!.subtitle]).toEqual(['嘉兴 再创佳绩', '奋力拼经济'])
  })

  it('does not take speakers’ lines in a newsletter story for a round-up', () => {
    const r = ingestText(['【要闻】', '集团召开动员大会', '10月9日，集团召开动员大会。', '李刚指出：要紧盯目标，狠抓落实，确保完成全年任务。', '周大勇强调：要压实责任，守牢安全底线，确保工程质量。'].join('\n'))
    expect(r.articles.map((a) => a.title)).toEqual(['集团召开动员大会'])
  })

  it('keeps a source note in brackets as text, not as an attribution', () => {
    const r = ingestText(['【要闻】', '前三季度经济运行平稳', '前三季度，全市生产总值同比增长6.1%。（数据来源：市统计局）', '下一步要继续稳增长。'].join('\n'))
    expect(r.articles[0]!.blocks[0]!.text).toBe('前三季度，全市生产总值同比增长6.1%。（数据来源：市统计局）')
    expect(r.articles[0]!.blocks).toHaveLength(2)
  })

  it('does not make a feature a front page because it quotes 据新华社报道', () => {
    const r = ingestText(['港城崛起 向海图强', '', '嘉兴港区十年发展纪实', '', '据新华社报道，港口吞吐量持续增长。', '', '港区的发展，离不开码头能级的持续提升。'].join('\n'))
    expect(r.source.kind).toBe('feature')
    expect([r.articles[0]!.title, r.articles[0]!.subtitle]).toEqual(['港城崛起 向海图强', '嘉兴港区十年发展纪实'])
  })

  it('gives no date for impossible days, and ends a range over the new year in the next year', () => {
    expect(resolveDateline('13月45日，某事发生。', month('2024-12'))).toBeNull()
    expect(resolveDateline('12月30日至1月2日，跨年活动举行。', month('2024-12'))).toMatchObject({ value: '2024-12-30', end: '2025-01-02' })
  })

  it('does not take a target year for the present', () => {
    expect(inferYear(['10月9日，大会召开，力争2030年全面建成。2024年10月，项目获批。'])!.year).toBe(2024)
  })

  it('reads a text with page breaks (\\f) as text', () => {
    expect(decodeSource('pages.txt', new TextEncoder().encode('第一页。\f第二页。')).text).toBe('第一页。\n第二页。')
  })

  it('keeps a headline with its byline and continuation note even with no text on this page', () => {
    const r = ingestText(['头版导读新闻标题', '■记者 王五 通讯员 赵六', '（下转2版）', '', '另一条新闻', '■记者 钱七', '本报讯 昨天,另一件事发生了。'].join('\n'))
    expect(r.articles[0]).toMatchObject({ title: '头版导读新闻标题', continued: '下转2版', blocks: [] })
    expect(r.articles[0]!.bylines.map((b) => b.name)).toEqual(['王五', '赵六'])
  })
})
