const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Windows-1252's printable characters at 0x80–0x9F, where ISO-8859-1 has control codes. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Bytes of a text file → string. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark (what Windows Notepad saves as "Unicode") are decoded exactly; anything else is
 * decoded leniently as Windows-1252, the usual encoding of older Western text files, so a resume
 * saved by an old editor still reads as words instead of failing. (Node's own 'windows-1252'
 * decoder is ISO-8859-1, which turns "–" and "’" into control codes, hence the table.)
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return UTF8.decode(body);
  } catch {
    let text = '';
    for (const byte of body)
      text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    return text;
  }
}
