/**
 * Bullet markers as real documents write them: Markdown's "-", "*", "+", numbered items, and the
 * glyphs word processors and PDFs leave behind ("•", "▪", "➢", "✓"…). A hyphen needs a space after
 * it, so "-5% churn" or "e-commerce" is never mistaken for a bullet.
 */
const BULLET = /^(?:[-*+]\s+|[•·▪▫‣◦●○■□➢➤►▶✓✔❖◆◇→–—]\s*|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)/;

/** Length of the bullet marker at the start of `line` (0 when it has none). */
export function bulletMarkerLength(line: string): number {
  const marker = BULLET.exec(line);
  if (!marker) return 0;
  // A numbered "line" that is really a year or amount ("2019. Joined…") is not a list item.
  if (/^\d{3,}/.test(line)) return 0;
  return marker[0].length;
}
