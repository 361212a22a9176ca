import type { THiddenReason } from '../../core/resume.js';
import type { THiddenText } from './locate-hidden-spans.js';
import { type TXmlElement as Element, parseXmlTree } from './parse-xml-tree.js';

/** Run properties that can hide text, each undefined until a level of the style hierarchy sets it. */
type TRunLook = { vanish?: boolean; color?: string; size?: number; fill?: string };

type TStyle = { basedOn?: string; look: TRunLook };

/** Word's named highlight colours (w:highlight), as RGB hex. */
const HIGHLIGHTS: Record<string, string> = {
  black: '000000',
  blue: '0000FF',
  cyan: '00FFFF',
  green: '00FF00',
  magenta: 'FF00FF',
  red: 'FF0000',
  yellow: 'FFFF00',
  white: 'FFFFFF',
  darkBlue: '000080',
  darkCyan: '008080',
  darkGreen: '008000',
  darkMagenta: '800080',
  darkRed: '800000',
  darkYellow: '808000',
  darkGray: '808080',
  lightGray: 'C0C0C0',
};

/** Twips (1/20 pt) to EMU (1/914400 inch), the unit of drawing positions. */
const EMU_PER_TWIP = 635;
const EMU_PER_POINT = 12_700;

function children(element: Element, name: string): Element[] {
  return element.children.filter((node): node is Element => typeof node !== 'string' && node.name === name);
}

/** Every element named `name` under `element`, in document order. */
function descendants(element: Element, name: string, found: Element[] = []): Element[] {
  for (const node of element.children) {
    if (typeof node === 'string') continue;
    if (node.name === name) found.push(node);
    descendants(node, name, found);
  }
  return found;
}

function textOf(element: Element | undefined): string {
  if (!element) return '';
  return element.children.map((node) => (typeof node === 'string' ? node : textOf(node))).join('');
}

function attribute(element: Element | undefined, name: string): string | undefined {
  return element?.attributes[name];
}

function child(element: Element | undefined, name: string): Element | undefined {
  return element ? children(element, name)[0] : undefined;
}

function isOn(element: Element | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = attribute(element, 'w:val');
  return !(value === '0' || value === 'false' || value === 'off');
}

function hex(value: string | null | undefined): string | undefined {
  return value && /^[0-9A-Fa-f]{6}$/.test(value) ? value.toUpperCase() : undefined;
}

/** What a w:rPr element sets (and only that). */
function readRunLook(properties: Element | undefined): TRunLook {
  if (!properties) return {};
  const vanish = isOn(child(properties, 'w:vanish')) ?? isOn(child(properties, 'w:specVanish'));
  const colorValue = attribute(child(properties, 'w:color'), 'w:val');
  const sizeValue = attribute(child(properties, 'w:sz'), 'w:val');
  const highlight = attribute(child(properties, 'w:highlight'), 'w:val');
  const fill =
    hex(attribute(child(properties, 'w:shd'), 'w:fill')) ?? (highlight ? HIGHLIGHTS[highlight] : undefined);
  const look: TRunLook = {};
  if (vanish !== undefined) look.vanish = vanish;
  if (colorValue) look.color = colorValue.toLowerCase() === 'auto' ? 'auto' : hex(colorValue);
  if (sizeValue && /^\d+$/.test(sizeValue)) look.size = Number(sizeValue) / 2;
  if (fill) look.fill = fill;
  return look;
}

function merge(...looks: TRunLook[]): TRunLook {
  const merged: TRunLook = {};
  for (const look of looks) {
    for (const key of ['vanish', 'color', 'size', 'fill'] as const) {
      if (merged[key] === undefined && look[key] !== undefined)
        (merged as Record<string, unknown>)[key] = look[key];
    }
  }
  return merged;
}

function parse(xml: string): Element | undefined {
  return parseXmlTree(xml).children.find((node): node is Element => typeof node !== 'string');
}

