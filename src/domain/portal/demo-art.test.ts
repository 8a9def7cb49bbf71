import { describe, expect, it } from 'vitest';
import { demoArtSvg } from './demo-art';

describe('demo illustrations', () => {
  it('draws the same picture for the same key, and another for another key', () => {
    expect(demoArtSvg('qn-ruou-ba-kich', '2')).toBe(demoArtSvg('qn-ruou-ba-kich', '2'));
    expect(demoArtSvg('qn-ruou-ba-kich', '2')).not.toBe(demoArtSvg('qn-mam-tom', '2'));
  });

  it("draws the product group's scene, and a food jar for an unknown group", () => {
    expect(demoArtSvg('k', '2')).not.toBe(demoArtSvg('k', '3'));
    expect(demoArtSvg('k', '9')).toBe(demoArtSvg('k', '1'));
    expect(demoArtSvg('k', '4')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1280" height="960"/);
  });
});
