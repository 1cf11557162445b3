/** The path of `entry`'s compiled bundle (relative to `root`, the project's folder), built first when a source changed since it was made. */
export declare function compiled(entry: string, root?: string): Promise<string>;
