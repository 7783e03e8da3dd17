export interface HostTheme {
  readonly label: string;
  readonly background: string;
  readonly color: string;
  readonly link: string;
  readonly font: string;
}
export type HostName = 'light' | 'dark' | 'colored';
export declare const HOST_THEMES: Readonly<Record<HostName, HostTheme>>;
export declare const HOST_NAMES: readonly HostName[];
export declare function hostCss(name: HostName): string;
