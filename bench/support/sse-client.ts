// A small Server-Sent Events reader over fetch (Node has no EventSource), for benchmarks.
export async function openEventStream(url: string, cookie: string, onEvent: (event: { type: string; data: string; id?: string }) => void) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`event stream failed: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = { type: "message", data: "", id: undefined as string | undefined };
          for (const line of block.split("\n")) {
            if (line.startsWith("event: ")) event.type = line.slice(7);
            else if (line.startsWith("data: ")) event.data += line.slice(6);
            else if (line.startsWith("id: ")) event.id = line.slice(4);
          }
          if (event.data || event.type !== "message") onEvent(event);
        }
      }
    } catch {
      // aborted
    }
  })();
  return { close: () => controller.abort() };
}
