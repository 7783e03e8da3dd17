export declare const BROWSERS: Record<
  'chromium' | 'firefox' | 'webkit',
  { packages: string[]; find(): string | undefined }
>;
export declare const MINIBROWSER: string;
export declare const CHROMIUM_ARGS: string[];
export declare function wantedBrowsers(value?: string): string[];
