// midjourney-proxy task ids are 16-19 digit numbers and some vendors send them as JSON numbers
// (the documents' own samples do: "result": 1320098173412546). JavaScript numbers lose digits
// past 2^53, so integers that long are turned into strings before parsing. The scan tracks
// string literals so digits inside a prompt are never touched.

const LONG_INTEGER_DIGITS = 16;

function quoteLongIntegers(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      out += ch;
      if (ch === "\\") out += text[++i] ?? "";
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    if (ch === "-" || (ch >= "0" && ch <= "9")) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
      const token = match?.[0] ?? ch;
      const isLongInteger = !match?.[1] && !match?.[2] && token.replace("-", "").length >= LONG_INTEGER_DIGITS;
      out += isLongInteger ? `"${token}"` : token;
      i += token.length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/** The parsed JSON (long integers as strings), or undefined when the text is not JSON. */
export function parseVendorJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(quoteLongIntegers(text));
  } catch {
    return undefined;
  }
}
