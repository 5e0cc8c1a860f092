// Lines that are not the article: page furniture, web widgets, jump lines and source lines.

export type Furniture = 'noise' | 'chrome' | 'header' | 'jump' | 'source'

// `（下转第2版）`, `(上接第1版)`, `（转A3版）`: a jump line
const JUMP = /^[（(](?:下转|上接|转|接|下轉|轉)第?[A-Za-z]?\d{1,3}版[）)]$/
const JUMP_HEAD = /^[（(](?:上接|接)第?[A-Za-z]?\d{1,3}版[）)]/
const JUMP_TAIL = /[（(](?:下转|转|下轉|轉)第?[A-Za-z]?\d{1,3}版[）)]$/
// `2023年1月18日`, `2023-01-18`
const DATE = /\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})/
// `第3版`, `A3版`, `03版`
const PAGE = /(?:第[A-Za-z]?\d{1,3}|[A-Za-z]?\d{1,3})版/
// `来源：青海日报`, `责任编辑：王某`, `（责任编辑：王某）`, `作者：王林`
const SOURCE = /^[（(]?(?:标签|標籤|时间|時間|来源|來源|稿源|责任编辑|責任編輯|责编|責編|編輯|编辑|校对|審核|审核|监制|作者|發佈時間|发布时间|发布日期)\s*[：:]/
// `2025-03-06 09:12 来源：青海日报`: a date, then who published it
// an e-paper viewer's page controls: `通版阅读请点击:`, `展开通版`, `收缩通版`, `当前版:02版`
const EPAPER_VIEWER = /^(?:通版阅读请点击\s*[：:]?|通版閱讀請點擊\s*[：:]?|(?:展开|收缩|展開|收縮)通版|(?:当前版|當前版)\s*[：:]\s*[A-Z]?\d{1,3}版?)$/

// `浙江日报 数字报纸`: the e-paper site's logo line, the paper's name and the kind of site
const EPAPER_LOGO = /^[\u4e00-\u9fff]{2,10}[报報][ \u3000]*(?:数字报纸|数字报|电子报|电子版|數字報紙|數字報|電子報|電子版)$/

// `编 辑: 张学文`, `责 编: 张学文`: a two-character meta label printed with a space inside
const SPACED_LABEL = /^[（(]?([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])\s*[：:]/
const SPACED_LABELS = new Set(['来源', '來源', '稿源', '责编', '責編', '編輯', '编辑', '校对', '審核', '审核', '监制', '作者'])

/** `编 辑: 张学文` → true: the label, once its inner space goes, is a meta label. */
function spacedSourceLabel(text: string): boolean {
  const m = SPACED_LABEL.exec(text)
  return m !== null && SPACED_LABELS.has(`${m[1]}${m[2]}`)
}
const DATED_SOURCE = /^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?[^。，]{0,30}?(?:来源|來源|作者|编辑|編輯)\s*[：:]/
// `2025-03-06 09:12:30`, `2025年03月06日 星期四`: a date line
const DATE_ONLY = /^(?:\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?|\d{1,2}月\d{1,2}日)(?:\s*(?:星期.|周.))?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/
// `首页 > 要闻 > 正文`, `当前位置：首页 > 两会`, `首頁 -> 頭條`: where the page sits on the site
const BREADCRUMB = /^(?:(?:当前位置|您的位置|您现在的位置|所在位置|現在位置|目前位置)\s*[：:]|(?:首页|首頁|主页|主頁|网站首页|網站首頁)\s*(?:>|＞|->|»|›|\/|\||｜|>>))/
// `欢迎访问青海新闻网！`, `您好，欢迎来到…`: a site greeting
const GREETING = /^(?:您好[，,]?\s*)?(?:欢迎(?:访问|来到|光临|您)|歡迎(?:訪問|來到|光臨|您))/
// `简体 | 繁體 | English`: a language menu
const LANGUAGES = /^(?:简体|簡體|繁體|繁体|中文|English|EN|日本語|한국어|Français|Русский|Español)(?:\s*[|｜/·\s]\s*(?:简体|簡體|繁體|繁体|中文|English|EN|日本語|한국어|Français|Русский|Español|العربية))+$/
// `【代表委员面对面】`, `【同期】` alone on a line: a column tag or a video-script label
const TAG_LINE = /^【[^【】]{1,14}】$/
// `文汇首页 > 即时新闻 > 正文`, `> 资源库栏目 > 今日龙湾`, `中國網絡電視臺 > 新聞臺 >`: a trail of short links
const CRUMB_SEP = /\s*(?:>>|->|>|＞|»|›)\s*/
// `新闻 | 体育 | 娱乐`, `央視網|中國網絡電視臺|網站地圖`: a menu bar of short links
const MENU_SEP = /\s*[|｜]\s*/
// `/`, `- +1`, `0`, `|`: counters and stray marks, no word in them
const MARKS_ONLY = /^[\s\d/\\|｜\-+*#·•.]{1,6}$/
// `【 第1頁 第2頁 第3頁 】`: a page-number bar
const PAGE_BAR = /^【?\s*(?:第\s*\d+\s*[頁页]\s*)+】?$/
// `专题：…`, `現場圖：…`, `時長：3'23''`, `播放：48028`: links and player lines of a page
const LINK_LABEL = /^(?:更多\s|更多$|专题|專題|现场图|現場圖|时长|時長|播放|相关新闻|相關新聞|相关阅读|相關閱讀|更多)\s*[：:]/
// `http://www.CRNTT.com   2024-01-31 22:22:06`, `温州网 2017-03-05 09:33:00`, `06.03.2017  07:06`:
// a site or author with the time of publication
const TIMESTAMP = /(?:\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?|\d{1,2}\.\d{1,2}\.\d{4})\]?\s*(?:\d{1,2}:\d{2}|$)/
const URL_START = /^(?:https?:\/\/|www\.)/i
// `央视国际 www.cctv.com  2007年03月10日 22:33 来源：CCTV.com`: a meta line with its label inside
const META_INSIDE = /(?:来源|來源|发布时间|發佈時間|发布日期|發布日期)\s*[：:]/
// `中国国家英文新闻周刊日本語 Deutsch Français English 中 文`: a language menu behind a site name
const LANGUAGE_NAMES = /English|Deutsch|Français|Español|Русский|日本語|한국어|العربية/g
// `壟!-- /8962/web_cntv/dicengye -->`: an HTML comment the copy broke
const HTML_COMMENT = /!--.*--/
// `更多 今日話題`, `更多>>`: a link to more of a list
const MORE_LINK = /^更多\s*(?:>>|»|›|>)?\s*[^\s，。,：:]{0,8}$/
// `发表评论 _COUNT_条`: a page template's placeholder left unfilled
const PLACEHOLDER = /_[A-Z]{3,}_/
// `不支持Flash`, `您的浏览器不支持视频播放`: a player's message
const PLAYER_MESSAGE = /^(?:您的)?(?:浏览器|瀏覽器)?不支持(?:Flash|flash|视频|視頻|HTML5)/
// `爱问(iAsk.com)`: a link to another site, its name and domain
const SITE_LINK = /^[^\s，。,]{1,8}[（(](?:www\.)?[A-Za-z0-9-]+\.(?:com|cn|net|org)(?:\.cn)?[）)]$/
// `掃描二維碼訪問中評網移動版`, `扫码关注我们`: a QR-code invitation
const QR_CODE = /(?:扫描|掃描|扫码|掃碼|扫一扫|掃一掃|长按识别|長按識別)[^。，,]{0,8}(?:二维码|二維碼|关注|關注|访问|訪問|下载|下載)/
/** `channelId 1 1 1`, `zhibo`: a line without one Han character is page code or alt text. */
function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x3400 && c <= 0x9fff) return true
  }
  return false
}

