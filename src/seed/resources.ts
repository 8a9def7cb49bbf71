import path from 'node:path';
import { projectRoot } from '../paths';

/** The repository's `resources/` folder: data shipped with the product. */
export const resourcesDir = path.join(projectRoot, 'resources');
