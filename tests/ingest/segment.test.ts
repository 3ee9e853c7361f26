import { describe, expect, it } from 'vitest'
import { parseAttribution, splitBrief } from '../../scripts/ingest/segment.ts'
import { warnings } from '../../scripts/ingest/summary.ts'
import { ingestText } from './helpers.ts'

describe('splitBrief', () => {
  it('splits a brief at the gap before its dated body', () => {
    expect(splitBrief('媒体关注 9月2日，《嘉兴日报》刊发报道。')).toEqual({ title: '媒体关注', body: '9月2日，《嘉兴日报》刊发报道。' })
  })
  it('prefers a double space to a single one', () => {
    expect(splitBrief('港区 码头扩建完成  新码头顺利通过验收，投入使用。')!.title).toBe('港区 码头扩建完成')
  })
  it('leaves 本报讯 leads and ordinary prose alone', () => {
    expect(splitBrief('本报讯 昨天下午,市委书记调研。')).toBeNull()
    expect(splitBrief('打造“高质量发展、高标准服务” 的幸福生活图景。')).toBeNull()
  })
})

describe('parseAttribution', () => {
  it('reads department and writer', () => {
    expect(parseAttribution('港务公司 李明')).toEqual({ role: '港务公司', name: '李明' })
  })
  it('names no one in （综合）', () => {
    expect(parseAttribution('综合')).toBeNull()
  })
})