/** `a > b > c` or `a | b | c`: at least three short links and nothing else. */
function isLinkTrail(text: string, sep: RegExp, min: number): boolean {
  const parts = text.split(sep)
  if (parts.length < min) return false
  return parts.every((p) => p.length <= 14 && !/[。，,！？]/.test(p))
}

// first characters of the lines above: most lines are tested against none of them
const CHROME_FIRST = new Set('当您所現目首主网網欢歡简簡繁中E日한FРEe【'.split(''))
const META_FIRST = new Set('（(标標时時来來稿责責編编校審审监作發发0123456789'.split(''))
// `【字体：大 中 小】`, `分享到：`, `上一篇`: widget words, stripped of brackets and spaces
const WIDGET_WORDS = [
  '字体', '字號', '字号', '大', '中', '小', '放大', '缩小', '默认', '打印', '打印本页', '关闭', '关闭窗口',
  '收藏', '分享', '分享到', '微信', '微博', 'QQ空间', '朋友圈', '返回顶部', '纠错', '扫一扫', '点赞', '复制链接',
  '字體', '縮小', '預設', '列印', '關閉', '關閉窗口', '分享至', '返回', '頂部', '糾錯', '掃一掃', '複製鏈接',
  '评论', '評論', '转发', '轉發', '举报', '舉報', '加入收藏', '推荐', '推薦',
  '查看原文', '查看评论', '查看評論', '登录', '登錄', '注册', '註冊', '评分', '評分', '意见反馈', '意見反饋',
  '顶', '踩', '頂', '打', '印', '其他', '收起', '客服', '设为首页', '設為首頁',
]
const WIDGET_CHARS = /[【】[\]|｜:：\s]/g
const WIDGET_OPENERS = ['上一篇', '下一篇', '分享到', '【字体', '【字号', '字体：', '扫一扫在手机', '定义你的浏览字号', '定義你的瀏覽字號']

