const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Width and height in pixels of a PNG, read from its IHDR chunk (PNG spec §11.2.2: bytes 16–23), so a writer can place a
 * chart image at the page width without distorting it. Throws for bytes that are not a PNG: a writer that labelled them
 * image/png would produce a file Office reports as damaged.
 * @example pngSize(renderChartPng(spec, 'en')) // { width: 1600, height: 800 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const isPng = bytes.length >= 24 && signature.every((byte, index) => bytes[index] === byte) && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error('pngSize: the chart image is not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
