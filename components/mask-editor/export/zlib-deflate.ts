// zlib-wrapped deflate (RFC 1950, what a PNG IDAT holds) through CompressionStream, which
// both browsers and Node (>= 18) provide, so the export needs no dependency and no DOM.

export async function zlibDeflate(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
