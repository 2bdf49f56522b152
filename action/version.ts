import { version } from '../package.json';

/** The package's version, as `mailposture --version` prints it (bundled from package.json at build time). */
export const VERSION: string = version;
