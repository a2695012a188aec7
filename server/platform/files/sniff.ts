/** How many leading bytes `sniffType` looks at; stores keep this many from the start of an upload. */
export const SNIFF_BYTES = 64;

const ascii = (head: Uint8Array, at: number, text: string): boolean => {
  if (head.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (head[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

const bytes = (head: Uint8Array, at: number, expected: readonly number[]): boolean =>
  head.length >= at + expected.length && expected.every((b, i) => head[at + i] === b);

/** ISO base media file (MP4, MOV, 3GP, M4A): a `ftyp` box first; the major brand says which. */
function isoBmff(head: Uint8Array): string | null {
  if (!ascii(head, 4, 'ftyp') || head.length < 12) return null;
  const boxSize = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
  if (boxSize < 16 && boxSize !== 0 && boxSize !== 1) return null;
  const brand = String.fromCharCode(head[8]!, head[9]!, head[10]!, head[11]!);
  if (brand === 'qt  ') return 'video/quicktime';
  if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
  if (brand.startsWith('3g2')) return 'video/3gpp2';
  if (brand.startsWith('3gp')) return 'video/3gpp';
  return 'video/mp4';
}

/**
 * MPEG audio frame header (an MP3 without an ID3 tag): 11 sync bits, then version, layer, bitrate and sample
 * rate fields that must not hold their reserved values. ADTS (AAC) shares the sync word with layer bits 00.
 */
function mpegAudio(head: Uint8Array): string | null {
  if (head.length < 4 || head[0] !== 0xff || (head[1]! & 0xe0) !== 0xe0) return null;
  const version = (head[1]! >> 3) & 0b11;
  const layer = (head[1]! >> 1) & 0b11;
  // ADTS: a 12-bit sync word and layer 00 (0xFFF1 for MPEG-4 AAC, 0xFFF9 for MPEG-2).
  if (layer === 0b00) return (head[1]! & 0xf6) === 0xf0 ? 'audio/aac' : null;
  const bitrate = head[2]! >> 4;
  const sampleRate = (head[2]! >> 2) & 0b11;
  if (version === 0b01 || bitrate === 0b1111 || sampleRate === 0b11) return null;
  return 'audio/mpeg';
}

/** Matroska or WebM (EBML header); the DocType element near the start tells them apart. */
function ebml(head: Uint8Array): string | null {
  if (!bytes(head, 0, [0x1a, 0x45, 0xdf, 0xa3])) return null;
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  return text.includes('webm') ? 'video/webm' : 'video/x-matroska';
}

/**
 * The real type of a file from its first bytes (up to `SNIFF_BYTES`): JPEG, PNG, PDF, MP4/MOV/3GP (ftyp),
 * AVI and WAV (RIFF), MP3 (ID3 tag or frame sync), AAC (ADTS), AMR/AMR-WB, WebM/Matroska. Returns a MIME
 * type, or null when none matches. The Content-Type a client declares is never trusted; this is what a
 * download is served as.
 */
export function sniffType(head: Uint8Array): string | null {
  if (bytes(head, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (bytes(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, '%PDF-')) return 'application/pdf';
  if (ascii(head, 0, 'RIFF')) {
    if (ascii(head, 8, 'AVI ')) return 'video/x-msvideo';
    if (ascii(head, 8, 'WAVE')) return 'audio/wav';
    return null;
  }
  if (ascii(head, 0, '#!AMR-WB\n')) return 'audio/amr-wb';
  if (ascii(head, 0, '#!AMR\n')) return 'audio/amr';
  if (ascii(head, 0, 'ID3')) return 'audio/mpeg';
  return isoBmff(head) ?? ebml(head) ?? mpegAudio(head);
}
