// Image storage in an S3-compatible bucket (AWS S3, R2, MinIO, OSS, COS), under a key prefix.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import type { ImageStorage, StoredObject, StoredObjectEntry, StoredObjectInfo } from "./image-storage";
import { isMissingObject } from "./s3-errors";
import { assertValidStorageKey, InvalidStorageKeyError, isValidStorageKey } from "./storage-key";

export class S3Storage implements ImageStorage {
  constructor(
    readonly client: S3Client,
    readonly bucket: string,
    /** "" or folder names joined by "/", without a trailing one. */
    readonly prefix: string,
    /** Keys per ListObjectsV2 page; S3's own maximum unless a test wants to see paging. */
    private readonly listPageSize = 1000,
  ) {}

  /** The object key behind a storage key; the same key checks as local files, so keys stay portable. */
  objectKey(key: string): string {
    assertValidStorageKey(key);
    return this.prefix ? `${this.prefix}/${key}` : key;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    // One PutObject is atomic: the object appears whole when the call succeeds, or not at all
    // (an interrupted upload leaves nothing readable), so no temp object and no rename.
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key), Body: bytes, ContentType: contentType, ContentLength: bytes.length }),
    );
  }

  async get(key: string): Promise<StoredObject | null> {
    const objectKey = this.objectKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      if (!response.Body) throw new Error(`GetObject ${objectKey} answered without a body`);
      return { body: response.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: response.ContentLength ?? 0 };
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
  }

  async read(key: string): Promise<Buffer | null> {
    const objectKey = this.objectKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
      if (!response.Body) throw new Error(`GetObject ${objectKey} answered without a body`);
      return Buffer.from(await response.Body.transformToByteArray());
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const response = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { size: response.ContentLength ?? 0, modifiedAt: response.LastModified ?? new Date(0) };
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for a key that is not there, which is what the contract asks.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async *list(prefix: string): AsyncIterable<StoredObjectEntry> {
    if (prefix !== "" && !prefix.endsWith("/")) throw new InvalidStorageKeyError(prefix);
    if (prefix !== "") this.objectKey(`${prefix}x`); // checks the folder names
    const root = this.prefix ? `${this.prefix}/` : "";
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: root + prefix, ContinuationToken: token, MaxKeys: this.listPageSize }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(root.length);
        // Objects someone else put in the bucket with names outside the key space are not ours.
        if (!key || !isValidStorageKey(key)) continue;
        yield { key, size: object.Size ?? 0, modifiedAt: object.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async removeAbandonedWrites(_before: Date): Promise<number> {
    // Nothing to do: put() is a single PutObject, which a bucket stores whole or not at all.
    // (Only multipart uploads leave parts behind, and this store never starts one; a bucket
    // lifecycle rule "abort incomplete multipart uploads" covers other tools writing to it.)
    return 0;
  }
}
