import type { THiddenReason } from '../../core/resume.js';
import type { THiddenText } from './locate-hidden-spans.js';

type TMatrix = [number, number, number, number, number, number];
type TRgb = [number, number, number];
type TPage = {
  view: number[];
  getOperatorList: () => Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
};

type TGraphicsState = {
  ctm: TMatrix;
  fill: TRgb;
  stroke: TRgb;
  fillAlpha: number;
  renderMode: number;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  horizontalScale: number;
  leading: number;
  rise: number;
};

/** A filled shape on the page (its bounding box in page space), which text drawn over it sits on. */
type TShape = { x0: number; y0: number; x1: number; y1: number; color: TRgb };

const IDENTITY: TMatrix = [1, 0, 0, 1, 0, 0];

function multiply(m: TMatrix, n: TMatrix): TMatrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: TMatrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function toMatrix(value: unknown): TMatrix | undefined {
  const source = (Array.isArray(value) || ArrayBuffer.isView(value) ? value : undefined) as
    | ArrayLike<number>
    | undefined;
  if (!source || source.length < 6) return undefined;
  const matrix = Array.from({ length: 6 }, (_, index) => Number(source[index]));
  return matrix.every(Number.isFinite) ? (matrix as TMatrix) : undefined;
}

/** pdf.js gives fill colours as "#rrggbb" (or as 0–255 channels in older builds). */
function toRgb(args: unknown[]): TRgb | undefined {
  const [first] = args;
  if (typeof first === 'string' && /^#[0-9a-f]{6}$/i.test(first)) {
    return [1, 3, 5].map((offset) => Number.parseInt(first.slice(offset, offset + 2), 16) / 255) as TRgb;
  }
  const channels = (
    Array.isArray(first) || ArrayBuffer.isView(first) ? Array.from(first as ArrayLike<number>) : args
  )
    .slice(0, 3)
    .map(Number);
  if (channels.length === 3 && channels.every(Number.isFinite)) {
    return channels.map((channel) => (channel > 1 ? channel / 255 : channel)) as TRgb;
  }
  return undefined;
}

function luminance([r, g, b]: TRgb): number {
  const linear = (channel: number) =>
    channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: TRgb, b: TRgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * pdf.js (as unpdf bundles it) reads operator lists with ArrayBuffer.prototype.transferToFixedLength,
 * which Node.js has from version 21. On Node 20 the method is added once, with its specified
 * behaviour: a copy of the bytes, and the original detached.
 */
function ensureArrayBufferTransfer(): void {
  const prototype = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown };
  if (typeof prototype.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number) {
      const size = length ?? this.byteLength;
      const copy = new ArrayBuffer(size);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(size, this.byteLength)));
      structuredClone(this, { transfer: [this] });
      return copy;
    },
  });
}

/**
 * The text a PDF page draws where a person cannot see it, from the page's operator list: text
 * render mode 3 or 7 (invisible), a fill alpha of (nearly) zero, an effective size of 2 pt or
 * less, a position outside the page box, or a fill colour with a contrast ratio under 1.25
 * against what it is drawn on (the topmost filled shape under it, or the white page). Text
 * drawn the same way one after another is one piece.
 */