/** Relative luminance of an RGB hex colour (WCAG). */
function luminance(color: string): number {
  const [r, g, b] = [0, 2, 4].map((offset) => {
    const channel = Number.parseInt(color.slice(offset, offset + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Where a drawing or VML shape is anchored, when it is placed off the page. */
function isOffPage(run: Element, page: { width: number; height: number }): boolean {
  for (let element = run.parent; element; element = element.parent) {
    if (element.name === 'wp:anchor') {
      const anchor = element;
      const offset = (axis: string) => {
        const value = textOf(child(child(anchor, axis), 'wp:posOffset')).trim();
        return /^-?\d+$/.test(value) ? Number(value) : undefined;
      };
      const extent = child(element, 'wp:extent');
      const width = Number(attribute(extent, 'cx') ?? 0);
      const height = Number(attribute(extent, 'cy') ?? 0);
      const x = offset('wp:positionH');
      const y = offset('wp:positionV');
      if (x !== undefined && (x >= page.width || x + width <= 0)) return true;
      if (y !== undefined && (y >= page.height || y + height <= 0)) return true;
    }
    if (element.name === 'v:shape' || element.name === 'v:rect') {
      const style = attribute(element, 'style') ?? '';
      const length = (name: string) => {
        const match = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(-?[\\d.]+)pt`).exec(style);
        return match ? Number(match[1]) * EMU_PER_POINT : undefined;
      };
      const x = length('margin-left') ?? length('left');
      const y = length('margin-top') ?? length('top');
      if (x !== undefined && (x >= page.width || x <= -page.width)) return true;
      if (y !== undefined && (y >= page.height || y <= -page.height)) return true;
    }
  }
  return false;
}

/**
 * The text a Word part (document.xml, a header) hides from a person reading the page: runs
 * marked hidden (`w:vanish`, `w:specVanish`), coloured like the page or like their own shading,
 * highlight or cell (contrast ratio under 1.25), set in 2 pt or less, or inside a text box
 * anchored off the page. Properties come from the run, its character style, its paragraph's
 * style and the document defaults, in Word's order. Consecutive hidden runs with the same reason
 * are one piece. An unreadable part gives nothing (mammoth reports the damage).
 */
export function findDocxHiddenText(partXml: string, stylesXml?: string): THiddenText[] {
  const root = parse(partXml);
  if (!root) return [];

  const styles = new Map<string, TStyle>();
  let defaults: TRunLook = {};
  let defaultParagraphStyle: string | undefined;
  const stylesRoot = stylesXml ? parse(stylesXml) : undefined;
  if (stylesRoot) {
    defaults = readRunLook(child(child(child(stylesRoot, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
    for (const style of children(stylesRoot, 'w:style')) {
      const id = attribute(style, 'w:styleId');
      if (!id) continue;
      if (attribute(style, 'w:type') === 'paragraph' && attribute(style, 'w:default') === '1')
        defaultParagraphStyle ??= id;
      styles.set(id, {
        basedOn: attribute(child(style, 'w:basedOn'), 'w:val'),
        look: readRunLook(child(style, 'w:rPr')),
      });
    }
  }
  const styleLook = (id: string | undefined): TRunLook => {
    const chain: TRunLook[] = [];
    const seen = new Set<string>();
    for (let current = id; current && !seen.has(current); current = styles.get(current)?.basedOn) {
      seen.add(current);
      const style = styles.get(current);
      if (style) chain.push(style.look);
    }
    return merge(...chain);
  };

  const sectionSize = descendants(root, 'w:pgSz')[0];
  const page = {
    width: Number(attribute(sectionSize, 'w:w') ?? 12_240) * EMU_PER_TWIP,
    height: Number(attribute(sectionSize, 'w:h') ?? 15_840) * EMU_PER_TWIP,
  };
  const body = descendants(root, 'w:body')[0] ?? root;
  const pageFill = hex(attribute(child(root, 'w:background'), 'w:color')) ?? 'FFFFFF';

  const pieces: Array<THiddenText & { paragraph: Element | null }> = [];
  let previousHidden = false;
  for (const run of descendants(body, 'w:r')) {
    let text = '';
    for (const node of run.children) {
      if (typeof node === 'string') continue;
      if (node.name === 'w:t') text += textOf(node);
      else if (node.name === 'w:tab') text += ' ';
      else if (node.name === 'w:br' || node.name === 'w:cr') text += '\n';
    }
    if (text.trim().length === 0) continue;

    let paragraph: Element | null = null;
    let cell: Element | null = null;
    for (let element = run.parent; element; element = element.parent) {
      if (element.name === 'w:p' && !paragraph) paragraph = element;
      if (element.name === 'w:tc' && !cell) cell = element;
    }
    const paragraphProperties = paragraph ? child(paragraph, 'w:pPr') : undefined;
    const paragraphStyle =
      attribute(child(paragraphProperties, 'w:pStyle'), 'w:val') ?? defaultParagraphStyle;
    const runProperties = child(run, 'w:rPr');
    const look = merge(
      readRunLook(runProperties),
      styleLook(attribute(child(runProperties, 'w:rStyle'), 'w:val')),
      styleLook(paragraphStyle),
      defaults,
    );
    const background =
      look.fill ??
      hex(attribute(child(paragraphProperties, 'w:shd'), 'w:fill')) ??
      hex(attribute(child(child(cell ?? undefined, 'w:tcPr'), 'w:shd'), 'w:fill')) ??
      pageFill;

    let reason: THiddenReason | undefined;
    if (look.vanish) reason = 'vanish';
    else if (look.size !== undefined && look.size <= 2) reason = 'tiny_font';
    else if (look.color && look.color !== 'auto' && contrast(look.color, background) < 1.25)
      reason =
        luminance(background) > 0.85 && luminance(look.color) > 0.85 ? 'white_text' : 'background_colour';
    else if (isOffPage(run, page)) reason = 'outside_page';

    if (!reason) {
      previousHidden = false;
      continue;
    }
    const last = pieces.at(-1);
    if (previousHidden && last && last.reason === reason) {
      last.text += last.paragraph === paragraph ? text : `\n${text}`;
      last.paragraph = paragraph;
    } else {
      pieces.push({ text, reason, paragraph });
    }
    previousHidden = true;
  }
  return pieces.map(({ text, reason }) => ({ text: text.trim(), reason }));
}
