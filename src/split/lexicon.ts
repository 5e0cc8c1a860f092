// Word lists the passes share. Simplified and traditional forms both, since script is kept as printed.

/** Endings that close a title, longest first: `大通县委书记刘波` splits after 书记. */
export const TITLE_ENDINGS: readonly string[] = [
  '董事长', '理事长', '秘书长', '检察长', '总经理', '负责人', '董事長', '理事長', '秘書長', '總經理', '負責人',
  '博导', '導師', '导师', '散文家', '艺术家', '企业家', '书法家', '音乐家', '藝術家', '企業家', '書法家', '音樂家', '作家', '学家', '學家', '画家', '畫家',
  '设计师', '工程师', '設計師', '工程師', '律师', '律師', '顾问', '顧問', '议员', '議員', '立委',
  '书记', '县长', '区长', '州长', '市长', '省长', '乡长', '镇长', '旗长', '村长', '代表', '委员', '常委',
  '主任', '局长', '厅长', '处长', '科长', '部长', '主席', '成员', '院长', '校长', '所长', '站长', '队长',
  '组长', '社长', '会长', '行长', '馆长', '经理', '总裁', '支书', '庭长', '教授', '医生', '教师', '专家',
  '書記', '縣長', '區長', '州長', '市長', '省長', '鄉長', '鎮長', '委員', '局長', '廳長', '處長', '科長',
  '部長', '成員', '院長', '校長', '所長', '站長', '隊長', '組長', '社長', '會長', '行長', '經理', '專家',
]

/** Last characters that make a spaced segment look like a title: `湟中县委书记 吉辉`. */
export const TITLE_LAST_CHARS = '记长表员委任席事理裁书授生师家人官督监导記長員書師導監'

/** Single-character surnames (common, simplified and traditional). */
export const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
    '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季' +
    '裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦' +
    '戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻' +
    '苑迟邝官封匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练' +
    '廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿' +
    '鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
    '張劉陳楊黃趙吳孫馬鄭謝韓馮鄧蕭董葉蘇呂盧鍾譚陸錢嚴賀顧龔鄒賈閆龍湯陶鐘聶顏莊費' +
    '洪拜赖怀賴諸懷羅許蔣關龐閻歐鄔鄺')
    .split(''),
)

/** Two-character surnames and name openings of Tibetan, Uyghur and other names without a surname. */
export const NAME_STARTS: readonly string[] = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '宇文', '长孙',
  '司徒', '西门', '独孤', '端木', '歐陽', '司馬', '諸葛',
  '才让', '索南', '扎西', '尼玛', '多杰', '卓玛', '拉毛', '次仁', '旦增', '格桑', '达瓦', '更登', '久美',
  '桑杰', '才旦', '仁青', '公保', '完玛', '德吉', '央金', '措毛', '华旦', '昂文', '贡保', '洛桑', '丹增',
  '买买提', '阿不都', '艾力', '热合曼', '古丽', '阿依', '吐尔逊',
]

/** Middle dots used inside transliterated names: `马·阿不都`. */
export const NAME_DOTS = '·•‧・'

/** Byline roles as printed; a leading 本报 is dropped from the role. */
export const ROLE_WORDS: readonly string[] = [
  '本报特约记者', '本报通讯员', '本报实习生', '本报记者', '特约通讯员', '特约记者', '见习记者', '摄影记者',
  '记者', '通讯员', '实习生', '摄影',
  '本報記者', '本報通訊員', '特約記者', '見習記者', '記者', '通訊員', '實習生', '攝影',
  '责任编辑', '責任編輯', '编辑', '編輯',
  // credits of a video or an interactive piece: `(视频编辑:龙威 文字编辑:张淑兰)`, `策划 张亮 袁艳 … 设计 王汝吉`
  '视频编辑', '文字编辑', '視頻編輯', '文字編輯', '策划', '策劃', '设计', '設計',
]

/** Words after names in a byline that keep the role as printed: `（记者 A 整理）`. */
export const BYLINE_MARKS: readonly string[] = ['整理', '报道', '報道', '采写', '採寫', '文', '摄制']

/** Words after names in a byline that mean "photo by": `记者 A 摄` gives role 摄影. */
export const PHOTO_MARKS: ReadonlyMap<string, string> = new Map([
  ['摄', '摄影'], ['摄影', '摄影'], ['攝', '攝影'], ['攝影', '攝影'],
])

/** Verbs that close an inline attribution: `赵明说：“`. */
export const SPEECH_VERBS: readonly string[] = [
  '告诉记者', '告訴記者', '表示', '认为', '介绍', '指出', '谈到', '坦言', '强调', '建议', '呼吁', '关注', '提出',
  '提到', '直言', '透露', '谈及', '说道', '感慨', '提议', '補充', '补充', '分析', '觉得', '坦承',
  '認為', '介紹', '談到', '強調', '建議', '呼籲', '關注', '提議', '覺得', '說', '説', '说',
]

/** Titles printed after a name: `王强代表：` is 王强 with title 代表. */
export const SUFFIX_TITLES: readonly string[] = [
  '代表', '委员', '委員', '院士', '教授', '主任', '书记', '書記', '县长', '縣長', '市长', '市長', '厂长', '廠長',
  '局长', '局長', '校长', '校長', '院长', '院長', '董事长', '董事長', '总经理', '總經理',
]

/** Characters that are real reduplications when doubled across a break: `常` / `常`. */
export const REDUPLICATING =
  '常看试想说走听谈问天人个年家渐默悄纷每刚仅偏往慢快轻紧牢扎实稳大小多高明白清楚干净平安乐好红热闹步层点滴处事样' +
  '條條看聽說試想慢輕穩緊實紮'

/** Doubled characters that are ordinary text (reduplication or a word boundary): `水平平安`, `塔尔寺寺前`. */
export const DOUBLE_OK =
  REDUPLICATING +
  '州寺区县市省国民会人工作业地方面上下中心力发展年月日一二三四五六七八九十百千万亿是的了在有和与及对为以将把被从' +
  '点线体化性者员长主生产学子儿家里外内前后新老统管理经济社城乡村镇街道山水林田湖草沙'

/** Characters that open a word of their own after a noun or verb: numerals, measure words, particles (`造一批`). */
export const WORD_OPENERS = '一二三四五六七八九十两几各每这那些个批项条种的了着过得地和与及并或把被将向让给使'

/** Characters that link the halves of four-character idioms (`持之以恒`, `锲而不舍`, `自强不息`). */
export const IDIOM_LINKS = '之而以不无有其所于与乃若如则者也自'

/** Particles and question words no personal name holds (`关注什么` after a title is a headline's end). */
export const NEVER_IN_NAMES = '的了么吗呢们麼嗎們啥'

/** Words for people in general that open like a name (`居民说，`, `记者了解到`): never a speaker's name. */
export const NOT_NAMES = new Set(
  ('居民 市民 村民 群众 网友 游客 百姓 老百姓 大家 有人 专家 学者 记者 代表 委员 党员 干部 企业 业内 业主 师生 家长 ' +
    '工人 农民 职工 员工 同志 领导 官员 嘉宾 观众 读者 乘客 顾客 商户 村干部 老人 孩子 学生 同学 他们 她们 我们 人们 ' +
    '主持人 主持 记者 記者 问 答 网友 解说 解說 同期 同期声 现场声 字幕 旁白 来源 來源 作者 编辑 編輯 责任编辑 通讯员 摄影 图片 图文')
    .split(' ')
    .filter(Boolean),
)
