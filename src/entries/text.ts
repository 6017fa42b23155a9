// vanban/text: the text rules (date and number lines, labels, Vietnamese upper case). No Node built-ins.
export { formatDateLine, formatDateWords } from "../text/date.js";
export { formatNumberLine, formatNumber, formatSymbol } from "../text/number.js";
export { toRoman, itemLetter, VIETNAMESE_ITEM_LETTERS } from "../text/labels.js";
export { upperVi } from "../text/case.js";
