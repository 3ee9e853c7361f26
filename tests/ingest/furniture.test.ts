import { describe, expect, it } from 'vitest'
import { closeLetterSpacing, dateAlone, readFurniture, readStamps } from '../../scripts/ingest/furniture.ts'

// Lines composed in the forms real pages print (names and places are invented).
const kind = (line: string) => readFurniture(line)?.kind ?? 'text'

describe('readStamps', () => {
  it('reads a date in any punctuation, with stray spaces, with or without its time', () => {
    expect(readStamps('2024-08-02 10:15').map((s) => s.value)).toEqual(['2024-08-02'])
    expect(readStamps('2024.09.18').map((s) => s.value)).toEqual(['2024-09-18'])
    expect(readStamps('2024/8/2').map((s) => s.value)).toEqual(['2024-08-02'])
    expect(readStamps('2025- 03- 31 09: 18').map((s) => s.value)).toEqual(['2025-03-31'])
    expect(readStamps('2019年11月3日 07:40').map((s) => s.value)).toEqual(['2019-11-03'])
  })
  it('keeps a yearless date after a date label for the year another candidate gives', () => {
    expect(readStamps('日期:03-05')).toEqual([{ value: '--03-05', text: '日期:03-05', labelled: true }])
  })
  it('takes no impossible day for a date', () => {
    expect(readStamps('2024-02-30')).toEqual([])
    expect(readStamps('2024-13-01')).toEqual([])
  })
})

describe('readFurniture', () => {
  it('tells a stamp line, whatever labels, counters and source it carries', () => {
    const f = readFurniture('发布时间：2024-07-15 10:02  来源：嘉兴日报  浏览次数：321  字号：大 中 小')!
    expect(f.kind).toBe('stamp')
    expect(f.stamps.map((s) => s.value)).toEqual(['2024-07-15'])
    expect(f.publication).toBe('嘉兴日报')
  })
  it('reads the writers credited on a stamp or source line', () => {
    expect(readFurniture('2022年5月6日 08:30 来源：南湖晚报 记者 柳青禾')!.bylines).toEqual([{ role: '记者', name: '柳青禾' }])
    expect(readFurniture('来源：《今日禾城》 作者：中心记者 林一舟/文 许渡/摄 编辑：王某某')!.bylines).toEqual([
      { role: '记者', name: '林一舟' },
      { role: '摄', name: '许渡' },
    ])
  })
  it('reads a page line with its section, and the paper it names', () => {
    expect(readFurniture('版面:第03版:要闻')).toMatchObject({ kind: 'page-line', section: '要闻' })
    expect(readFurniture('第A02版')!.kind).toBe('page-line')
    expect(readFurniture('版面:第05版:城事 民生       上一篇    下一篇')).toMatchObject({ kind: 'page-line', section: '城事 民生' })
    expect(readFurniture('嘉兴日报 第03版')).toMatchObject({ kind: 'page-line', publication: '嘉兴日报' })
  })
  it('takes an e-paper’s tail line for a stamp of the issue, with the paper it names', () => {
    const f = readFurniture('2023-04-09 2 2 嘉兴日报平湖版 content_12345.html 1 3 春耕正当时 /enpproperty-->')!
    expect(f).toMatchObject({ kind: 'stamp', publication: '嘉兴日报平湖版' })
    expect(f.stamps.map((s) => s.value)).toEqual(['2023-04-09'])
  })
  it('names the publication from 当前报纸名称, 来源 or 转自, but not from a department that supplied the text', () => {
    expect(readFurniture('当前报纸名称:南湖晚报')).toMatchObject({ kind: 'source-line', publication: '南湖晚报', publicationEvidence: 'paper-name' })
    expect(readFurniture('转自《嘉兴日报》')).toMatchObject({ publication: '嘉兴日报' })
    expect(readFurniture('信息来源：市发展改革委')).toMatchObject({ kind: 'source-line', publication: null })
  })
  it('drops the page’s chrome: tools, counters, navigation, placeholders, footers', () => {
    for (const line of ['字号：大 中 小', '【打印】【关闭】', '浏览次数：1234', '上一篇：某地举行某活动', '当前位置：首页 > 新闻中心 > 本地要闻', '首页 | 新闻中心 | 政务公开 |', '首页 要闻 民生 教育 文旅 健康', '图片', '星期三', 'Copyright © 2010-2024 某某网 版权所有', '联系电话：0573-12345678', '打开某某新闻客户端 看更多', '相 关 稿 件'])
      expect(kind(line), line).toBe('chrome')
  })
  it('knows an editor’s line is not a byline', () => {
    expect(kind('责任编辑：王小明')).toBe('editor')
    expect(kind('编辑：甲乙丙 审核：丁戊')).toBe('editor')
    expect(kind('编 辑 | 汤某某')).toBe('editor')
  })
  it('leaves text alone: a sentence with a date, a byline, a headline', () => {
    expect(kind('2024年6月5日，全市重点项目集中开工，总投资超百亿元。')).toBe('text')
    expect(kind('记者 柳青禾 通讯员 许渡 周南')).toBe('text')
    expect(kind('禾城春耕正当时')).toBe('text')
    // (a one-character chrome word inside a name is no chrome: 俞中岳)
    expect(kind('摄影记者 王振宇 俞中岳')).toBe('text')
  })
})

