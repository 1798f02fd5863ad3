import { createInflateRaw } from 'node:zlib';

/**
 * How many bytes a zip archive (an .xlsx is one) inflates to, counted by
 * actually inflating every entry rather than trusting the sizes its directory
 * claims. Stops as soon as `limit` is passed and returns a number above it.
 * Throws when the archive cannot be read.
 */
export async function inflatedSize(zip: Buffer, limit: number): Promise<number> {
  const entries = centralDirectory(zip);
  let total = 0;
  for (const entry of entries) {
    const nameLength = zip.readUInt16LE(entry.localOffset + 26);
    const extraLength = zip.readUInt16LE(entry.localOffset + 28);
    const start = entry.localOffset + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) total += await inflateCounting(data, limit - total);
    else throw new Error(`unsupported compression method ${entry.method}`);
    if (total > limit) return total;
  }
  return total;
}

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

function centralDirectory(zip: Buffer): Entry[] {
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no zip directory found');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged zip directory');
    const compressedSize = zip.readUInt32LE(at + 20);
    const localOffset = zip.readUInt32LE(at + 42);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new Error('zip64 archives are not supported');
    if (localOffset + 30 > zip.length) throw new Error('damaged zip entry');
    entries.push({ method: zip.readUInt16LE(at + 10), compressedSize, localOffset });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function inflateCounting(data: Buffer, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', reject);
    inflate.end(data);
  });
}
