/**
 * "Download my work" and importing it back. Archives are made and inflated by fflate; what comes in
 * is a stranger's file, so reading it is bounded before and while anything is inflated:
 *
 * - the archive's own size, the number of entries, each entry's and the total unpacked size are
 *   checked against the central directory first (every offset checked against the file's bounds,
 *   entries may not overlap, as in the "65,535 entries pointing at one" bomb);
 * - inflating streams in small steps, counting what comes out: an entry that unpacks to more than
 *   it declared is stopped at once, and the page gets the event loop back between steps, so a bad
 *   archive never freezes the tab;
 * - each entry's CRC-32 must match.
 *
 * Every refusal is a ZipRefusal whose message is for the learner. Pure: works in the browser and Node.
 */
import { Inflate, zipSync } from 'fflate';

export const ZIP_LIMITS = {
  /** The .zip file itself: a lesson's work is a few KB. */
  archiveBytes: 4 * 1024 * 1024,
  entries: 256,
  /** Unpacked, per file and together: the same bounds the runner puts on a run's files. */
  entryBytes: 1024 * 1024,
  totalBytes: 2 * 1024 * 1024,
} as const;

/** A refusal with a message for the learner. */
class ZipRefusal extends Error {
  override name = 'ZipRefusal';
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}

/** Files (path → text) into a .zip archive's bytes (deflated). */
export function zipFiles(files: Record<string, string>): Uint8Array {
  const input: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries(files)) input[path] = encoder.encode(text);
  return zipSync(input, { level: 6 });
}

let crcTable: Uint32Array | null = null;
/** CRC-32 as ZIP uses it (fflate checks none on reading, and does not export its own). */
function crc32(bytes: Uint8Array, crc = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = (crcTable[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts, and ends (exclusive). */
  start: number;
  end: number;
}

const DAMAGED = 'The zip file is damaged (its table of contents points outside the file). Download your work again and import that.';

/** Reads and checks the central directory: every number bounded before it is used. */
function readDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => {
    if (at < 0 || at + 2 > bytes.length) throw new ZipRefusal(DAMAGED);
    return view.getUint16(at, true);
  };
  const u32 = (at: number) => {
    if (at < 0 || at + 4 > bytes.length) throw new ZipRefusal(DAMAGED);
    return view.getUint32(at, true);
  };
  let endAt = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      endAt = i;
      break;
    }
  }
  if (endAt < 0) throw new ZipRefusal('This is not a zip file.');
  const count = u16(endAt + 10);
  if (count === 0xffff || u32(endAt + 16) === 0xffffffff) throw new ZipRefusal('This zip file is in the ZIP64 format, meant for huge archives; a lesson’s work is small. Download your work again and import that.');
  if (count > ZIP_LIMITS.entries) {
    throw new ZipRefusal(`The zip file holds ${count} entries; a lesson has only a few files (at most ${ZIP_LIMITS.entries} entries are read).`);
  }
  const entries: Entry[] = [];
  let at = u32(endAt + 16);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== 0x02014b50) throw new ZipRefusal(DAMAGED);
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const compressedSize = u32(at + 20);
    const declared = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localAt = u32(at + 42);
    if (at + 46 + nameLength > bytes.length) throw new ZipRefusal(DAMAGED);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue; // a folder entry
    if (flags & 1) throw new ZipRefusal(`${name} is encrypted; export it again without a password.`);
    if (method !== 0 && method !== 8) throw new ZipRefusal(`${name} uses a compression method this page cannot read (only stored and deflate).`);
    if (declared > ZIP_LIMITS.entryBytes) {
      throw new ZipRefusal(`${name} would unpack to ${size(declared)}, more than ${size(ZIP_LIMITS.entryBytes)} for one file.`);
    }
    total += declared;
    if (total > ZIP_LIMITS.totalBytes) throw new ZipRefusal(`The files would unpack to more than ${size(ZIP_LIMITS.totalBytes)} together.`);
    if (u32(localAt) !== 0x04034b50) throw new ZipRefusal(DAMAGED);
    const start = localAt + 30 + u16(localAt + 26) + u16(localAt + 28);
    const end = start + compressedSize;
    if (end > bytes.length) throw new ZipRefusal(DAMAGED);
    entries.push({ name, method, crc, compressedSize, size: declared, start, end });
  }
  // Entries must not share bytes: each file's data is its own.
  const byStart = [...entries].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++) {
    if ((byStart[i] as Entry).start < (byStart[i - 1] as Entry).end) throw new ZipRefusal('The zip file is malformed: two files share the same data (a “zip bomb” shape). It was not read.');
  }
  return entries;
}

/** Bytes fed to the inflater per step; between steps the page may paint and answer clicks. */
const STEP_BYTES = 16 * 1024;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Inflates one entry in steps, stopping as soon as it passes its declared size. */
async function inflateEntry(bytes: Uint8Array, entry: Entry): Promise<Uint8Array> {
  const data = bytes.subarray(entry.start, entry.end);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new ZipRefusal(`${entry.name} is damaged (its size does not match).`);
    return data;
  }
  const out = new Uint8Array(entry.size);
  let written = 0;
  let tooBig = false;
  const inflater = new Inflate((chunk) => {
    if (tooBig) return;
    if (written + chunk.length > entry.size) {
      tooBig = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !tooBig; at += STEP_BYTES) {
      inflater.push(data.subarray(at, at + STEP_BYTES), at + STEP_BYTES >= data.length);
      await yieldToPage();
    }
  } catch {
    throw new ZipRefusal(`${entry.name} is damaged (its compressed data cannot be read).`);
  }
  if (tooBig) throw new ZipRefusal(`${entry.name} unpacks to more than it says (${size(entry.size)}): a damaged file or a “zip bomb”. It was not read.`);
  if (written !== entry.size) throw new ZipRefusal(`${entry.name} is damaged (its size does not match).`);
  return out;
}

/** Reads the text files of a .zip archive, within ZIP_LIMITS; throws ZipRefusal with a learner-facing message. */
export async function unzipFiles(bytes: Uint8Array): Promise<Record<string, string>> {
  if (bytes.length > ZIP_LIMITS.archiveBytes) {
    throw new ZipRefusal(`The file is ${size(bytes.length)}; a lesson’s work is far smaller (at most ${size(ZIP_LIMITS.archiveBytes)} is read).`);
  }
  const files: Record<string, string> = {};
  for (const entry of readDirectory(bytes)) {
    const data = await inflateEntry(bytes, entry);
    if (crc32(data) !== entry.crc) throw new ZipRefusal(`${entry.name} is damaged (its checksum does not match).`);
    files[entry.name] = decoder.decode(data);
  }
  return files;
}
