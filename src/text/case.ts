/** Vietnamese upper-casing that keeps every diacritic ("Lai Châu" → "LAI CHÂU", "đ" → "Đ"). */
export function upperVi(s: string): string {
  return s.normalize("NFC").toLocaleUpperCase("vi").normalize("NFC");
}

export function lowerVi(s: string): string {
  return s.normalize("NFC").toLocaleLowerCase("vi").normalize("NFC");
}

/** First letter upper-cased, the rest untouched ("thực hiện" → "Thực hiện"). */
export function capitalizeFirst(s: string): string {
  const chars = [...s];
  return chars.length ? upperVi(chars[0]!) + chars.slice(1).join("") : s;
}