const WIDGET_FIRST = new Set(['【', '】', '[', '|', '｜', ...WIDGET_WORDS.map((w) => w[0] ?? ''), ...WIDGET_OPENERS.map((w) => w[0] ?? '')])

/** Can `s` be read as widget words only? (`字体大中小`) Longest match first; lines are short. */
function onlyWidgetWords(s: string): boolean {
  let i = 0
  while (i < s.length) {
    let best = 0
    for (const w of WIDGET_WORDS) if (w.length > best && s.startsWith(w, i)) best = w.length
    if (best === 0) return false
    i += best
  }
  return s.length > 1
}

/** `收起`, `【打印】 【关闭】`: the rest of a line after a copy of the headline is a widget. */
export function isWidgetTail(s: string): boolean {
  const bare = s.replace(WIDGET_CHARS, '')
  return bare.length > 0 && bare.length <= 12 && onlyWidgetWords(bare)
}

/** `【字体：大 中 小】` → 'noise'; `青海日报 2023年1月18日 第3版` → 'header'; body text → null. */
export function detectFurniture(text: string): Furniture | null {
  if (text.length > 90) return null
  const first = text[0] ?? ''
  if ((first === '（' || first === '(') && JUMP.test(text)) return 'jump'
  if (META_FIRST.has(first) && (SOURCE.test(text) || spacedSourceLabel(text) || DATED_SOURCE.test(text) || DATE_ONLY.test(text))) return 'source'
  if (WIDGET_FIRST.has(first)) {
    if (WIDGET_OPENERS.some((w) => text.startsWith(w))) return 'noise'
    if (text.length <= 40 && onlyWidgetWords(text.replace(WIDGET_CHARS, ''))) return 'noise'
  }
  if ((text.match(LANGUAGE_NAMES)?.length ?? 0) >= 3) return 'chrome'
  if (text.length <= 30 && (MORE_LINK.test(text) || PLACEHOLDER.test(text) || PLAYER_MESSAGE.test(text) || SITE_LINK.test(text))) return 'chrome'
  if (MARKS_ONLY.test(text) || EPAPER_VIEWER.test(text) || EPAPER_LOGO.test(text) || PAGE_BAR.test(text) || LINK_LABEL.test(text) || HTML_COMMENT.test(text)) return 'chrome'
  if (text.length <= 60 && !text.includes('。') && QR_CODE.test(text)) return 'chrome'
  if (isLinkTrail(text, CRUMB_SEP, 3) || isLinkTrail(text, MENU_SEP, 3)) return 'chrome'
  if (CHROME_FIRST.has(first) && (BREADCRUMB.test(text) || GREETING.test(text) || LANGUAGES.test(text) || (first === '【' && TAG_LINE.test(text)))) return 'chrome'
  if (text.includes('。') || text.includes('，')) return null
  const hasDate = DATE.test(text)
  const hasPage = PAGE.test(text)
  const hasPaper = text.includes('报') || text.includes('報') || text.includes('星期')
  // `2020-1-20 9:54:20 三峡都市报`: a time of day makes it a web meta line, not a page header
  const stamped = TIMESTAMP.test(text)
  if (!stamped && ((hasDate && hasPage) || (hasPage && hasPaper && text.length <= 30) || (hasDate && text.includes('星期') && hasPaper))) return 'header'
  // `温州网 2017-03-05 09:33:00`, `2018-03-03 中国工商报`: who published it and when, a meta line of the intro
  if (META_INSIDE.test(text)) return 'source'
  if (text.length <= 60 && (URL_START.test(text) || stamped || (hasDate && text.length <= 30)) && (hasDate || /\d{4}/.test(text))) return 'source'
  if (!hasHan(text) && /[A-Za-z]/.test(text)) return 'chrome'
  return null
}

/** Lengths of a leading `（上接第1版）` and a trailing `（下转第2版）` on a body line. */
export function jumpEdges(text: string): { head: number; tail: number } {
  const head = text.charCodeAt(0) === 0xff08 || text.charCodeAt(0) === 0x28 ? (JUMP_HEAD.exec(text.slice(0, 16))?.[0].length ?? 0) : 0
  // only a line ending `）` or `)` can end with a jump mark
  const last = text.charCodeAt(text.length - 1)
  const tail = last === 0xff09 || last === 0x29 ? (JUMP_TAIL.exec(text.slice(-16))?.[0].length ?? 0) : 0
  return { head, tail: head + tail > text.length ? 0 : tail }
}
