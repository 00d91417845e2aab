// What the image storage holds under a folder, for tests that run on local files or a bucket alike.
import { getImageStorage } from "@/lib/storage/get-image-storage";

export async function storedKeys(folder: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of getImageStorage().list(folder)) keys.push(entry.key);
  return keys.sort();
}
