import { describe, expect, it } from 'vitest'
import { inferPublicationDate, inferYear, mastheadDate, resolveDateline } from '../../scripts/ingest/dates.ts'

const month = (value: string, inferred = true) => ({ value, end: null, inferred, evidence: 'x' })

describe('inferYear', () => {
  it('takes the year named beside a 月日', () => {
    expect(inferYear(['10月24日上午，2023年世界互联网大会乌镇峰会新闻发布会在北京举行。'])!.year).toBe(2023)
  })
  it('takes the year of the same month named elsewhere in the paragraph', () => {
    expect(inferYear(['9月3日，项目获批。该项目于2022年9月申报。'])!.year).toBe(2022)
  })
  it('counts forward from 一年前——', () => {
    expect(inferYear(['5月29日晚，演唱会开唱。时间倒回一年前——2024年5月31日，另一场演唱会举办。'])!.year).toBe(2025)
  })
  it('reads a finished year from 截至…年末 and 回首…年', () => {
    expect(inferYear(['截至2024年末，余额已达46亿元。'])!.year).toBe(2025)
    expect(inferYear(['回首2019年，全市工作成效明显。'])!.year).toBe(2020)
  })
  it('knows which year a five-year plan opens', () => {
    expect(inferYear(['“十五五”开局之年，各项工作全面推进。'])!.year).toBe(2026)
    expect(inferYear(['今年是“十四五”收官之年。'])!.year).toBe(2025)
  })
  it('does not take a planned year for the present', () => {
    expect(inferYear(['要围绕“2027年6月底完工”总目标推进。2025年8月，项目开工。'])!.year).toBe(2025)
  })
  it('takes the year of a newsletter’s issue line over a year-end look ahead', () => {
    const blocks = ['12月18日 集团召开2025年度总结表彰大会。', '2026年是“十五五”开局之年，集团将乘势而上。']
    expect(inferYear(blocks, '禾城通讯\n2025年第12期（年度特刊）')!.year).toBe(2025)
    expect(inferPublicationDate(blocks, '2025年第12期')!.value).toBe('2025-12')
  })
  it('takes the year whose part-year results the text reports', () => {
    expect(inferYear(['2025年前三季度，集群实现产值386亿元。', '2023年1月，项目全面投产。', '9月25日至27日，博览会举行。'])!.year).toBe(2025)
  })
  it('a dated clause bounds the year even in a sentence that goes on to a plan', () => {
    expect(inferYear(['2023年11月，公司获评单项冠军。11月4日至6日，新品亮相展会。', '一期2025年3月开工，上个月已有4条产线投产；二期计划2027年建成。'])!.year).toBe(2025)
  })
  it('an issue line with its month dates the issue; a span of years to come votes for none', () => {
    expect(inferPublicationDate(['10月22日，集团签署2026—2028年战略合作协议。'], '澜泓人　2025年11月　总第86期')).toMatchObject({ value: '2025-11', inferred: true })
    expect(inferYear(['10月22日，集团签署2026—2028年战略合作协议。', '2025年前三季度，营收增长。'])!.year).toBe(2025)
  })
  it('a year-end review is of the year still running, whatever it wishes for the next', () => {
    const blocks = ['12月1日至20日，本报开展年度十大新闻评选活动。', '即将过去的2025年，我们共同见证了许多。2026年是“十五五”开局之年，愿我们再接再厉。']
    expect(inferYear(blocks)!.year).toBe(2025)
  })
  it('returns nothing when the text names no year', () => {
    expect(inferYear(['今天天气很好。'])).toBeNull()
  })
})

describe('inferPublicationDate', () => {
  it('is the month of the latest happening, never a day', () => {
    const d = inferPublicationDate(['10月9日，大会召开。', '10月31日，债券获批，于2024年10月顺利完成。'])
    expect(d).toMatchObject({ value: '2024-10', inferred: true })
    expect(d!.evidence).toContain('10月31日')
  })
})

describe('mastheadDate', () => {
  it('reads the stated date in full', () => {
    expect(mastheadDate('南湖晚报 2025年4月18日 星期五')).toMatchObject({ value: '2025-04-18', inferred: false })
  })
})

describe('resolveDateline', () => {
  it('resolves 昨天 against a paper dated to the day', () => {
    expect(resolveDateline('本报讯 昨天下午,市委书记调研。', { value: '2025-03-01', end: null, inferred: false, evidence: '' })).toMatchObject({ value: '2025-02-28' })
  })
  it('keeps 昨天 to the month when the paper is dated to the month', () => {
    expect(resolveDateline('本报讯 昨天下午,市委书记调研。', month('2026-03'))).toMatchObject({ value: '2026-03', inferred: true })
  })
  it('puts a 月日 in the paper’s year, and a range gets an end', () => {
    expect(resolveDateline('11月27日至29日，采访团走进嘉兴。', month('2024-11'))).toMatchObject({ value: '2024-11-27', end: '2024-11-29' })
    expect(resolveDateline('10月9日，动员大会召开。', month('2024-10'))).toMatchObject({ value: '2024-10-09', inferred: true })
  })
  it('puts a December lead in the year before a January paper', () => {
    expect(resolveDateline('12月28日，项目开工。', month('2026-01'))!.value).toBe('2025-12-28')
  })
  it('reads 本报嘉兴12月26日电 and a stated full date', () => {
    expect(resolveDateline('本报嘉兴12月26日电 嘉兴南湖机场正式通航。', month('2025-12'))!.value).toBe('2025-12-26')
    expect(resolveDateline('2026年1月5日，新年第二个工作日。', month('2026-01'))).toMatchObject({ value: '2026-01-05', inferred: false })
  })
  it('reads the date after a bracketed byline: 本报讯（记者 张三）4月17日，', () => {
    expect(resolveDateline('本报讯（记者 张三 通讯员 李四）4月17日，全市植树活动举行。', month('2025-04'))!.value).toBe('2025-04-17')
  })
  it('gives no dateline for 近日 or a lead without a date', () => {
    expect(resolveDateline('近日，公司完成备案。', month('2024-10'))).toBeNull()
    expect(resolveDateline('工厂车间马力全开抢订单。', month('2024-10'))).toBeNull()
  })
})

describe('resolveDateline in the leads real pages print', () => {
  const paper = { value: '2013-11-19', end: null, inferred: false, evidence: '' }
  it('finds the day inside the first sentence, after its subject', () => {
    expect(resolveDateline('2013年某某经贸洽谈会暨重大项目签约仪式昨天下午举行,市领导出席。', paper)!.value).toBe('2013-11-18')
    expect(resolveDateline('某某路改造工程于11月15日开工,全长约2公里。', paper)!.value).toBe('2013-11-15')
  })
  it('reads 今天（1月3日） by the day in brackets', () => {
    expect(resolveDateline('今天(1月3日)下午,某县召开联席会议。', { value: '2025-01', end: null, inferred: true, evidence: '' })!.value).toBe('2025-01-03')
  })
  it('takes no plan for a happening, and no digest item for a lead', () => {
    expect(resolveDateline('某某路改造工程计划于12月15日开工,全长约2公里。', paper)).toBeNull()
    expect(resolveDateline('▲11月3日,某工程完成设备安装。', paper)).toBeNull()
  })
})

describe('a dispatch’s own day', () => {
  it('today in a dispatch (本报杭州1月25日讯 今天上午) is the dispatch’s day, not the paper’s', () => {
    expect(resolveDateline('本报杭州1月25日讯 今天上午10时20分,会议开幕式结束。', { value: '2013-01-26', end: null, inferred: false, evidence: '' })!.value).toBe('2013-01-25')
  })
})
