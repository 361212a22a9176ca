import { crc32 } from 'node:zlib';

/** One entry as it is written: its packed bytes and what the headers say of it. */
export type TZipRecord = {
  name: string;
  /** The bytes stored in the archive (compressed with `method`, or as they are). */
  packed: Uint8Array;
  /** 0 stored, 8 deflate. */
  method: 0 | 8;
  /** CRC-32 of the unpacked bytes. */
  checksum: number;
  /** The unpacked size the headers declare. */
  unpackedSize: number;
};

/**
 * A zip archive of the given records (local headers, central directory, end record; no ZIP64: the
 * parts fit within the unpacked-size limit, far below 4 GB).
 */
export function writeZipRecords(records: ReadonlyArray<TZipRecord>): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const record of records) {
    const name = Buffer.from(record.name, 'utf8');
    const packed = Buffer.from(record.packed.buffer, record.packed.byteOffset, record.packed.byteLength);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(record.method, 8);
    local.writeUInt32LE(record.checksum, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(record.unpackedSize, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(record.method, 10);
    central.writeUInt32LE(record.checksum, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(record.unpackedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(records.length, 8);
  end.writeUInt16LE(records.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directoryBytes, end]);
}

/**
 * A zip archive of the given parts, stored (not compressed): how readDocx hands mammoth a Word
 * file holding only parts already unpacked and size-checked, so no reader can inflate anything.
 */
export function writeStoredZip(parts: ReadonlyArray<{ name: string; data: Uint8Array }>): Buffer {
  return writeZipRecords(
    parts.map((part) => ({
      name: part.name,
      packed: part.data,
      method: 0,
      checksum: crc32(part.data),
      unpackedSize: part.data.byteLength,
    })),
  );
}