describe('dateAlone', () => {
  it('reads a sign-off date in figures, without separators or in Chinese numerals', () => {
    expect(dateAlone('2024年6月28日')!.value).toBe('2024-06-28')
    expect(dateAlone('20240628')!.value).toBe('2024-06-28')
    expect(dateAlone('二〇二四年六月二十八日')!.value).toBe('2024-06-28')
    expect(dateAlone('2024年6月28日上午')).toBeNull()
  })
})

describe('closeLetterSpacing', () => {
  it('reads a word set with spaces between its characters as the word', () => {
    expect(closeLetterSpacing('相 关 稿 件')).toBe('相关稿件')
    expect(closeLetterSpacing('编 辑 | 汤某某')).toBe('编辑 | 汤某某')
    expect(closeLetterSpacing('记者 王 丽')).toBe('记者 王丽')
  })
})

describe('a reprint with pinyin glosses and traditional characters', () => {
  it('is read through: its stamp and byline are found, its text stays as printed', async () => {
    const { ingestText } = await import('./helpers.ts')
    const r = ingestText(['某鎮(zhèn)新建三座口袋公園', '發(fā)布日期:2024-05-06 來源:某某網', '記者 柳青禾', '', '5月5日,某鎮(zhèn)三座口袋公園同時開放,市民紛紛前來遊玩。'].join('\n'))
    expect(r.source.date).toMatchObject({ value: '2024-05-06', inferred: false })
    expect(r.articles[0]!.bylines).toEqual([{ role: '记者', name: '柳青禾' }])
    expect(r.articles[0]!.title).toBe('某鎮(zhèn)新建三座口袋公園')
  })
})

describe('an author line', () => {
  it('作者：记者 甲 credits its writers as furniture of the page', () => {
    expect(readFurniture('作者：记者 柳青禾')).toMatchObject({ kind: 'source-line', bylines: [{ role: '记者', name: '柳青禾' }] })
  })
})

describe('more stamps of e-paper readers', () => {
  it('a reprint’s citation of its paper, and a tail led by the paper and its page', () => {
    expect(readFurniture('《某某日报》(2024年02月07日 02版)')).toMatchObject({ kind: 'stamp', publication: '某某日报', stamps: [{ value: '2024-02-07', labelled: true }] })
    expect(readFurniture('某某法制报 要闻 00002 某地共谱平安曲 2022-07-14 2 2022年07月14日')).toMatchObject({ kind: 'stamp', publication: '某某法制报', stamps: [{ value: '2022-07-14' }] })
    expect(readFurniture('某某工人日报 劳模 00004')!.kind).toBe('stamp')
  })
})

describe('labels a site prints in its own way', () => {
  it('a line of labels and values only, one a date, is a stamp; labels set apart by spaces are labels', () => {
    expect(readFurniture('类别:国内 发布时间:2023-09-29 06:49:00 来源:某某看点')).toMatchObject({ kind: 'stamp', stamps: [{ value: '2023-09-29' }] })
    expect(readFurniture('来源 某某广播电视台     编辑 章小红')).toMatchObject({ kind: 'source-line', publication: '某某广播电视台' })
    expect(readFurniture('本文转自:某某晚报')).toMatchObject({ kind: 'source-line', publication: '某某晚报' })
  })
  it('作者： with a name and no role credits the name', () => {
    expect(readFurniture('来源: 某某在线 作者: 杜小霖 编辑: 施小菲')).toMatchObject({ kind: 'source-line', bylines: [{ role: '', name: '杜小霖' }] })
  })
})
