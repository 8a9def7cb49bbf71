import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `resources/` folder: data shipped with the product. */
export const resourcesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources');
