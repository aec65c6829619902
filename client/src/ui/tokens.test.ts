import { describe, expect, it } from 'vitest';
import tokensCss from './tokens.css?raw';

/** The colour tokens of tokens.css by name: `--text` → `#1d2330`. */
function colours(css: string): Map<string, string> {
  return new Map(
    [...css.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, hex]) => [
      name as string,
      (hex as string).toLowerCase(),
    ]),
  );
}

/** WCAG 2.x relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

interface Pair {
  kind: 'text' | 'ui';
  foreground: string;
  background: string;
  noted: number;
}

/** Every "text on --x R:1" / "ui on --x R:1" note, with the token it is written after. */
function notedPairs(css: string): Pair[] {
  return [...css.matchAll(/(--[\w-]+):[^;]*;\s*\/\*([^*]*)\*\//g)].flatMap(([, token, note]) =>
    [...(note as string).matchAll(/(text|ui) on (--[\w-]+) ([\d.]+):1/g)].map(
      ([, kind, background, ratio]) => ({
        kind: kind as Pair['kind'],
        foreground: token as string,
        background: background as string,
        noted: Number(ratio),
      }),
    ),
  );
}

const MINIMUM = { text: 4.5, ui: 3 };

describe('colour tokens', () => {
  const tokens = colours(tokensCss);
  const pairs = notedPairs(tokensCss);

  it('computes ratios as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('notes the pairs of the text, the accent, the statuses and the focus ring', () => {
    const foregrounds = new Set(pairs.map((p) => p.foreground));
    for (const token of ['--text', '--muted', '--accent', '--danger', '--ok', '--focus-ring'])
      expect(foregrounds).toContain(token);
  });

  it.each(pairs.map((p) => [`${p.foreground} on ${p.background}`, p] as const))(
    '%s reaches its minimum, and its note is right',
    (_name, pair) => {
      const foreground = tokens.get(pair.foreground);
      const background = tokens.get(pair.background);
      expect(foreground, pair.foreground).toBeDefined();
      expect(background, pair.background).toBeDefined();
      const ratio = contrastRatio(foreground as string, background as string);
      expect(ratio).toBeGreaterThanOrEqual(MINIMUM[pair.kind]);
      expect(
        Math.abs(ratio - pair.noted),
        `noted ${pair.noted}:1, is ${ratio.toFixed(2)}:1`,
      ).toBeLessThan(0.01);
    },
  );
});
