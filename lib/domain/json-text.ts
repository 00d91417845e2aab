// JSON kept in a TEXT column (SQLite, and the same on PostgreSQL: lib/domain/README.md) as a zod
// codec: decode parses and checks at read, encode checks and stringifies at write. Text that is
// not JSON is a decode issue like any other, so a reader chooses: decode() throws (the row is
// broken, say so), readJsonText() falls back (an old or damaged row degrades to a default).
import { z } from "zod";

export function jsonText<T extends z.ZodType>(schema: T) {
  return z.codec(z.string(), schema, {
    decode: (text, ctx) => {
      try {
        return JSON.parse(text) as z.input<T>;
      } catch (error) {
        ctx.issues.push({ code: "invalid_format", format: "json", input: text, message: error instanceof Error ? error.message : "not JSON" });
        return z.NEVER;
      }
    },
    encode: (value) => JSON.stringify(value),
  });
}

/** The decoded value, or the fallback when the text is not JSON or not the expected shape. */
export function readJsonText<T extends z.ZodType>(codec: z.ZodCodec<z.ZodString, T>, text: string, fallback: z.output<T>): z.output<T> {
  const parsed = codec.safeDecode(text);
  return parsed.success ? parsed.data : fallback;
}
