/** What the process writes to stdout and stderr (where the logger writes) while a test runs part of the bot. */

/** Everything written to stdout and stderr while `run` runs; nothing of it reaches the test's own output. */
export async function processOutput(run: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr] as const;
  const originals = streams.map((stream) => stream.write.bind(stream));
  streams.forEach((stream) => {
    stream.write = ((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof stream.write;
  });
  try {
    await run();
  } finally {
    streams.forEach((stream, i) => (stream.write = originals[i] as typeof stream.write));
  }
  return chunks.join('');
}
