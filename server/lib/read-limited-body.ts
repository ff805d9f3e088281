import { ApiError } from './errors';

/**
 * A request's body as bytes, refused with 413 as soon as it is known to be over `maxBytes` (by its
 * Content-Length before anything is read, else while reading), so the limit costs no more than it
 * has to. Read by the handler itself, after authorization and after the job place is taken.
 */
export async function readLimitedBody(request: Request, maxBytes: number, tooLarge: () => ApiError): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !request.headers.has('transfer-encoding') && Number(declared) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  let size = 0;
  let buffer = new Uint8Array(declared !== null ? Math.min(Number(declared) || 0, maxBytes) : 64 * 1024);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.length > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    if (size + value.length > buffer.length) {
      const grown = new Uint8Array(Math.min(maxBytes, Math.max(size + value.length, buffer.length * 2)));
      grown.set(buffer.subarray(0, size));
      buffer = grown;
    }
    buffer.set(value, size);
    size += value.length;
  }
  // The worker takes the bytes by moving their buffer: hand over one that holds exactly the file.
  return size === buffer.length ? buffer : buffer.slice(0, size);
}
