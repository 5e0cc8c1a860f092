const DAY = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' })
const TIME = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Shanghai' })

/** `2026年3月5日`, in Beijing time. */
export const formatDay = (iso: string | null | undefined): string => (iso ? DAY.format(new Date(iso)) : '')

/** `2026年3月5日 09:30`, in Beijing time. */
export const formatDateTime = (iso: string | null | undefined): string => (iso ? TIME.format(new Date(iso)) : '')
