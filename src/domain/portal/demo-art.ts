/**
 * Illustrations for the demo's products, drawn from the product's key: the demo ships no photo
 * files (the repository stays small) yet every demo product page shows a picture, a srcset and
 * a link preview. Each is an SVG scene for the product's group (a jar, a bottle, herbs, a woven
 * cloth, a potted plant, hills by the sea) in colours picked from the key, rendered to the same
 * resized copies as an uploaded photo. Pictures only: no text, so no font is needed.
 */

export const DEMO_ART_SIZE = { width: 1280, height: 960 } as const;

/** A stable 32-bit hash (FNV-1a) of the key. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SCENES: Record<string, (c: { main: string; accent: string; light: string }) => string> = {
  // food: a jar with a lid and a label band
  '1': (c) => `<rect x="470" y="300" width="340" height="440" rx="60" fill="${c.main}"/><rect x="450" y="250" width="380" height="80" rx="20" fill="${c.accent}"/><rect x="470" y="460" width="340" height="120" fill="${c.light}"/>`,
  // beverages: a bottle and a glass
  '2': (c) => `<path d="M600 180h80v150c70 40 100 90 100 160v300c0 30-20 50-50 50H550c-30 0-50-20-50-50V490c0-70 30-120 100-160z" fill="${c.main}"/><rect x="590" y="150" width="100" height="50" rx="10" fill="${c.accent}"/><rect x="520" y="520" width="240" height="140" fill="${c.light}"/><path d="M840 520h120l-20 240h-80z" fill="${c.light}" opacity=".85"/>`,
  // herbal: leaves on a stem
  '3': (c) => `<path d="M640 800V300" stroke="${c.accent}" stroke-width="18"/><ellipse cx="540" cy="420" rx="120" ry="50" transform="rotate(-30 540 420)" fill="${c.main}"/><ellipse cx="740" cy="360" rx="130" ry="55" transform="rotate(30 740 360)" fill="${c.main}"/><ellipse cx="540" cy="600" rx="130" ry="55" transform="rotate(-25 540 600)" fill="${c.light}"/><ellipse cx="740" cy="560" rx="120" ry="50" transform="rotate(25 740 560)" fill="${c.main}"/>`,
  // handicrafts and textiles: a woven cloth
  '4': (c) => `<rect x="380" y="240" width="520" height="480" rx="16" fill="${c.main}"/>${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="380" y="${270 + i * 76}" width="520" height="26" fill="${c.light}"/><rect x="${410 + i * 84}" y="240" width="26" height="480" fill="${c.accent}" opacity=".7"/>`).join('')}`,
  // ornamental plants: a pot with a small tree
  '5': (c) => `<path d="M500 620h280l-40 180H540z" fill="${c.accent}"/><circle cx="640" cy="420" r="170" fill="${c.main}"/><circle cx="560" cy="360" r="90" fill="${c.light}" opacity=".7"/><rect x="628" y="520" width="24" height="110" fill="${c.accent}"/>`,
  // tourism: hills, the sun and the sea
  '6': (c) => `<circle cx="880" cy="300" r="90" fill="${c.light}"/><path d="M200 700l260-320 200 240 160-160 320 240z" fill="${c.main}"/><rect x="0" y="700" width="1280" height="260" fill="${c.accent}" opacity=".8"/>`,
};

/** The SVG of a demo product's illustration (1280×960). */
export function demoArtSvg(key: string, groupCode: string): string {
  const h = hash(key);
  const hue = h % 360;
  const colours = {
    main: `hsl(${hue} 55% 42%)`,
    accent: `hsl(${(hue + 40) % 360} 60% 30%)`,
    light: `hsl(${(hue + 180) % 360} 70% 82%)`,
  };
  const background = `hsl(${(hue + 200) % 360} 35% 92%)`;
  const scene = (SCENES[groupCode] ?? SCENES['1'])(colours);
  const dots = Array.from({ length: 12 }, (_, i) => {
    const v = hash(`${key}:${i}`);
    return `<circle cx="${v % 1280}" cy="${(v >>> 11) % 960}" r="${8 + (v % 24)}" fill="${colours.light}" opacity=".5"/>`;
  }).join('');
  const { width, height } = DEMO_ART_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${background}"/>${dots}<ellipse cx="640" cy="820" rx="360" ry="40" fill="#000" opacity=".08"/>${scene}</svg>`;
}
