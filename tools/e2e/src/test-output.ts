import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where browser tests leave screenshots for people to look at (ignored by git). */
export const TEST_OUTPUT_DIR = fileURLToPath(new URL('../test-output', import.meta.url));

/** The path of a file in the test output folder, creating the folder when needed. */
export async function testOutputPath(fileName: string): Promise<string> {
  await mkdir(TEST_OUTPUT_DIR, { recursive: true });
  return join(TEST_OUTPUT_DIR, fileName);
}