export async function findPdfHiddenText(page: TPage): Promise<THiddenText[]> {
  ensureArrayBufferTransfer();
  const { OPS } = await (await import('unpdf')).getResolvedPDFJS();
  let operators: { fnArray: number[]; argsArray: unknown[][] };
  try {
    operators = await page.getOperatorList();
  } catch {
    return [];
  }
  const [viewX0 = 0, viewY0 = 0, viewX1 = 612, viewY1 = 792] = page.view;
  const fillOperators = new Set<number>([
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);

  let state: TGraphicsState = {
    ctm: IDENTITY,
    fill: [0, 0, 0],
    stroke: [0, 0, 0],
    fillAlpha: 1,
    renderMode: 0,
    fontSize: 0,
    charSpacing: 0,
    wordSpacing: 0,
    horizontalScale: 1,
    leading: 0,
    rise: 0,
  };
  const stack: TGraphicsState[] = [];
  let textMatrix: TMatrix = IDENTITY;
  let lineMatrix: TMatrix = IDENTITY;
  let pendingPath: TShape | undefined;
  const shapes: TShape[] = [];
  const pieces: Array<THiddenText & { y: number }> = [];
  let lastHidden: (THiddenText & { y: number }) | undefined;

  const addShape = (box: ArrayLike<number> | undefined, color: TRgb) => {
    if (!box || box.length < 4) return undefined;
    const corners = [
      apply(state.ctm, Number(box[0]), Number(box[1])),
      apply(state.ctm, Number(box[2]), Number(box[3])),
      apply(state.ctm, Number(box[0]), Number(box[3])),
      apply(state.ctm, Number(box[2]), Number(box[1])),
    ];
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys), color };
  };
  const moveText = (x: number, y: number) => {
    lineMatrix = multiply([1, 0, 0, 1, x, y], lineMatrix);
    textMatrix = lineMatrix;
  };

  const showText = (glyphs: unknown) => {
    if (!Array.isArray(glyphs)) return;
    const start = multiply(textMatrix, state.ctm);
    let text = '';
    for (const glyph of glyphs) {
      if (typeof glyph === 'number') {
        const shift = (-glyph / 1000) * state.fontSize * state.horizontalScale;
        textMatrix = multiply([1, 0, 0, 1, shift, 0], textMatrix);
        continue;
      }
      const { unicode, width, isSpace } = (glyph ?? {}) as {
        unicode?: string;
        width?: number;
        isSpace?: boolean;
      };
      text += unicode ?? '';
      const advance =
        (((width ?? 0) / 1000) * state.fontSize + state.charSpacing + (isSpace ? state.wordSpacing : 0)) *
        state.horizontalScale;
      textMatrix = multiply([1, 0, 0, 1, advance, 0], textMatrix);
    }
    if (text.trim().length === 0) return;
    const end = multiply(textMatrix, state.ctm);
    const [x, y] = apply(start, 0, state.rise);
    const [xEnd] = apply(end, 0, state.rise);
    const size = Math.abs(state.fontSize) * Math.hypot(start[2], start[3]);
    const painted = state.renderMode === 1 || state.renderMode === 5 ? state.stroke : state.fill;
    const under = shapes.findLast(
      (shape) => x >= shape.x0 && x <= shape.x1 && y >= shape.y0 && y <= shape.y1,
    );
    const background: TRgb = under?.color ?? [1, 1, 1];

    let reason: THiddenReason | undefined;
    if (state.renderMode === 3 || state.renderMode === 7) reason = 'invisible_render_mode';
    else if (state.fillAlpha <= 0.05 && state.renderMode !== 1 && state.renderMode !== 5)
      reason = 'transparent';
    else if (size > 0 && size <= 2) reason = 'tiny_font';
    else if (Math.max(x, xEnd) < viewX0 || Math.min(x, xEnd) > viewX1 || y < viewY0 - size || y > viewY1)
      reason = 'outside_page';
    else if (contrast(painted, background) < 1.25)
      reason = luminance(background) > 0.85 && luminance(painted) > 0.85 ? 'white_text' : 'background_colour';

    if (!reason) {
      lastHidden = undefined;
      return;
    }
    if (lastHidden && lastHidden.reason === reason) {
      lastHidden.text += Math.abs(lastHidden.y - y) < Math.max(size, 0.5) ? text : `\n${text}`;
      lastHidden.y = y;
    } else {
      lastHidden = { text, reason, y };
      pieces.push(lastHidden);
    }
  };

  operators.fnArray.forEach((operator, index) => {
    const args = operators.argsArray[index] ?? [];
    switch (operator) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform: {
        const matrix = toMatrix(args);
        if (matrix) state = { ...state, ctm: multiply(matrix, state.ctm) };
        break;
      }
      case OPS.setFillRGBColor:
      case OPS.setFillColor:
        state = { ...state, fill: toRgb(args) ?? state.fill };
        break;
      case OPS.setFillGray: {
        const gray = Number(args[0]);
        if (Number.isFinite(gray))
          state = { ...state, fill: [gray, gray, gray].map((v) => (v > 1 ? v / 255 : v)) as TRgb };
        break;
      }
      case OPS.setStrokeRGBColor:
      case OPS.setStrokeColor:
        state = { ...state, stroke: toRgb(args) ?? state.stroke };
        break;
      case OPS.setGState:
        for (const entry of (args[0] as unknown[]) ?? []) {
          if (Array.isArray(entry) && entry[0] === 'ca' && Number.isFinite(Number(entry[1])))
            state = { ...state, fillAlpha: Number(entry[1]) };
        }
        break;
      case OPS.setTextRenderingMode:
        state = { ...state, renderMode: Number(args[0]) || 0 };
        break;
      case OPS.setFont:
        state = { ...state, fontSize: Number(args[1]) || 0 };
        break;
      case OPS.setCharSpacing:
        state = { ...state, charSpacing: Number(args[0]) || 0 };
        break;
      case OPS.setWordSpacing:
        state = { ...state, wordSpacing: Number(args[0]) || 0 };
        break;
      case OPS.setHScale:
        state = { ...state, horizontalScale: (Number(args[0]) || 100) / 100 };
        break;
      case OPS.setLeading:
        state = { ...state, leading: Number(args[0]) || 0 };
        break;
      case OPS.setTextRise:
        state = { ...state, rise: Number(args[0]) || 0 };
        break;
      case OPS.beginText:
        textMatrix = IDENTITY;
        lineMatrix = IDENTITY;
        break;
      case OPS.setTextMatrix: {
        const matrix = toMatrix(args.length >= 6 ? args : args[0]);
        if (matrix) {
          textMatrix = matrix;
          lineMatrix = matrix;
        }
        break;
      }
      case OPS.moveText:
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        state = { ...state, leading: -(Number(args[1]) || 0) };
        moveText(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.nextLine:
        moveText(0, -state.leading);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        showText(args[0]);
        break;
      case OPS.nextLineShowText:
        moveText(0, -state.leading);
        showText(args[0]);
        break;
      case OPS.nextLineSetSpacingShowText:
        state = { ...state, wordSpacing: Number(args[0]) || 0, charSpacing: Number(args[1]) || 0 };
        moveText(0, -state.leading);
        showText(args[2]);
        break;
      case OPS.constructPath: {
        const [first, , box] = args as [unknown, unknown, ArrayLike<number> | undefined];
        const shape = addShape(box, state.fill);
        if (typeof first === 'number') {
          if (fillOperators.has(first) && shape) shapes.push(shape);
        } else pendingPath = shape;
        break;
      }
      default:
        if (fillOperators.has(operator) && pendingPath) {
          shapes.push({ ...pendingPath, color: state.fill });
          pendingPath = undefined;
        }
    }
  });
  return pieces
    .map(({ text, reason }) => ({ text: text.trim(), reason }))
    .filter((piece) => piece.text.length > 0);
}
