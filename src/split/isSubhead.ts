// Corpus rule 7: a short line directly above the paragraph that starts an entry is its headline.

// longer than this, a line without a full stop is a sentence cut off, not a subhead
const MAX_SUBHEAD = 30
// `。！？…` anywhere: a sentence, not a subhead; a colon: a label (`張泉靈：…`), not a subhead
const SENTENCE = /[。！？!?…：:]/
// `，`, `、`, `：` at the end: the line runs on; `）`, `】`, `”`, `摄` at the end: a caption, tag or quote
const NOT_LAST = /[，,、；;：:）)】\]”」』》摄攝]$/

/** `提前来京拜访院士取经`, `建议独生子女父母退休金上调10-20%`: a subhead; `3月2日，记者来到…。` is not. */
export function isSubhead(text: string): boolean {
  return text.length >= 2 && text.length <= MAX_SUBHEAD && !SENTENCE.test(text) && !NOT_LAST.test(text)
}
