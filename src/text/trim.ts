/**
 * `s` without the characters at its end that `drop` accepts: what /[…]+$/ removes, in linear
 * time (an expression of that shape rescans a long run from each of its positions).
 */
export function trimEndWhere(s: string, drop: (c: string) => boolean): string {
  let end = s.length;
  while (end > 0 && drop(s[end - 1]!)) end--;
  return s.slice(0, end);
}
