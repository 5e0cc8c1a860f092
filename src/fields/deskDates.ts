// The desk's one date format in the date pickers too (2026年12月2日 08:08, 24-hour): Payload's
// picker otherwise shows its own 12-hour default (12月 2, 2026 4:41 下午) whatever
// `admin.dateFormat` says. `PPP` follows the admin language (date-fns locale).

/** A moment: date and 24-hour time. */
export const DESK_DATE_TIME = { pickerAppearance: 'dayAndTime', displayFormat: 'PPP HH:mm', timeFormat: 'HH:mm' } as const

/** A day: an edition date, a term's start. */
export const DESK_DAY = { pickerAppearance: 'dayOnly', displayFormat: 'PPP' } as const
