import { describe, expect, it } from 'vitest';
import { sniffType } from './sniff.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
/** An ISO BMFF file start: box size, 'ftyp', major brand. */
const ftyp = (brand: string): Buffer =>
  Buffer.concat([hex('00000018'), ascii(`ftyp${brand}`), hex('00000000')]);
const riff = (form: string): Buffer =>
  Buffer.concat([ascii('RIFF'), hex('24080000'), ascii(form), ascii('LIST')]);

describe('sniffType', () => {
  const cases: [string, Buffer, string | null][] = [
    ['JPEG (JFIF)', hex('ffd8ffe000104a464946'), 'image/jpeg'],
    ['JPEG (Exif, from a camera)', hex('ffd8ffe1fffe45786966'), 'image/jpeg'],
    ['PNG', hex('89504e470d0a1a0a0000000d49484452'), 'image/png'],
    ['PDF', ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3'), 'application/pdf'],
    ['MP4 (isom)', ftyp('isom'), 'video/mp4'],
    ['MP4 (mp42, body cameras)', ftyp('mp42'), 'video/mp4'],
    ['MOV', ftyp('qt  '), 'video/quicktime'],
    ['3GP', ftyp('3gp5'), 'video/3gpp'],
    ['M4A', ftyp('M4A '), 'audio/mp4'],
    ['AVI', riff('AVI '), 'video/x-msvideo'],
    ['WAV', riff('WAVE'), 'audio/wav'],
    ['RIFF of another form (WebP)', riff('WEBP'), null],
    ['MP3 with an ID3 tag', ascii('ID3\x04\x00\x00\x00\x00\x00\x00'), 'audio/mpeg'],
    ['MP3 frame, MPEG-1 layer III 128 kbit/s 44.1 kHz', hex('fffb9064'), 'audio/mpeg'],
    ['MP3 frame, MPEG-2 layer III', hex('fff39064'), 'audio/mpeg'],
    ['AAC (ADTS)', hex('fff15080'), 'audio/aac'],
    ['MPEG frame with a reserved bitrate', hex('fffbf064'), null],
    ['AMR', ascii('#!AMR\n\x3c'), 'audio/amr'],
    ['AMR-WB', ascii('#!AMR-WB\n'), 'audio/amr-wb'],
    [
      'WebM',
      Buffer.concat([hex('1a45dfa39f4286810142f7810142f2810442f381084282'), ascii('\x84webm')]),
      'video/webm',
    ],
    [
      'Matroska',
      Buffer.concat([hex('1a45dfa3a34286810142f7810142f2810442f381084282'), ascii('\x88matroska')]),
      'video/x-matroska',
    ],
    ['HTML pretending to be an image', ascii('<html><script>alert(1)</script>'), null],
    ['SVG', ascii('<svg xmlns="http://www.w3.org/2000/svg">'), null],
    ['ZIP', hex('504b0304140000000800'), null],
    ['empty', Buffer.alloc(0), null],
    ['too short to tell', hex('ffd8'), null],
    ['ftyp cut short', ascii('\x00\x00\x00\x18ftyp'), null],
  ];

  it.each(cases)('%s', (_name, head, expected) => {
    expect(sniffType(head)).toBe(expected);
  });
});
