// A paragraph about the people of the piece together, not about one speaker: it stays out of the
// entry before it (and closes the piece in the outro when it comes last).

// `代表们纷纷表示`, `委员们认为`, `大家`: the group opens the paragraph
const GROUP_OPENING = /^(?:代表委员们|代表們|代表们|委员们|委員們|与会代表|與會代表|与会委员|多位代表|多位委员|大家|代表委員們)/
// `小记者们表示`, `今年代表們關注的…`, `很多代表都…`: people in the plural as the subject of the first clause
const GROUP_WORD = /(?:代表|委员|委員|记者|記者|同学|同學|孩子|专家|專家|嘉宾|嘉賓|干部|幹部|群众|群眾|村民|居民|网友|網友)[们們]|(?:很多|许多|不少|多位|众多|許多|眾多)(?:代表|委员|委員)/
// the first clause, and how far into it the subject may sit (after `今年`, `会上` and the like)
const FIRST_CLAUSE = /^[^，,。！？!?：:]{0,30}/
const SUBJECT_WITHIN = 6
// `在与代表们交流时`: after a preposition the group is not the subject
const PREPOSITIONS = /[与與和跟同向对對给給在把被让讓为為]/

/** `小记者们表示，他们还要抓到更多大新闻。`: the paragraph speaks of a group, not of one person. */
export function speaksOfGroup(text: string): boolean {
  if (GROUP_OPENING.test(text)) return true
  const clause = FIRST_CLAUSE.exec(text)?.[0] ?? ''
  const m = GROUP_WORD.exec(clause)
  return m !== null && m.index <= SUBJECT_WITHIN && !PREPOSITIONS.test(clause.slice(0, m.index))
}
