// The units of SPEC section 2: what is written after a number, and the base unit
// and factor it normalises to. Longest spellings first, so 平方公里 wins over 公里.

export interface UnitRule {
  written: string
  base: string
  factor: number
}

const rules: [string, string, number][] = [
  // money
  ['元', 'CNY', 1], ['元人民币', 'CNY', 1], ['美元', 'USD', 1], ['泰铢', 'THB', 1], ['越南盾', 'VND', 1], ['韩元', 'KRW', 1], ['欧元', 'EUR', 1], ['港元', 'HKD', 1], ['日元', 'JPY', 1], ['英镑', 'GBP', 1],
  // shares of a whole
  ['%', '%', 1], ['％', '%', 1], ['个百分点', 'pp', 1],
  // area before length: 平方公里 is not 公里
  ['平方公里', 'm²', 1e6], ['平方千米', 'm²', 1e6], ['平方米', 'm²', 1], ['㎡', 'm²', 1], ['公顷', 'm²', 1e4], ['亩', 'm²', 2000 / 3],
  ['立方米', 'm³', 1], ['升', 'L', 1], ['毫升', 'L', 1e-3], ['ml', 'L', 1e-3], ['mL', 'L', 1e-3],
  ['公里', 'm', 1000], ['千米', 'm', 1000], ['km', 'm', 1000], ['米', 'm', 1],
  ['吨', 't', 1], ['千克', 'kg', 1], ['公斤', 'kg', 1], ['kg', 'kg', 1], ['斤', 'kg', 0.5],
  ['GWh', 'kWh', 1e6], ['MWh', 'kWh', 1e3], ['兆瓦时', 'kWh', 1e3], ['GW', 'W', 1e9], ['吉瓦', 'W', 1e9], ['千瓦时', 'kWh', 1], ['度电', 'kWh', 1], ['度', 'kWh', 1], ['kWh', 'kWh', 1], ['兆瓦', 'W', 1e6], ['千瓦', 'W', 1e3], ['MW', 'W', 1e6], ['kW', 'W', 1e3], ['瓦', 'W', 1],
  // durations
  ['个多小时', 'h', 1], ['个多月', 'month', 1], ['个小时', 'h', 1], ['小时', 'h', 1], ['分钟', 'min', 1], ['个月', 'month', 1], ['天', 'day', 1], ['周年', 'year', 1], ['周岁', 'year', 1], ['年', 'year', 1],
  // counts with a measure word
  ...['标箱', '批次', '台套', '人次', '家次', '架次', '班', '个', '家', '台', '名', '人', '位', '场', '套', '件', '项', '门', '条', '支', '户', '栋', '幢', '座', '辆', '架', '艘', '所', '批', '次', '篇', '份', '张', '株', '头', '只', '本', '处', '间', '层', '款', '种', '类', '块', '片', '枚', '根', '棵', '箱', '笔', '册', '辆次', '艘次', '列', '单', '例', '基', '期', '趟', '股', '对', '宗', '轮', '颗', '粒', '倍'].map(
    (w): [string, string, number] => [w, w === '倍' ? 'times' : 'count', 1],
  ),
]

export const UNITS: UnitRule[] = rules.map(([written, base, factor]) => ({ written, base, factor })).sort((a, b) => b.written.length - a.written.length)

/** 万 and 亿 multiply; 千 and 百 only as number words (千米, 千克 are units). */
export const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 }

/** A rate: a unit per time or per item (支/小时, 万吨/年). */
export const PER = ['/斤', '/亩', '/平方米', '/千瓦时', '/吨', '/公斤', '/件', '/小时', '/年', '/天', '/日', '/月', '/分钟', '/秒', '/支', '/台', '/人', '每小时', '每年', '每天', '每分钟']
