import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';

/** Ribbon and store icon sizes Office asks for (16/32/80 px). */
const sizes = [16, 32, 80] as const;

/**
 * The PeopleCase icon at one size: a Fluent brand-blue rounded square with three rising white bars (evidence that grows),
 * drawn rather than shipped as art so every size stays crisp. Writes PNG bytes.
 * @example drawIcon(32).length > 0 // true
 */
export function drawIcon(size: number): Buffer {
  const canvas = createCanvas(size, size);
  const context = canvas.getContext('2d');
  const radius = size * 0.2;
  context.fillStyle = '#0F6CBD';
  context.beginPath();
  context.roundRect(0, 0, size, size, radius);
  context.fill();
  context.fillStyle = '#FFFFFF';
  const barWidth = size * 0.18;
  const gap = size * 0.08;
  const left = (size - 3 * barWidth - 2 * gap) / 2;
  const bottom = size * 0.8;
  [0.3, 0.45, 0.6].forEach((height, index) => {
    const x = Math.round(left + index * (barWidth + gap));
    const top = Math.round(bottom - height * size);
    context.fillRect(x, top, Math.max(1, Math.round(barWidth)), Math.round(bottom) - top);
  });
  return canvas.toBuffer('image/png');
}

for (const size of sizes) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), drawIcon(size));
