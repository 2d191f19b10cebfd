import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePng, type PngImage } from './pngImage';

const root = join(__dirname, '..', '..');
const icon = (name: string): Buffer => readFileSync(join(root, 'appPackage', name));

function pixels(image: PngImage): Array<[number, number, number, number]> {
  return Array.from({ length: image.width * image.height }, (_, i) => [...image.rgba.subarray(i * 4, i * 4 + 4)] as [number, number, number, number]);
}

describe('the app icons', () => {
  it('color.png is 192×192, opaque and in colour (more than white and grey)', () => {
    const image = decodePng(icon('color.png'));
    expect([image.width, image.height]).toEqual([192, 192]);
    const all = pixels(image);
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    const saturated = all.filter(([r, g, b]) => Math.max(r, g, b) - Math.min(r, g, b) > 60);
    expect(saturated.length / all.length).toBeGreaterThan(0.5);
    // The symbol: white shapes and a gold coin on the indigo background.
    expect(all.some(([r, g, b]) => r > 250 && g > 250 && b > 250)).toBe(true);
    expect(all.some(([r, g, b]) => r > 200 && g > 150 && b < 80)).toBe(true);
  });

  it('outline.png is 32×32, white on transparent, with a transparent margin', () => {
    const image = decodePng(icon('outline.png'));
    expect([image.width, image.height]).toEqual([32, 32]);
    const all = pixels(image);
    expect(all.filter(([, , , a]) => a > 0).every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
    expect(all.filter(([, , , a]) => a === 0).length / all.length).toBeGreaterThan(0.5);
    expect(all.filter(([, , , a]) => a === 255).length).toBeGreaterThan(60);
    const edge = all.filter((_, i) => i % 32 === 0 || i % 32 === 31 || i < 32 || i >= 32 * 31);
    expect(edge.every(([, , , a]) => a === 0)).toBe(true);
  });

  it('are exactly what scripts/drawIcons.js draws, so they can be regenerated', () => {
    const folder = mkdtempSync(join(tmpdir(), 'icons-'));
    try {
      execFileSync(process.execPath, [join(root, 'scripts', 'drawIcons.js'), '--out-dir', folder]);
      expect(readFileSync(join(folder, 'color.png')).equals(icon('color.png'))).toBe(true);
      expect(readFileSync(join(folder, 'outline.png')).equals(icon('outline.png'))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
