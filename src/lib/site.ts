export const SITE_NAME = '嘉兴新闻档案'
export const SITE_DESCRIPTION = `${SITE_NAME}：嘉兴本地报刊、内刊报道的整理存档。`
