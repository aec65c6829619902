import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, logoFileProblem } from './LogoSection';

describe('choosing a logo file', () => {
  it('takes a PNG or JPEG up to the size the server accepts', () => {
    expect(logoFileProblem({ type: 'image/png', size: 1200 })).toBeNull();
    expect(logoFileProblem({ type: 'image/jpeg', size: LOGO_MAX_BYTES })).toBeNull();
  });

  it('names an SVG, GIF or PDF as the wrong type and a heavier image as too large', () => {
    for (const type of ['image/svg+xml', 'image/gif', 'application/pdf', ''])
      expect(logoFileProblem({ type, size: 100 })).toBe('settings.logo.error.type');
    expect(logoFileProblem({ type: 'image/png', size: LOGO_MAX_BYTES + 1 })).toBe(
      'settings.logo.error.size',
    );
  });
});
