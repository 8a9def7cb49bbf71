import crypto from 'node:crypto';
import type { Executor } from '../db/client';
import { insertPhoto } from '../db/repositories/portal.repository';
import { DEMO_ART_SIZE } from '../domain/portal/demo-art';
import { generatedStorageKey } from '../services/portal/photos.service';

/**
 * One illustration per demo product (domain/portal/demo-art): drawn, not photographed, and
 * said so in its description; its copies are rendered on first request, so nothing is shipped.
 */
export async function seedDemoPhoto(tx: Executor, productId: string, p: { key: string; name: string; groupCode: string }): Promise<void> {
  await insertPhoto(tx, {
    productId,
    position: 1,
    ...DEMO_ART_SIZE,
    alt: `Hình minh họa (không phải ảnh chụp): ${p.name}`,
    sha256: crypto.createHash('sha256').update(`demo-art:${p.key}`).digest('hex'),
    storageKey: generatedStorageKey(p.key, p.groupCode),
  });
}
