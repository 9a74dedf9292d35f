import { vi } from 'vitest';

/**
 * The names of the files the page hands to the browser's download from now on. jsdom has no
 * object URLs and downloads nothing; the download is the hidden anchor's click.
 */
export const captureDownloads = (): string[] => {
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(this.download);
  });
  URL.createObjectURL = () => 'blob:download';
  URL.revokeObjectURL = () => {};
  return saved;
};
