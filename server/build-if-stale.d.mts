export declare const SOURCES: readonly string[];
export declare const OUTPUTS: readonly string[];
export declare const STAMP: string;
/** Why the build in `root` must run again, or null when dist/ is newer than every source. */
export declare function staleReason(root: string): string | null;
