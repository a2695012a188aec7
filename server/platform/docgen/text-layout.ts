/**
 * Line breaking for Chinese text, done here rather than by pdfkit's LineWrapper because a 文书 needs what that
 * wrapper lacks: lines justified to both margins (pdfkit's 'justify' only stretches spaces, leaving CJK text
 * ragged), punctuation kept off line starts and opening brackets off line ends (避头尾), a first-line indent
 * that is real space rather than dropped ideographic spaces, and line-by-line control of page breaks so that
 * nothing spills onto a page the layout did not plan.
 */
import type { Run } from './doc-spec.js';

/** Width in points of a text in the current size; `bold` selects the face. */
export type Measure = (text: string, bold: boolean) => number;

/** An unbreakable piece: one CJK character, one Latin word or number, or one space. */
export interface Piece {
  text: string;
  bold: boolean;
  underline: boolean;
  width: number;
  /** Code points, each of which receives the inter-character spacing when the line is justified. */
  glyphs: number;
  space: boolean;
}

export interface Line {
  pieces: Piece[];
  /** Left offset of this line within the available width (the first-line indent). */
  indent: number;
  /** Sum of the piece widths. */
  natural: number;
  /** False for the last line of a paragraph, which stays flush left. */
  justify: boolean;
}

/** Characters that may not begin a line. */
const NO_START = new Set([...'，。、；：？！）】》」』〉”’…—·％‰〕｝,.;:?!)]}%']);
/** Characters that may not end a line. */
const NO_END = new Set([...'（【《「『〈“‘〔｛([{']);

/** Latin letters, digits and ASCII punctuation form words that break only at spaces. */
function isWordChar(cp: number): boolean {
  return cp > 0x20 && cp < 0x2000 && cp !== 0x00b7;
}

type Token = Piece | 'break';

function tokenize(runs: Run[], measure: Measure): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    const bold = run.bold ?? false;
    const underline = run.underline ?? false;
    const piece = (text: string, space = false): Piece => ({
      text,
      bold,
      underline,
      width: measure(text, bold),
      glyphs: [...text].length,
      space,
    });
    let word = '';
    const flushWord = () => {
      if (word) tokens.push(piece(word));
      word = '';
    };
    for (const ch of run.text) {
      const cp = ch.codePointAt(0)!;
      if (ch === '\n') {
        flushWord();
        tokens.push('break');
      } else if (ch === ' ' || ch === '\t') {
        flushWord();
        tokens.push(piece(' ', true));
      } else if (isWordChar(cp)) {
        word += ch;
      } else {
        flushWord();
        tokens.push(piece(ch));
      }
    }
    flushWord();
  }
  return tokens;
}

function splitWord(p: Piece, measure: Measure): Piece[] {
  return [...p.text].map((ch) => ({ ...p, text: ch, width: measure(ch, p.bold), glyphs: 1 }));
}

const sum = (pieces: Piece[]) => pieces.reduce((w, p) => w + p.width, 0);

function trimSpaces(pieces: Piece[]): Piece[] {
  let a = 0;
  let b = pieces.length;
  while (a < b && pieces[a]!.space) a++;
  while (b > a && pieces[b - 1]!.space) b--;
  return pieces.slice(a, b);
}

/**
 * Breaks rich text into lines of at most `width` points. `firstIndent` (points) shortens the first line of each
 * paragraph; a '\n' starts a new paragraph. Returns no lines for empty text.
 */
export function breakLines(
  runs: Run[],
  opts: { width: number; firstIndent?: number; measure: Measure },
): Line[] {
  const { width, measure } = opts;
  const firstIndent = Math.min(opts.firstIndent ?? 0, width / 2);
  const tokens = tokenize(runs, measure);
  const lines: Line[] = [];
  let cur: Piece[] = [];
  let indent = firstIndent;
  let started = false;

  const push = (pieces: Piece[], justify: boolean) => {
    const trimmed = trimSpaces(pieces);
    lines.push({ pieces: trimmed, indent, natural: sum(trimmed), justify });
    indent = 0;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'break') {
      push(cur, false);
      cur = [];
      indent = firstIndent;
      started = false;
      continue;
    }
    started = true;
    if (t.space && cur.length === 0) continue;
    const avail = width - indent;
    if (sum(cur) + t.width <= avail + 0.01 || t.space) {
      cur.push(t);
      continue;
    }
    if (t.glyphs > 1 && t.width > (cur.length === 0 ? avail : width)) {
      tokens.splice(i, 1, ...splitWord(t, measure));
      i--;
      continue;
    }
    if (cur.length === 0) {
      // A single character wider than a very narrow column: it has to go somewhere.
      cur.push(t);
      continue;
    }
    // Overflow: break before t, moving characters down so that no line starts with closing punctuation and
    // none ends with an opening bracket (the line is then stretched by justification).
    const carry: Piece[] = [];
    if (NO_START.has(t.text[0]!)) {
      while (cur.length > 1 && carry.length < 3) {
        const moved = cur.pop()!;
        carry.unshift(moved);
        if (!NO_START.has(moved.text[0]!)) break;
      }
    }
    while (cur.length > 1 && NO_END.has(cur[cur.length - 1]!.text.slice(-1))) carry.unshift(cur.pop()!);
    push(cur, true);
    cur = [...carry, t];
    // The carried pieces plus t may themselves overflow a narrow column; re-check from the new line.
    while (sum(cur) > width + 0.01 && cur.length > 1) {
      const tail = cur.pop()!;
      tokens.splice(i + 1, 0, tail);
    }
  }
  if (started || cur.length > 0) push(cur, false);
  return lines;
}
