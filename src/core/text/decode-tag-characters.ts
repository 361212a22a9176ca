/** Unicode tag characters (U+E0000–U+E007F) mirror ASCII and render as nothing: "ASCII smuggling". */
export const TAG_CHARACTERS = /[\u{e0000}-\u{e007f}]+/gu;

/** The ASCII text that a run of Unicode tag characters spells (U+E0041 is "A"). */
export function decodeTagCharacters(run: string): string {
  let decoded = '';
  for (const character of run) {
    const code = character.codePointAt(0)! - 0xe0000;
    if (code >= 0x20 && code <= 0x7e) decoded += String.fromCharCode(code);
  }
  return decoded;
}
