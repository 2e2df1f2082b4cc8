import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";

/**
 * Writes through a temporary file in the same directory and renames it into
 * place: a reader, or a build interrupted half-way, never sees a partial file.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
}
