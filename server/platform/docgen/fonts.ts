/**
 * Where the Chinese font for 文书 comes from. Nothing is fetched at run time: the font is either Debian's
 * fonts-noto-cjk (preferred: it also covers CJK Ext-B, e.g. 𠮷, that turn up in names) or the Noto Serif SC TTF
 * files that `npm install` brings.
 *
 * npm package choice: `@expo-google-fonts/noto-serif-sc@0.4.3` (OFL-1.1, no dependencies, no install script; a
 * 66 MB tarball, 115 MB installed: eight weights of about 14.8 MB, we read the regular one). It is the smallest package on the
 * registry found with a regular-weight Simplified-Chinese *serif* TTF/OTF: `noto-serif-sc` and
 * `@fontsource/noto-serif-sc` hold only split woff2 web subsets, which pdfkit cannot embed, and
 * `@embedpdf/fonts-sc` (36 MB) is sans-serif only.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Which font files a rendering uses; shown in logs and asserted in tests. */
export type FontSource = 'system-noto-cjk' | 'npm-noto-serif-sc';

/** One face: a file, and for a TrueType/OpenType collection (.ttc) the PostScript name of the face in it. */
export interface FontFace {
  path: string;
  postscriptName?: string;
}

export interface ResolvedFonts {
  source: FontSource;
  /** The one face embedded; bold is drawn from it (see render-pdf). */
  regular: FontFace;
}

export interface FontLookup {
  /** Directory of Debian's fonts-noto-cjk; overridable so tests can exercise the npm fallback. */
  systemDir?: string;
}

const DEBIAN_NOTO_CJK = '/usr/share/fonts/opentype/noto';
const NPM_PACKAGE = '@expo-google-fonts/noto-serif-sc';

/**
 * Picks the font file: Debian's Noto Serif CJK collection when installed, else the npm Noto Serif SC TTF.
 * Throws when neither is present, naming both remedies, because a document rendered without a CJK font would be
 * all tofu.
 */
export function resolveFonts(lookup: FontLookup = {}): ResolvedFonts {
  const dir = lookup.systemDir ?? DEBIAN_NOTO_CJK;
  const regular = path.join(dir, 'NotoSerifCJK-Regular.ttc');
  if (fs.existsSync(regular)) {
    return {
      source: 'system-noto-cjk',
      regular: { path: regular, postscriptName: 'NotoSerifCJKsc-Regular' },
    };
  }
  const npm = npmFonts();
  if (npm) return npm;
  throw new Error(
    `找不到中文字体：请安装 fonts-noto-cjk（${DEBIAN_NOTO_CJK}），或执行 npm install 以安装 ${NPM_PACKAGE}`,
  );
}

function npmFonts(): ResolvedFonts | null {
  const require = createRequire(import.meta.url);
  try {
    const root = path.dirname(require.resolve(`${NPM_PACKAGE}/package.json`));
    const regular = path.join(root, '400Regular', 'NotoSerifSC_400Regular.ttf');
    if (!fs.existsSync(regular)) return null;
    return { source: 'npm-noto-serif-sc', regular: { path: regular } };
  } catch {
    return null;
  }
}

const cache = new Map<string, Buffer>();

/**
 * The bytes of a font file, read once per process: the collections are 26 MB each, and reading them per document
 * would dominate the render time. pdfkit parses the buffer lazily and subsets what a document uses.
 */
export function fontBytes(face: FontFace): Buffer {
  let bytes = cache.get(face.path);
  if (!bytes) {
    bytes = fs.readFileSync(face.path);
    cache.set(face.path, bytes);
  }
  return bytes;
}