describe('segmentStories on composed pages', () => {
  it('splits a front page at each headline standing over a byline', () => {
    const r = ingestText(
      [
        '港区新建码头投入使用',
        '■记者 李明',
        '本报讯 昨天上午,港区新码头正式投入使用,年吞吐能力大幅提升。',
        '',
        '秀洲区召开企业座谈会',
        '■记者 王芳 通讯员 赵强',
        '本报讯 4月2日下午,秀洲区召开企业座谈会,听取企业诉求。',
        '截至2024年末,全区规上企业超过1200家。',
        '',
        '南湖区 春耕',
        '■记者 陈静',
        '本报讯 春耕时节,南湖区各地农田一派忙碌景象。(下转3版)',
      ].join('\n'),
    )
    expect(r.source.kind).toBe('front-page')
    expect(r.articles.map((a) => a.title)).toEqual(['港区新建码头投入使用', '秀洲区召开企业座谈会', '南湖区 春耕'])
    expect(r.articles[1]!.bylines).toEqual([
      { role: '记者', name: '王芳' },
      { role: '通讯员', name: '赵强' },
    ])
    expect(r.articles[2]!.continued).toBe('下转3版')
    expect(r.source.date!.value).toBe('2025-04')
    expect(r.articles[1]!.dateline!.value).toBe('2025-04-02')
  })

  it('splits a newsletter into stories and briefs with their attributions', () => {
    const r = ingestText(
      [
        '【要闻】',
        '港务集团召开三季度',
        '经济运行分析会',
        '9月28日，港务集团召开三季度经济运行分析会。会议总结了前三季度工作。',
        '会议要求，各单位要紧盯全年目标。（办公室 周洁）',
        '【简讯】',
        '安全检查 9月20日，集团开展节前安全大检查。',
        '（安全部 孙浩）',
        '青年读书会举办  近日，集团团委举办青年读书会。（综合）',
        '码头扩建项目完成备案 2023年9月，港务集团码头扩建项目完成备案。',
      ].join('\n'),
    )
    expect(r.source.kind).toBe('newsletter')
    expect(r.articles.map((a) => [a.kind, a.section, a.title])).toEqual([
      ['story', '要闻', '港务集团召开三季度经济运行分析会'],
      ['brief', '简讯', '安全检查'],
      ['brief', '简讯', '青年读书会举办'],
      ['brief', '简讯', '码头扩建项目完成备案'],
    ])
    expect(r.articles[0]!.bylines).toEqual([{ role: '办公室', name: '周洁' }])
    expect(r.articles[0]!.blocks.at(-1)!.text).toBe('会议要求，各单位要紧盯全年目标。')
    expect(r.articles[1]!.bylines).toEqual([{ role: '安全部', name: '孙浩' }])
    expect(r.articles[2]!.bylines).toEqual([])
    expect(r.source.date!.value).toBe('2023-09')
  })

  it('reads a feature: headline, deck, standfirst, byline, headings, captions, credit', () => {
    const r = ingestText(
      [
        '港城崛起 向海图强',
        '',
        '嘉兴港区十年发展纪实',
        '',
        '“',
        '',
        '一年前——2024年6月1日，新码头开港运营。',
        '',
        '”',
        '',
        '■撰文 李明 王芳',
        '',
        '码头提能 打造物流枢纽',
        '',
        '港区的发展，离不开码头能级的持续提升。',
        '',
        '',
        '',
        '港区夜景',
        '',
        '产业集聚 壮大临港经济',
        '',
        '5月20日，港区又一批项目集中签约。',
        '',
        '□图片由港区管委会提供',
      ].join('\n'),
    )
    const a = r.articles[0]!
    expect(r.articles).toHaveLength(1)
    expect([a.title, a.subtitle]).toEqual(['港城崛起 向海图强', '嘉兴港区十年发展纪实'])
    expect(a.blocks.map((b) => b.type)).toEqual(['quote', 'heading', 'paragraph', 'caption', 'heading', 'paragraph'])
    expect(a.bylines.map((b) => b.name)).toEqual(['李明', '王芳'])
    expect(a.credit).toBe('图片由港区管委会提供')
    expect(r.source.date!.value).toBe('2025-05')
  })

  it('reads bylines in brackets after 本报讯, and 文/ 图/ bylines', () => {
    const r = ingestText(['港区新码头投入使用', '文/李明 图/王芳', '本报讯（记者 张三 通讯员 李四）昨天上午,港区新码头投入使用。', '', '另一条新闻标题', '■记者 赵六', '本报讯 前天,另一件事发生了。'].join('\n'))
    // both credits printed are kept, and the bracket leaves the lead
    expect(r.articles[0]!.bylines).toEqual([
      { role: '文', name: '李明' },
      { role: '图', name: '王芳' },
      { role: '记者', name: '张三' },
      { role: '通讯员', name: '李四' },
    ])
    expect(r.articles[0]!.blocks[0]!.text).toBe('本报讯 昨天上午,港区新码头投入使用。')
    const r2 = ingestText(['港区新码头投入使用', '', '本报讯（记者 张三 通讯员 李四）昨天上午,港区新码头投入使用。', '', '另一条新闻', '■记者 赵六', '本报讯 前天,另一件事。'].join('\n'))
    expect(r2.articles[0]!.bylines).toEqual([
      { role: '记者', name: '张三' },
      { role: '通讯员', name: '李四' },
    ])
  })

  it('keeps numbered headings of a newsletter story inside it', () => {
    const r = ingestText(['【要闻】', '集团召开年中工作会议', '7月5日，集团召开年中工作会议，总结上半年工作。', '一、上半年主要成绩', '营收同比增长，重点项目进展顺利。', '二、下半年工作安排', '要紧盯全年目标，抓好项目建设。'].join('\n'))
    expect(r.articles).toHaveLength(1)
    expect(r.articles[0]!.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual(['一、上半年主要成绩', '二、下半年工作安排'])
  })

  it('splits a newsletter round-up of name：progress lines into items, but not a lone colon sentence', () => {
    const r = ingestText(['【工程速览】', '港区码头项目：主体结构已完成，正进行附属工程施工。', '科创园项目：已完成桩基施工，正进行主体施工。', '【要闻】', '一条消息', '会议指出：要抓好落实，确保完成全年目标任务。'].join('\n'))
    expect(r.articles.map((a) => a.title)).toEqual(['港区码头项目', '科创园项目', '一条消息'])
  })

  it('gives a document without a headline a title from its first words, and warns', () => {
    const r = ingestText('今年以来，全市经济运行稳中有进，主要指标好于预期。\n各项工作扎实推进。', 'nohead.txt')
    expect(r.articles[0]!.title).toBe('今年以来')
    expect(warnings(r)).toContain('nohead.txt:1: no headline recognised; the story is titled by its first words')
  })
})
