/** The folder the console is built into (node_modules/.cache/koordinat/console under `root`). */
export function consoleFolder(root?: string): string;
/** The built console's folder, built first when one of its sources changed since it was made. */
export function consoleBuilt(root?: string): Promise<string>;
