export const SITE_NAME = '嘉兴新闻档案'
